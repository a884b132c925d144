import { startTransition, useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';

/**
 * A slice of a store that follows its changes in a transition: one low-priority render per change,
 * after the edit itself has painted, and none of the urgent re-render `useDeferredValue` adds.
 * For readers of the whole query (the summary, the JSON preview) that may lag a keystroke behind.
 * Pass a stable `selector`.
 */
export function useTransitionSelector<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    const follow = () => startTransition(() => setValue(selector(store.getState())));
    // A change between this render and the subscription would otherwise be missed.
    follow();
    return store.subscribe(follow);
  }, [store, selector]);
  return value;
}
