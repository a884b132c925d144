import { useId, useRef } from 'react';
import type { CohortEditorState } from '../../hooks/useCohortEditor';
import type { DescribeOptions } from '../../query/describe-where';
import { ChangeList } from './ChangeList';
import type { EditorLabels } from './editorLabels';

/** Props of `SaveBar`. */
export interface SaveBarProps {
  editor: Pick<CohortEditorState, 'mode' | 'blockers' | 'queryIssues' | 'changes' | 'dirty' | 'save' | 'status' | 'error'>;
  labels: EditorLabels;
  describeOptions?: DescribeOptions;
}

function reasons(editor: SaveBarProps['editor'], labels: EditorLabels): string[] {
  const errors = editor.queryIssues.filter((issue) => issue.severity === 'error').length;
  return editor.blockers.map((blocker) => (blocker === 'query' ? labels.blockers.query(errors) : labels.blockers[blocker]));
}

/** Save with what it would change, why it cannot run yet, and how the last attempt went (with Retry). */
export function SaveBar({ editor, labels, describeOptions }: SaveBarProps) {
  const { mode, status, error, changes } = editor;
  const reasonId = useId();
  const saveButton = useRef<HTMLButtonElement>(null);
  const why = reasons(editor, labels);
  const blocked = why.length > 0;
  const pending = status === 'pending';
  const retry = () => {
    editor.save();
    // Retry disappears with the error message; focus goes to Save, which now says "Saving…".
    saveButton.current?.focus();
  };
  return (
    <div className="pcb-savebar" data-state={status}>
      {changes && editor.dirty && <ChangeList changes={changes} labels={labels} describeOptions={describeOptions} />}
      <div className="pcb-savebar__actions">
        {/* aria-disabled, not disabled: the button stays focusable, so its reason is read out. */}
        <button
          ref={saveButton}
          type="button"
          className="pcb-button pcb-button--primary"
          aria-disabled={blocked || pending}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={editor.save}
        >
          {pending ? labels.saving : labels.save}
        </button>
        {blocked && (
          <p id={reasonId} className="pcb-save-reason">
            {why.join(' ')}
          </p>
        )}
      </div>
      <p role="status" aria-label={labels.saveStatus} className="pcb-save-status">
        {pending ? labels.saving : status === 'success' ? labels.saved : ''}
      </p>
      {status === 'error' && error && (
        <div role="alert" className="pcb-save-error">
          <p className="pcb-save-error__title">{labels.saveFailed}</p>
          <p>{error.message}</p>
          <p>{labels.advice({ kind: error.kind, status: error.status, mode })}</p>
          {error.requestId && <p className="pcb-hint">{labels.requestId(error.requestId)}</p>}
          <button type="button" className="pcb-button" aria-disabled={blocked} aria-describedby={blocked ? reasonId : undefined} onClick={retry}>
            {labels.retry}
          </button>
        </div>
      )}
    </div>
  );
}
