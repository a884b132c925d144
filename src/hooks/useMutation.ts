/**
 * The mutation state machine behind useCreateCohort and useUpdateCohort, shaped like TanStack
 * Query's `useMutation` so hosts already know it, without depending on it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CohortApiError } from '../api/errors';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/** Where a mutation is. */
export type MutationStatus = 'idle' | 'pending' | 'success' | 'error';

/** Callbacks of a mutation; never called after the component unmounts. */
export interface MutationCallbacks<TData, TVariables> {
  onSuccess?(data: TData, variables: TVariables): void;
  onError?(error: CohortApiError, variables: TVariables): void;
  onSettled?(data: TData | undefined, error: CohortApiError | undefined, variables: TVariables): void;
}

/** What a mutation hook returns. */
export interface MutationResult<TData, TVariables> {
  /**
   * Runs the mutation; errors land in `error`, never in an unhandled rejection. While one is
   * pending, a further call does nothing (a double-clicked save sends one request).
   */
  mutate(variables: TVariables, callbacks?: MutationCallbacks<TData, TVariables>): void;
  /**
   * Runs the mutation and resolves with its data or rejects with a `CohortApiError`. While one is
   * pending, a further call sends nothing and returns the pending promise, whatever its variables.
   */
  mutateAsync(variables: TVariables): Promise<TData>;
  status: MutationStatus;
  data: TData | undefined;
  error: CohortApiError | undefined;
  /** The variables of the latest mutation. */
  variables: TVariables | undefined;
  /**
   * When the latest mutation was sent (ms since the epoch, as TanStack Query's `submittedAt`);
   * kept after it settles. After an ambiguous failure, what changed on the server since then
   * is what the mutation may have done.
   */
  submittedAt: number | undefined;
  /** Back to idle. A pending request is not aborted (the server may already have acted) but its result is ignored. */
  reset(): void;
  isIdle: boolean;
  isPending: boolean;
  isSuccess: boolean;
  isError: boolean;
}

interface State<TData, TVariables> {
  status: MutationStatus;
  data?: TData;
  error?: CohortApiError;
  variables?: TVariables;
  submittedAt?: number;
}

interface Run<TData> {
  promise: Promise<TData>;
  controller: AbortController;
}

// A throwing callback must not turn a saved cohort into a failed mutation (nor vanish inside
// mutate's catch): it is rethrown on its own task, where the host's error reporting sees it.
function notify(call: () => void): void {
  try {
    call();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

/** A mutation over `run`, which gets an AbortSignal that fires when the component unmounts. */
export function useMutation<TVariables, TData>(
  run: (variables: TVariables, signal: AbortSignal) => Promise<TData>,
  options: MutationCallbacks<TData, TVariables> = {},
): MutationResult<TData, TVariables> {
  const [state, setState] = useState<State<TData, TVariables>>({ status: 'idle' });
  const latest = useRef({ run, options });
  const current = useRef<Run<TData> | undefined>(undefined);
  const mounted = useRef(false);
  useIsomorphicLayoutEffect(() => {
    latest.current = { run, options };
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      current.current?.controller.abort();
      current.current = undefined;
    };
  }, []);

  // Starts a run, or joins the pending one. `extra` are mutate()'s per-call callbacks; they obey
  // the same rule as the hook's: called only while the run is current and the component mounted.
  const start = useCallback((variables: TVariables, extra?: MutationCallbacks<TData, TVariables>): Promise<TData> => {
    if (current.current) return current.current.promise;
    const controller = new AbortController();
    const { run: runNow, options: callbacks } = latest.current;
    const all = extra ? [callbacks, extra] : [callbacks];
    const live = () => mounted.current && current.current === thisRun;
    const submittedAt = Date.now();
    const promise = Promise.resolve()
      .then(() => runNow(variables, controller.signal))
      .then(
        (data) => {
          if (live()) {
            current.current = undefined;
            setState({ status: 'success', data, variables, submittedAt });
            for (const each of all) notify(() => each.onSuccess?.(data, variables));
            for (const each of all) notify(() => each.onSettled?.(data, undefined, variables));
          }
          return data;
        },
        (error: CohortApiError) => {
          if (live()) {
            current.current = undefined;
            setState({ status: 'error', error, variables, submittedAt });
            for (const each of all) notify(() => each.onError?.(error, variables));
            for (const each of all) notify(() => each.onSettled?.(undefined, error, variables));
          }
          throw error;
        },
      );
    const thisRun: Run<TData> = { promise, controller };
    current.current = thisRun;
    setState({ status: 'pending', variables, submittedAt });
    return promise;
  }, []);

  const mutateAsync = useCallback((variables: TVariables) => start(variables), [start]);

  const mutate = useCallback(
    (variables: TVariables, callbacks?: MutationCallbacks<TData, TVariables>) => {
      if (current.current) return;
      // The error is in state (and given to onError); swallowing it here avoids an unhandled rejection.
      start(variables, callbacks).catch(() => undefined);
    },
    [start],
  );

  const reset = useCallback(() => {
    current.current = undefined;
    setState({ status: 'idle' });
  }, []);

  return {
    mutate,
    mutateAsync,
    reset,
    status: state.status,
    data: state.data,
    error: state.error,
    variables: state.variables,
    submittedAt: state.submittedAt,
    isIdle: state.status === 'idle',
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
  };
}
