import type { UnknownOutcomeChoices } from './UnknownOutcomeChoices';

/** The part of the ambiguous-create panel loaded on first use: the search's findings and the ways on. */
export interface UnknownOutcomeModule {
  UnknownOutcomeChoices: typeof UnknownOutcomeChoices;
}

let loaded: UnknownOutcomeModule | undefined;
let loading: Promise<UnknownOutcomeModule> | undefined;

/**
 * Loads the ambiguous-create choices (a dynamic import: their own chunk in a host's bundle). Only a
 * create whose answer was lost needs them, so Save of a new cohort starts the load and the panel
 * awaits it; a failed load is forgotten, so the next call tries again.
 */
export function loadUnknownOutcome(): Promise<UnknownOutcomeModule> {
  return (loading ??= import('./UnknownOutcomeChoices').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** The module, when it has loaded already: the panel then renders it at once. */
export function loadedUnknownOutcome(): UnknownOutcomeModule | undefined {
  return loaded;
}
