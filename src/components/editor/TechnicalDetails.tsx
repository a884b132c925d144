import type { CohortApiError } from '../../hooks/cohortTypes';
import type { EditorLabels } from './editorLabels';

/** Props of `TechnicalDetails`. */
export interface TechnicalDetailsProps {
  /** The errors to show (their messages name methods and URLs, without the key). */
  errors: readonly CohortApiError[];
  labels: EditorLabels;
}

/** An error's own message and request id, folded away: the person reads what happened first; support reads this. */
export function TechnicalDetails({ errors, labels }: TechnicalDetailsProps) {
  if (errors.length === 0) return null;
  return (
    <details className="pcb-details">
      <summary>{labels.technicalDetails}</summary>
      {errors.map((error, index) => (
        <div key={index}>
          <p>{error.message}</p>
          {error.requestId && <p className="pcb-hint">{labels.requestId(error.requestId)}</p>}
        </div>
      ))}
    </details>
  );
}
