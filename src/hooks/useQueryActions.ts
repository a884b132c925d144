import { useMemo } from 'react';
import type { QueryActions } from '../store/createQueryStore';
import { useQueryStore } from './QueryStoreContext';

/** The store's actions, as one object that stays the same for the store's life. */
export function useQueryActions(): QueryActions {
  const store = useQueryStore();
  return useMemo(() => {
    const { load, apply, add, remove, update, replace, move, arrange, wrap, duplicate, setCombinator, undo, redo } = store.getState();
    return { load, apply, add, remove, update, replace, move, arrange, wrap, duplicate, setCombinator, undo, redo };
  }, [store]);
}
