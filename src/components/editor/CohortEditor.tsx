import { useMemo } from 'react';
import type { Cohort } from '../../hooks/cohortTypes';
import { useCohort } from '../../hooks/useCohort';
import { CohortEditorForm, type CohortEditorFormProps } from './CohortEditorForm';
import { TechnicalDetails } from './TechnicalDetails';
import { mergeEditorLabels, type EditorLabelOverrides } from './editorLabels';

/** Props of `CohortEditor`: a client, and a cohort to edit (given, or loaded by id) or none to create one. */
export interface CohortEditorProps extends Omit<CohortEditorFormProps, 'labels' | 'cohort'> {
  /** The cohort to edit, already loaded; wins over `cohortId`. */
  cohort?: Cohort;
  /** The id of a cohort to load (`GET /v2/cohorts/{id}`) and edit. */
  cohortId?: string;
  /**
   * Replace any user-visible string or accessible name: the editor's own keys, and the builder's
   * under `builder` (its leaf editors' under `builder.fields`). Pass a whole table
   * (`germanEditorLabels`) to change the language.
   */
  labels?: EditorLabelOverrides;
  /** Added to the root element (`pcb-cohort-editor`). */
  className?: string;
}

/**
 * The whole create/edit screen for one cohort: name, description, tags, segment type (create) or
 * state (update), the query builder and its summary, what changed, and Save with pending,
 * success and error states. A create whose answer is lost (timeout, dropped connection,
 * unreadable 2xx) gets no blind Retry: the editor looks for the cohort and offers to open it or
 * create it again. Unsaved edits are kept in local storage and offered back; a draft someone
 * else stored (an earlier visit, another tab) is never written over before the person chooses,
 * and a write that storage refuses is shown, with a way to copy the query.
 */
export function CohortEditor(props: CohortEditorProps) {
  const { cohort, cohortId, className, labels: labelOverrides, ...rest } = props;
  const labels = useMemo(() => mergeEditorLabels(labelOverrides), [labelOverrides]);
  // Loads only when no cohort was handed over; a refetch keeps the loaded data (and the form).
  const loading = useCohort(props.client, cohort ? undefined : cohortId);
  const target = cohort ?? loading.data;
  const wanted = cohort !== undefined || cohortId !== undefined;

  let body;
  if (target && !target.query) {
    body = <p role="note">{labels.lookalike}</p>;
  } else if (target || !wanted) {
    // A new key per cohort: another cohort starts a fresh form (and its own draft), never a merge.
    body = <CohortEditorForm key={target?.id ?? 'new'} {...rest} cohort={target} labels={labels} />;
  } else if (loading.isError) {
    body = (
      <div role="alert" className="pcb-load-error">
        <p>{labels.loadFailed}</p>
        {loading.error && <p>{labels.loadAdvice({ kind: loading.error.kind, status: loading.error.status })}</p>}
        <TechnicalDetails errors={loading.error ? [loading.error] : []} labels={labels} />
        <button type="button" className="pcb-button" onClick={loading.refetch}>
          {labels.reload}
        </button>
      </div>
    );
  } else {
    body = (
      <p role="status" className="pcb-status">
        {labels.loading}
      </p>
    );
  }
  return <div className={['pcb-cohort-editor', className].filter(Boolean).join(' ')}>{body}</div>;
}
