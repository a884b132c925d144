/** `useCreateCohort`: create a cohort from a React component, and find it again when the answer was lost. */
import { useCallback, useEffect, useState } from 'react';
import type { CohortApiError } from '../api/errors';
import type { CohortsClient, Cohort, CreateCohortInput } from '../api/types';
import { findCreated, outcomeOf, type CreateCandidate } from './createOutcome';
import { useMutation, type MutationCallbacks, type MutationResult } from './useMutation';

/** Options of `useCreateCohort`: callbacks, never called after unmount. */
export type UseCreateCohortOptions = MutationCallbacks<Cohort, CreateCohortInput>;

/** Where the search for the cohort an ambiguous create may have made is. */
export type CreateSearch =
  | { status: 'searching' }
  /** `candidates` (newest first) may be empty: nothing with that name was created since the request. */
  | { status: 'done'; checkedAt: string; candidates: CreateCandidate[] }
  /** The cohort list could not be read either, so nothing is known. */
  | { status: 'failed'; error: CohortApiError };

/**
 * A create that failed without saying whether the cohort exists. The hook then lists the cohorts
 * itself and reports what it found: cohorts of the same name created since the request was sent.
 */
export interface UnknownCreateOutcome {
  /**
   * `applied`: a 2xx came back with a body that is not a cohort (an empty 201, say): the cohort
   * was created, which one is not known. `unknown`: the request may or may not have reached the
   * API (a timeout, a dropped connection); a slow one may even land after the search.
   */
  outcome: 'applied' | 'unknown';
  /** The error the create ended with (also in `error`). */
  error: CohortApiError;
  /** What was sent. */
  input: CreateCohortInput;
  /** When it was sent (ISO 8601, the browser's clock). */
  sentAt: string;
  search: CreateSearch;
}

/** What `useCreateCohort` returns: the mutation, and what is known after an ambiguous failure. */
export interface CreateCohortResult extends MutationResult<Cohort, CreateCohortInput> {
  /**
   * Set while the latest create failed ambiguously (`error` is set and `status` is `error` too);
   * `undefined` otherwise, including after failures that certainly created nothing (a 4xx or 5xx
   * answer, a query refused locally), where sending again is safe.
   */
  unknownOutcome: UnknownCreateOutcome | undefined;
  /** Searches the cohort list again (a timed-out create can land later); nothing without `unknownOutcome`. */
  searchAgain(): void;
}

/**
 * Creates cohorts through `client` (`POST /v2/cohorts`). A second `mutate` while one is pending
 * sends nothing; unmounting aborts the request. There is no idempotency key: after a failure that
 * may have created the cohort, the hook looks for it (see `unknownOutcome`) instead of leaving a
 * blind retry, which could make a second one. Pass a client that keeps its identity across renders.
 */
export function useCreateCohort(client: CohortsClient, options?: UseCreateCohortOptions): CreateCohortResult {
  const mutation = useMutation((input: CreateCohortInput, signal) => client.createCohort(input, { signal }), options);
  const { error, variables: input, submittedAt } = mutation;
  const outcome = mutation.isError && error ? outcomeOf(error) : 'not-applied';
  const [round, setRound] = useState(0);
  const [search, setSearch] = useState<{ key: string; search: CreateSearch } | undefined>(undefined);
  // One search per failed request and per "search again"; a result for another key is stale.
  const key = outcome !== 'not-applied' && input && submittedAt !== undefined ? `${submittedAt}:${round}` : undefined;

  useEffect(() => {
    if (key === undefined || !input || submittedAt === undefined) return;
    const controller = new AbortController();
    const settle = (result: CreateSearch) => {
      if (!controller.signal.aborted) setSearch({ key, search: result });
    };
    findCreated(client, input, submittedAt, controller.signal).then(
      (candidates) => settle({ status: 'done', checkedAt: new Date().toISOString(), candidates }),
      (failure: CohortApiError) => settle({ status: 'failed', error: failure }),
    );
    return () => controller.abort();
  }, [client, key, input, submittedAt]);

  const searchAgain = useCallback(() => setRound((value) => value + 1), []);

  const unknownOutcome =
    key !== undefined && error && input && submittedAt !== undefined && outcome !== 'not-applied'
      ? {
          outcome,
          error,
          input,
          sentAt: new Date(submittedAt).toISOString(),
          search: search?.key === key ? search.search : { status: 'searching' as const },
        }
      : undefined;
  return { ...mutation, unknownOutcome, searchAgain };
}
