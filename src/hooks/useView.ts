import { createContext, createElement, useCallback, useContext, type ReactNode } from 'react';
import type { NodeId } from '../query/ast';
import { selectCollapsed, selectDropMark, selectIsDragged, selectNewGroupMark, type DropMark, type ViewState, type ViewStore } from '../store/createViewStore';
import type { QueryStoreState } from '../store/createQueryStore';
import { useQueryStore } from './QueryStoreContext';
import { useStoreSelector } from './useStoreSelector';

const ViewStoreContext = createContext<ViewStore | null>(null);

/** Provides one builder's view store (folding, drag marks, announcements). */
export function ViewStoreProvider({ store, children }: { store: ViewStore; children: ReactNode }) {
  return createElement(ViewStoreContext.Provider, { value: store }, children);
}

/** The view store of the nearest builder; throws outside one (a programming mistake). */
export function useViewStore(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (!store) throw new Error('useViewStore must be used inside a CohortQueryBuilder.');
  return store;
}

/** True when the node is folded; re-renders only when that flips. */
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
