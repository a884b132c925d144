import { useCallback, useMemo } from 'react';
import type { AnyNode, NodeId, WhereNode } from '../query/ast';
import { withField } from '../query/fields';
import { childrenOf, findNode } from '../query/walk';
import { useQueryActions } from '../hooks/useQueryActions';
import { useQueryStore } from '../hooks/QueryStoreContext';

function whereNodes(root: WhereNode | undefined): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!.node);
  }
  return out;
}

// A where tree is one field, but typing in one of its conditions should be one undo step and
// adding or removing a condition another: the key names the innermost changed node while the
// tree keeps its shape, and is undefined (a step of its own) when the shape changes.
function whereEditKey(before: WhereNode | undefined, after: WhereNode | undefined): string | undefined {
  const a = whereNodes(before);
  const b = whereNodes(after);
  if (a.length !== b.length || a.some((node, i) => node.id !== b[i]!.id)) return undefined;
  for (let i = b.length - 1; i >= 0; i--) if (b[i] !== a[i]) return `where:${b[i]!.id}`;
  return undefined;
}

/** A setter of one field of the node with this id, for cards that wire leaf editors to the store; edits of one field coalesce into one undo step. */
export function useClauseField<T extends AnyNode>(id: NodeId, kind: T['kind']) {
  const { update } = useQueryActions();
  const store = useQueryStore();
  return useCallback(
    <K extends keyof T>(key: K, value: T[K] | undefined) => {
      const field = String(key);
      let coalesce: string | undefined = `${id}:${field}`;
      if (field === 'where') {
        const current = findNode(store.getState().query, id) as { where?: WhereNode } | undefined;
        const inner = whereEditKey(current?.where, value as WhereNode | undefined);
        coalesce = inner && `${id}:${inner}`;
      }
      update(id, (node) => (node.kind === kind ? withField(node as T, key, value) : node), { coalesce });
    },
    [update, id, kind, store],
  );
}

/** A field's change handler. */
type FieldHandler<T, K extends keyof T> = (value: T[K] | undefined) => void;

// One handler per field, made on first use and kept: the same function on every render.
function fieldHandlers<T extends AnyNode>(set: <K extends keyof T>(key: K, value: T[K] | undefined) => void) {
  const handlers = new Map<keyof T, FieldHandler<T, never>>();
  return <K extends keyof T>(key: K): FieldHandler<T, K> => {
    let handler = handlers.get(key) as FieldHandler<T, K> | undefined;
    if (!handler) {
      handler = (value) => set(key, value);
      handlers.set(key, handler as FieldHandler<T, never>);
    }
    return handler;
  };
}

/**
 * Stable change handlers of one node's fields, for cards: `on('event')` is the same function on
 * every render, so the memoized leaf editors of the fields that did not change skip the render
 * (an inline arrow per render would re-render the event picker while a condition is typed in).
 */
export function useFieldHandlers<T extends AnyNode>(id: NodeId, kind: T['kind']) {
  const set = useClauseField<T>(id, kind);
  return useMemo(() => fieldHandlers<T>(set), [set]);
}
