import { memo, useCallback, useId, useMemo } from 'react';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useSerializedQuery } from '../hooks/useSerializedQuery';
import { useBuilderConfig } from './BuilderConfig';

/** The Cohort API JSON of the query, for hosts and developers who want to see what is sent. */
export const JsonPreview = memo(function JsonPreview() {
  const json = useSerializedQuery(useQueryStore());
  const { labels } = useBuilderConfig();
  const id = useId();
  const text = useMemo(() => JSON.stringify(json, null, 2), [json]);
  const copy = useCallback(() => navigator.clipboard?.writeText(text), [text]);
  return (
    <div className="pcb-json-preview" role="group" aria-labelledby={id}>
      <h3 id={id}>{labels.jsonPreview}</h3>
      <pre className="pcb-json" tabIndex={0} aria-labelledby={id}>
        {text}
      </pre>
      <button type="button" onClick={copy}>
        {labels.copyJson}
      </button>
    </div>
  );
});
