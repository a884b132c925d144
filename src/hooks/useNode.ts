import { useCallback } from 'react';
import type { AnyNode, Combinator, NodeId } from '../query/ast';
import type { QueryIssue } from '../query/issues';
import { selectChildIds, selectCombinator, selectIssueCounts, selectIssues, selectNode, selectSiblingPlace, sameIds, type SiblingPlace } from '../store/selectors';
import { useQueryStore } from './QueryStoreContext';
import { useStoreSelector } from './useStoreSelector';

/** The node with this id; re-renders only when that node changes. */
export function useNode(id: NodeId): AnyNode | undefined {
  const store = useQueryStore();
  return useStoreSelector(store, useCallback((state) => selectNode(state, id), [id]));
}

/** The issues of one node; re-renders only when they change. */
export function useNodeIssues(id: NodeId): readonly QueryIssue[] {
  const store = useQueryStore();
  return useStoreSelector(store, useCallback((state) => selectIssues(state, id), [id]));
}

/** A group's child ids; re-renders only when members are added, removed or reordered. */
export function useChildIds(id: NodeId): readonly NodeId[] {
  const store = useQueryStore();
  return useStoreSelector(store, useCallback((state) => selectChildIds(state, id), [id]), sameIds);
}

/** A group's combinator. */
export function useCombinator(id: NodeId): Combinator | undefined {
  const store = useQueryStore();
  return useStoreSelector(store, useCallback((state) => selectCombinator(state, id), [id]));
}

/** The kind of the node with this id; re-renders only if the kind itself changes. */
export function useNodeKind(id: NodeId): AnyNode['kind'] | undefined {
  const store = useQueryStore();
  return useStoreSelector(store, useCallback((state) => selectNode(state, id)?.kind, [id]));
}

/** Where the node sits among its siblings; re-renders only when that changes. */
export function useSiblingPlace(id: NodeId): SiblingPlace | undefined {
  const store = useQueryStore();
  return useStoreSelector(store, useCallback((state) => selectSiblingPlace(state, id), [id]));
}

/** Errors and warnings of the node and all inside it; re-renders only when the counts change. */
export function useIssueCounts(id: NodeId): { errors: number; warnings: number } {
  const store = useQueryStore();
  const counts = useStoreSelector(store, useCallback((state) => selectIssueCounts(state, id), [id]));
  const [errors, warnings] = counts.split('/').map(Number) as [number, number];
  return { errors, warnings };
}
