import { useCallback } from 'react';
import type { AnyNode, NodeId } from '../query/ast';
import { withField } from '../query/fields';
import { useQueryActions } from '../hooks/useQueryActions';

/** A setter of one field of the node with this id, for cards that wire leaf editors to the store. */
export function useClauseField<T extends AnyNode>(id: NodeId, kind: T['kind']) {
  const { update } = useQueryActions();
  return useCallback(
    <K extends keyof T>(key: K, value: T[K] | undefined) =>
      update(id, (node) => (node.kind === kind ? withField(node as T, key, value) : node)),
    [update, id, kind],
  );
}
