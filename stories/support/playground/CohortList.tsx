import type { CohortApiError, CohortSummary } from '../../../src/index';

/** Props of `CohortList`. */
export interface CohortListProps {
  cohorts: CohortSummary[] | undefined;
  error: CohortApiError | undefined;
  loading: boolean;
  activeId: string | undefined;
  onOpen(id: string): void;
  onNew(): void;
  onReload(): void;
}

/** The cohorts of the workspace, each opened by a button, plus "New cohort" and "Reload". */
export function CohortList({ cohorts, error, loading, activeId, onOpen, onNew, onReload }: CohortListProps) {
  return (
    <nav className="pg-list" aria-label="Cohorts">
      <h2>Cohorts</h2>
      <div className="pg-list__actions">
        <button type="button" className="pcb-button pcb-button--primary" onClick={onNew}>
          New cohort
        </button>
        <button type="button" className="pcb-button" onClick={onReload}>
          Reload list
        </button>
      </div>
      <p role="status" aria-label="List status" className="pcb-hint">
        {loading ? 'Loading cohorts…' : cohorts ? `${cohorts.length} cohorts` : ''}
      </p>
      {error && <p className="pcb-field-error">{`The list could not be loaded: ${error.message}`}</p>}
      {cohorts && (
        <ul className="pg-list__items">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <button type="button" className="pg-list__open" aria-current={cohort.id === activeId || undefined} onClick={() => onOpen(cohort.id)}>
                <span className="pg-list__name">{cohort.name}</span>{' '}
                <span className="pcb-hint">
                  {[cohort.code === undefined ? undefined : `#${cohort.code}`, cohort.state, ...cohort.tags].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
