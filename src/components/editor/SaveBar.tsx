import { useId, useRef } from 'react';
import type { CohortEditorState } from '../../hooks/useCohortEditor';
import type { DescribeOptions } from '../../query/describe-where';
import { ChangeList } from './ChangeList';
import type { EditorLabels } from './editorLabels';
import { loadUnknownOutcome } from './loadUnknownOutcome';
import { TechnicalDetails } from './TechnicalDetails';
import { UnknownOutcome } from './UnknownOutcome';

/** Props of `SaveBar`. */
export interface SaveBarProps {
  editor: Pick<CohortEditorState, 'mode' | 'blockers' | 'queryIssues' | 'changes' | 'dirty' | 'save' | 'status' | 'error' | 'unknownOutcome'>;
  labels: EditorLabels;
  describeOptions?: DescribeOptions;
}

function reasons(editor: SaveBarProps['editor'], labels: EditorLabels): string[] {
  const errors = editor.queryIssues.filter((issue) => issue.severity === 'error').length;
  return editor.blockers.map((blocker) => (blocker === 'query' ? labels.blockers.query(errors) : labels.blockers[blocker]));
}

/**
 * Save with what it would change, why it cannot run yet, and how the last attempt went: Retry
 * after a failure that changed nothing, the choices of `UnknownOutcome` after one that may have.
 */
export function SaveBar({ editor, labels, describeOptions }: SaveBarProps) {
  const { mode, status, error, changes } = editor;
  const reasonId = useId();
  const saveButton = useRef<HTMLButtonElement>(null);
  const why = reasons(editor, labels);
  const blocked = why.length > 0;
  const pending = status === 'pending';
  // Retry (or a choice after an ambiguous create) disappears with its message; focus goes to
  // Save, which now says "Saving…" or what the editor edits next.
  const focusSave = () => saveButton.current?.focus();
  // A create whose answer is lost shows choices loaded on first use: start loading them with the
  // request, so they are there (or nearly) when the failure is.
  const save = () => {
    if (mode === 'create' && !blocked && !pending) loadUnknownOutcome().catch(() => undefined);
    editor.save();
  };
  const retry = () => {
    save();
    focusSave();
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
          onClick={save}
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
          <p>{labels.advice({ kind: error.kind, status: error.status, mode })}</p>
          <TechnicalDetails errors={[error]} labels={labels} />
          <button type="button" className="pcb-button" aria-disabled={blocked} aria-describedby={blocked ? reasonId : undefined} onClick={retry}>
            {labels.retry}
          </button>
        </div>
      )}
      {status === 'unknown-outcome' && editor.unknownOutcome && <UnknownOutcome outcome={editor.unknownOutcome} labels={labels} onChosen={focusSave} />}
    </div>
  );
}
