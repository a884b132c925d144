import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { useQueryStore } from '../../hooks/QueryStoreContext';

/** Whether the builder shows its query as JSON text, and the switch between the two. */
export interface CodeMode {
  active: boolean;
  /** Switches to code mode, or back to the builder unless the code view refuses (its text is no query). */
  toggle: () => void;
  /** Set by the code view while it is shown: says whether the builder may come back, and shows why not. */
  guardRef: RefObject<(() => boolean) | null>;
}

/**
 * The code-mode switch of one builder. A code session is one undo step of its own: the open step
 * ends when it starts and when it ends, so it joins neither the edit before it nor the one after.
 */
export function useCodeMode(): CodeMode {
  const store = useQueryStore();
  const [active, setActive] = useState(false);
  const guardRef = useRef<(() => boolean) | null>(null);
  const toggle = useCallback(() => {
    if (active && guardRef.current && !guardRef.current()) return;
    store.getState().checkpoint();
    setActive(!active);
  }, [active, store]);
  return useMemo(() => ({ active, toggle, guardRef }), [active, toggle]);
}
