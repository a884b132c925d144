import { useMemo } from 'react';
import type { QueryActions } from '../store/createQueryStore';
import { useQueryStore } from './QueryStoreContext';

/** The store's actions, as one object that stays the same for the store's life. */
export function useQueryActions(): QueryActions {
  const store = useQueryStore();
  return useMemo(() => {
    const { load, addClause, addGroup, ungroup, ungroupEach, makeGroup, paste, remove, duplicate, moveTo, setCombinator, setField, replace, replaceQuery, checkpoint, undo, redo } = store.getState();
    return { load, addClause, addGroup, ungroup, ungroupEach, makeGroup, paste, remove, duplicate, moveTo, setCombinator, setField, replace, replaceQuery, checkpoint, undo, redo };
  }, [store]);
}
