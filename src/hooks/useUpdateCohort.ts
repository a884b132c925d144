/** `useUpdateCohort`: save the edits to a cohort, sending only what changed. */
import { diffCohort, isEmptyPatch, type CohortDraft } from '../api/patch';
import type { Cohort, CohortsClient } from '../api/types';
import { useMutation, type MutationCallbacks, type MutationResult } from './useMutation';

/** What `useUpdateCohort`'s mutate takes: the cohort as loaded, and the fields as the person left them. */
export interface UpdateCohortVariables {
  /** The cohort as the API returned it (from `useCohort` or a previous save); its `id` is the one updated. */
  original: Cohort;
  /** The edited fields; `undefined` ones are not being edited. `description: null` or `''` removes it. */
  draft: CohortDraft;
}

/** Options of `useUpdateCohort`: callbacks, never called after unmount. */
export type UseUpdateCohortOptions = MutationCallbacks<Cohort, UpdateCohortVariables>;

/**
 * Updates cohorts through `client` (`PATCH /v2/cohorts/{id}`) with a body of only the changed
 * fields (see `diffCohort`). When nothing changed no request is sent and the mutation succeeds
 * with `original`. A second `mutate` while one is pending sends nothing; unmounting aborts.
 */
export function useUpdateCohort(
  client: CohortsClient,
  options?: UseUpdateCohortOptions,
): MutationResult<Cohort, UpdateCohortVariables> {
  return useMutation(async ({ original, draft }: UpdateCohortVariables, signal) => {
    const patch = diffCohort(original, draft);
    if (isEmptyPatch(patch)) return original;
    return client.updateCohort(original.id, patch, { signal });
  }, options);
}
