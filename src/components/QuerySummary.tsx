import { memo, useId, useMemo } from 'react';
import { describeQuery } from '../query/describe';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useTransitionSelector } from '../hooks/useTransitionSelector';
import type { QueryStoreState } from '../hooks/storeTypes';
import { useBuilderConfig } from './BuilderConfig';

const selectQuery = (state: QueryStoreState) => state.query;

/** The live plain-English summary of the whole query, announced politely as it changes. */
export const QuerySummary = memo(function QuerySummary() {
  const store = useQueryStore();
  // In a transition: a keystroke paints first, the sentence follows in one render of this alone.
  const query = useTransitionSelector(store, selectQuery);
  const { labels, properties, phrasebook } = useBuilderConfig();
  const propertyLabels = useMemo(
    () => Object.fromEntries((properties ?? []).filter((p) => p.label).map((p) => [p.path, p.label!])),
    [properties],
  );
  const sentence = useMemo(() => describeQuery(query, { propertyLabels, phrasebook }), [query, propertyLabels, phrasebook]);
  const id = useId();
  return (
    <div className="pcb-summary" role="group" aria-labelledby={id}>
      <h3 id={id}>{labels.summary}</h3>
      <p aria-live="polite">{sentence}</p>
    </div>
  );
});
