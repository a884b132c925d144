/** `useCohort`: load one cohort for editing. */
import { useCallback, useEffect, useState } from 'react';
import type { CohortApiError } from '../api/errors';
import type { Cohort, CohortsClient } from '../api/types';

/** What `useCohort` returns. */
export interface UseCohortResult {
  /** `idle` without an id; `pending` while loading (also on refetch); then `success` or `error`. */
  status: 'idle' | 'pending' | 'success' | 'error';
  /** The cohort; kept while the same id is refetched, cleared when the id changes. */
  data: Cohort | undefined;
  error: CohortApiError | undefined;
  /** Loads the cohort again (after an error, or to see others' changes). */
  refetch(): void;
  isIdle: boolean;
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
}

interface Loaded {
  /** Which load this is the result of: id and refetch count. */
  key: string;
  id: string;
  data?: Cohort;
  error?: CohortApiError;
}

/**
 * Loads the cohort `id` through `client` (`GET /v2/cohorts/{id}`). A change of id or client, and
 * unmounting, abort the load in flight; its result is never applied. Pass a client that keeps
 * its identity across renders (module scope or useMemo), or every render loads again.
 */
export function useCohort(client: CohortsClient, id: string | undefined): UseCohortResult {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const key = id === undefined ? undefined : `${version}:${id}`;

  useEffect(() => {
    if (id === undefined || key === undefined) return;
    const controller = new AbortController();
    client.getCohort(id, { signal: controller.signal }).then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ key, id, data });
      },
      (error: CohortApiError) => {
        if (!controller.signal.aborted) setLoaded({ key, id, error });
      },
    );
    return () => controller.abort();
  }, [client, id, key]);

  const refetch = useCallback(() => setVersion((value) => value + 1), []);

  // Status is derived, not stored: a load whose key is not the current one is still pending.
  const settled = loaded !== undefined && loaded.key === key;
  const status = id === undefined ? 'idle' : !settled ? 'pending' : loaded.error ? 'error' : 'success';
  const data = id !== undefined && loaded?.id === id ? loaded.data : undefined;
  return {
    status,
    data,
    error: settled ? loaded.error : undefined,
    refetch,
    isIdle: status === 'idle',
    isPending: status === 'pending',
    isSuccess: status === 'success',
    isError: status === 'error',
  };
}
