import type { Cohort } from '../../hooks/cohortTypes';
import type { EditorUnknownOutcome } from '../../hooks/useCohortEditor';
import type { EditorLabels, FoundCohort } from './editorLabels';
import { TechnicalDetails } from './TechnicalDetails';

/** Props of `UnknownOutcomeChoices`. */
export interface UnknownOutcomeChoicesProps {
  outcome: EditorUnknownOutcome;
  labels: EditorLabels;
  /** Called after the person chose (open or create again), to put focus somewhere that stays. */
  onChosen?(): void;
}

function factsOf(cohort: Cohort, sameAsSent: boolean, labels: EditorLabels): FoundCohort {
  return { time: cohort.createdAt ? labels.formatTime(new Date(cohort.createdAt)) : '', code: cohort.code, sameAsSent };
}

/**
 * The body of `UnknownOutcome` under its title, loaded on first use (`loadUnknownOutcome`): what a
 * search of the cohort list found, and the two ways on: open the cohort that was created, or
 * create it again. There is no bare Retry: sending the same POST blind could make a second cohort.
 */
export function UnknownOutcomeChoices({ outcome, labels, onChosen }: UnknownOutcomeChoicesProps) {
  const { search, input, error } = outcome;
  const searching = search.status === 'searching';
  const found = search.status === 'done' ? search.candidates : [];
  const choose = (action: () => void) => () => {
    if (searching) return;
    action();
    onChosen?.();
  };
  return (
    <>
      <div role="status">
        {search.status === 'searching' && <p>{labels.searchingCreated}</p>}
        {search.status === 'failed' && <p>{labels.searchFailed}</p>}
        {search.status === 'done' && found.length > 0 && <p>{labels.foundCreated(found.length, input.name)}</p>}
        {search.status === 'done' && found.length === 0 && (
          <>
            <p>{labels.noneCreated(input.name, labels.formatTime(new Date(search.checkedAt)))}</p>
            <p>{labels.mayStillLand}</p>
          </>
        )}
      </div>
      {found.length > 0 && (
        <ul className="pcb-create-outcome__found">
          {found.map(({ cohort, sameAsSent }) => {
            const facts = factsOf(cohort, sameAsSent, labels);
            return (
              <li key={cohort.id}>
                <p>{labels.foundCohort(facts)}</p>
                <button type="button" className="pcb-button pcb-button--primary" onClick={choose(() => outcome.open(cohort))}>
                  {labels.openCreated(facts, found.length)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {found.length > 0 && <p>{labels.createAgainMakesAnother}</p>}
      <div className="pcb-savebar__actions">
        <button type="button" className="pcb-button" aria-disabled={searching} onClick={choose(outcome.createAgain)}>
          {labels.createAgain}
        </button>
        <button type="button" className="pcb-button" aria-disabled={searching} onClick={() => !searching && outcome.searchAgain()}>
          {labels.searchAgain}
        </button>
      </div>
      <TechnicalDetails errors={search.status === 'failed' ? [error, search.error] : [error]} labels={labels} />
    </>
  );
}
