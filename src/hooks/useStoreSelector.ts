import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand/vanilla';

/**
 * Reads a slice of a vanilla zustand store and re-renders only when `equal` says it changed.
 * zustand 5's `useStore` compares with Object.is only; a group needs its child ids compared item
 * by item, so this keeps the last selection and hands it back while it is still equal.
 * `subscribe` narrows when the selector is called at all (a node's own changes, say).
 */
export function useStoreSelector<S, T>(
  store: StoreApi<S>,
  selector: (state: S) => T,
  equal: (a: T, b: T) => boolean = Object.is,
  subscribe: (listener: () => void) => () => void = store.subscribe,
): T {
  const last = useRef<{ state: S; selector: (state: S) => T; value: T } | undefined>(undefined);
  const select = useCallback(() => {
    const state = store.getState();
    const previous = last.current;
    if (previous && previous.state === state && previous.selector === selector) return previous.value;
    const value = selector(state);
    if (previous && equal(previous.value, value)) {
      last.current = { state, selector, value: previous.value };
      return previous.value;
    }
    last.current = { state, selector, value };
    return value;
    // The selector and equality are read on each call; callers pass stable ones keyed by node id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, selector]);
  return useSyncExternalStore(subscribe, select, select);
}
