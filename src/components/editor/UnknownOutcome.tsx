import { useEffect, useId, useState } from 'react';
import type { EditorUnknownOutcome } from '../../hooks/useCohortEditor';
import type { EditorLabels } from './editorLabels';
import { loadedUnknownOutcome, loadUnknownOutcome, type UnknownOutcomeModule } from './loadUnknownOutcome';

/** Props of `UnknownOutcome`. */
export interface UnknownOutcomeProps {
  outcome: EditorUnknownOutcome;
  labels: EditorLabels;
  /** Called after the person chose (open or create again), to put focus somewhere that stays. */
  onChosen?(): void;
}

/** Milliseconds before a failed load of the choices is tried again, while the panel is shown. */
const RELOAD_MS = 2000;

/**
 * After a create that may or may not have made the cohort: what happened, at once; then (loaded on
 * first use, usually while the create was in flight) what a search of the cohort list found, and
 * the two ways on: open the cohort that was created, or create it again.
 */
export function UnknownOutcome({ outcome, labels, onChosen }: UnknownOutcomeProps) {
  const titleId = useId();
  const { input, error } = outcome;
  const [module, setModule] = useState<UnknownOutcomeModule | undefined>(loadedUnknownOutcome);
  useEffect(() => {
    if (module) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      loadUnknownOutcome().then(
        (loaded) => live && setModule(loaded),
        () => {
          if (live) timer = setTimeout(load, RELOAD_MS);
        },
      );
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [module]);
  return (
    <div className="pcb-save-error pcb-create-outcome" role="group" aria-labelledby={titleId}>
      <p id={titleId} role="alert" className="pcb-save-error__title">
        {labels.createUncertain({ outcome: outcome.outcome, kind: error.kind, name: input.name })}
      </p>
      {module && <module.UnknownOutcomeChoices outcome={outcome} labels={labels} onChosen={onChosen} />}
    </div>
  );
}
