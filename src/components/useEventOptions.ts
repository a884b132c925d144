import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../hooks/useIsomorphicLayoutEffect';
import { filterEventOptions, normalizeEventOption, type EventCatalogue, type NormalizedEventOption } from './eventOptions';

/** Where loading the options stands. */
export type EventOptionsStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The options of an `EventPicker` for the current search. */
export interface EventOptionsState {
  status: EventOptionsStatus;
  options: NormalizedEventOption[];
  retry: () => void;
}

interface Loaded {
  key: string;
  status: 'ready' | 'error';
  options: NormalizedEventOption[];
}

const NONE: NormalizedEventOption[] = [];

/**
 * Filters a list, or calls a loader debounced while the popup is open. Loading is derived (no
 * result for the current search yet), so no effect sets state synchronously; each search aborts
 * the one before, so a slow answer to an old search never replaces a newer one.
 */
export function useEventOptions(catalogue: EventCatalogue | undefined, search: string, open: boolean, debounceMs: number): EventOptionsState {
  const isLoader = typeof catalogue === 'function';
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  // Hosts often pass an inline loader; reading it through a ref keeps a new function each render
  // from starting a new request each render.
  const loader = useRef(catalogue);
  useIsomorphicLayoutEffect(() => {
    loader.current = catalogue;
  });
  const key = `${attempt}\u0000${search}`;

  useEffect(() => {
    if (!isLoader || !open) return;
    const controller = new AbortController();
    const settle = (result: Omit<Loaded, 'key'>) => {
      if (!controller.signal.aborted) setLoaded({ key, ...result });
    };
    const timer = setTimeout(() => {
      const load = loader.current;
      if (typeof load !== 'function') return;
      Promise.resolve()
        .then(() => load(search, controller.signal))
        .then(
          (options) => settle(Array.isArray(options) ? { status: 'ready', options: options.map(normalizeEventOption) } : { status: 'error', options: NONE }),
          () => settle({ status: 'error', options: NONE }),
        );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [isLoader, open, key, search, debounceMs]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const filtered = useMemo(() => (isLoader || !catalogue ? NONE : filterEventOptions(catalogue, search)), [isLoader, catalogue, search]);
  if (!isLoader) return { status: catalogue ? 'ready' : 'idle', options: filtered, retry };
  // A failure stays on show after the popup closes, so a keyboard user can Tab to Retry.
  if (!open) return loaded?.key === key && loaded.status === 'error' ? { status: 'error', options: NONE, retry } : { status: 'idle', options: NONE, retry };
  if (loaded?.key !== key) return { status: 'loading', options: NONE, retry };
  return { status: loaded.status, options: loaded.options, retry };
}
