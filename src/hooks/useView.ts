import { useCallback } from 'react';
import type { NodeId } from '../query/ast';
import { selectCollapsed, selectQuiet, selectDropMark, selectIsDragged, selectNewGroupMark, type DropMark, type ViewState } from '../store/createViewStore';
import type { QueryStoreState } from '../store/createQueryStore';
import { useQueryStore, useViewStore } from './QueryStoreContext';
import { useStoreSelector } from './useStoreSelector';

export { useViewStore } from './QueryStoreContext';

/** True when the node is folded; re-renders only when that flips. */
export function useQuiet(id: NodeId): boolean {
  return useStoreSelector(useViewStore(), useCallback((state: ViewState) => selectQuiet(state, id), [id]));
}

/** True when the node is folded to its one-line summary. */
export function useCollapsed(id: NodeId): boolean {
  return useStoreSelector(useViewStore(), useCallback((state: ViewState) => selectCollapsed(state, id), [id]));
}

/** How the node is marked by the drag in progress (a line before or after it, or its inside). */
export function useDropMark(id: NodeId): DropMark | undefined {
  return useStoreSelector(useViewStore(), useCallback((state: ViewState) => selectDropMark(state, id), [id]));
}

/** True while the node is being dragged; re-renders only the node that starts or stops being dragged. */
export function useIsDragged(id: NodeId | null): boolean {
  return useStoreSelector(useViewStore(), useCallback((state: ViewState) => selectIsDragged(state, id), [id]));
}

/** How the new-group zone is marked by the drag in progress. */
export function useNewGroupMark(): DropMark | undefined {
  return useStoreSelector(useViewStore(), selectNewGroupMark);
}

const selectCanUndo = (state: QueryStoreState) => state.canUndo;
const selectCanRedo = (state: QueryStoreState) => state.canRedo;

/** Whether there is a step to undo and one to redo. */
export function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const store = useQueryStore();
  return { canUndo: useStoreSelector(store, selectCanUndo), canRedo: useStoreSelector(store, selectCanRedo) };
}
