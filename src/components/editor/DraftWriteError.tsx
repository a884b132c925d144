import { useId, useMemo, useState } from 'react';
import type { DraftWriteError as WriteError } from '../../hooks/useDraftStorage';
import type { JsonObject } from '../../query/ast';
import type { EditorLabels } from './editorLabels';

/** Props of `DraftWriteError`. */
export interface DraftWriteErrorProps {
  error: WriteError;
  /** The query as it is now: what Copy copies. */
  query: JsonObject;
  labels: EditorLabels;
}

/**
 * Storage refused the draft (full, or private mode): the edits live only in this page, so the
 * person is told, with a way to copy the query; where the clipboard refuses, the JSON is shown
 * in a read-only text area to copy by hand.
 */
export function DraftWriteError({ error, query, labels }: DraftWriteErrorProps) {
  const textId = useId();
  const areaId = useId();
  const [copy, setCopy] = useState<'copied' | 'failed' | undefined>(undefined);
  const shown = useMemo(() => (copy === 'failed' ? JSON.stringify(query, null, 2) : ''), [copy, query]);
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(query, null, 2));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className="pcb-save-error pcb-draft-error" role="group" aria-labelledby={textId}>
      <p id={textId} role="alert" className="pcb-save-error__title">
        {labels.draftNotKept(error.reason)}
      </p>
      <button type="button" className="pcb-button" onClick={onCopy}>
        {labels.copyQuery}
      </button>
      <p role="status">{copy === 'copied' ? labels.copied : copy === 'failed' ? labels.copyFailed : ''}</p>
      {copy === 'failed' && (
        <>
          <label className="pcb-label" htmlFor={areaId}>
            {labels.queryJson}
          </label>
          <textarea id={areaId} className="pcb-input pcb-json" readOnly rows={8} value={shown} onFocus={(event) => event.currentTarget.select()} />
        </>
      )}
    </div>
  );
}
