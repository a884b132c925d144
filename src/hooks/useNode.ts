import { useCallback } from 'react';
import type { QueryData } from '../store/createQueryStore';
import type { AnyNode, Combinator, NodeId } from '../query/ast';
import type { QueryIssue } from '../query/issues';
import { selectChildIds, selectCombinator, selectIssueCounts, selectIssues, selectNode, selectSiblingPlace, sameIds, type SiblingPlace } from '../store/selectors';
import { useQueryStore } from './QueryStoreContext';
import { useStoreSelector } from './useStoreSelector';

// Node hooks listen to their node's changes only: a keystroke in one clause of 500 then calls the
// selectors of that clause and its groups, not those of every card.
function useNodeSelector<T>(id: NodeId, select: (state: QueryData, id: NodeId) => T, equal?: (a: T, b: T) => boolean): T {
  const store = useQueryStore();
  const subscribe = useCallback((listener: () => void) => store.subscribeNode(id, listener), [store, id]);
  return useStoreSelector(store, useCallback((state: QueryData) => select(state, id), [select, id]), equal, subscribe);
}

const selectKind = (state: QueryData, id: NodeId) => selectNode(state, id)?.kind;

/** The node with this id; re-renders only when that node changes. */
export function useNode(id: NodeId): AnyNode | undefined {
  return useNodeSelector(id, selectNode);
}

/** The issues of one node; re-renders only when they change. */
export function useNodeIssues(id: NodeId): readonly QueryIssue[] {
  return useNodeSelector(id, selectIssues);
}

/** A group's child ids; re-renders only when members are added, removed or reordered. */
export function useChildIds(id: NodeId): readonly NodeId[] {
  return useNodeSelector(id, selectChildIds, sameIds);
}

/** A group's combinator. */
export function useCombinator(id: NodeId): Combinator | undefined {
  return useNodeSelector(id, selectCombinator);
}

/** The kind of the node with this id; re-renders only if the kind itself changes. */
export function useNodeKind(id: NodeId): AnyNode['kind'] | undefined {
  return useNodeSelector(id, selectKind);
}

/** Where the node sits among its siblings; re-renders only when that changes. */
export function useSiblingPlace(id: NodeId): SiblingPlace | undefined {
  return useNodeSelector(id, selectSiblingPlace);
}

/** Errors and warnings of the node and all inside it; re-renders only when the counts change. */
export function useIssueCounts(id: NodeId): { errors: number; warnings: number } {
  const counts = useNodeSelector(id, selectIssueCounts);
  const [errors, warnings] = counts.split('/').map(Number) as [number, number];
  return { errors, warnings };
}
