/** `useCreateCohort`: create a cohort from a React component. */
import type { CohortsClient, Cohort, CreateCohortInput } from '../api/types';
import { useMutation, type MutationCallbacks, type MutationResult } from './useMutation';

/** Options of `useCreateCohort`: callbacks, never called after unmount. */
export type UseCreateCohortOptions = MutationCallbacks<Cohort, CreateCohortInput>;

/**
 * Creates cohorts through `client` (`POST /v2/cohorts`). A second `mutate` while one is pending
 * sends nothing; unmounting aborts the request. There is no idempotency key: after a `timeout` or
 * `network` error the cohort may or may not exist, so check the list before retrying a create.
 */
export function useCreateCohort(
  client: CohortsClient,
  options?: UseCreateCohortOptions,
): MutationResult<Cohort, CreateCohortInput> {
  return useMutation((input: CreateCohortInput, signal) => client.createCohort(input, { signal }), options);
}
