import type { ExpressionClause, NodeId, WhereNode } from '../../query/ast';
import { removeNode, updateNode } from '../../query/ops';
import { findNode, findParent } from '../../query/walk';

// The ops of src/query work on queries; a where tree on its own is held in a throwaway clause
// so that the same never-throwing, identity-keeping ops edit it. The id cannot clash: ids made by
// generators have no NUL character.
const HOLDER = '\u0000where';

function hold(where: WhereNode): ExpressionClause {
  return { kind: 'expression', id: HOLDER, event: '', where };
}

/** The tree with one node replaced by `change(node)`; the same tree when nothing changes. */
export function updateWhere(tree: WhereNode | undefined, id: NodeId, change: (node: WhereNode) => WhereNode): WhereNode | undefined {
  if (!tree) return tree;
  const holder = hold(tree);
  const next = updateNode(holder, id, (node) => change(node as WhereNode));
  return next === holder ? tree : (next as ExpressionClause).where;
}

/**
 * The tree without a node. A group left empty goes too, since an empty `and`/`or` is an error
 * the API rejects; removing the last node leaves no where at all.
 */
export function removeWhere(tree: WhereNode | undefined, id: NodeId): WhereNode | undefined {
  if (!tree) return tree;
  let holder = hold(tree);
  let target = id;
  for (;;) {
    const parent = findParent(holder, target);
    const next = removeNode(holder, target) as ExpressionClause;
    if (next === holder) break;
    holder = next;
    const left = parent?.kind === 'where-group' ? findNode(holder, parent.id) : undefined;
    if (left?.kind !== 'where-group' || left.children.length > 0) break;
    target = left.id;
  }
  return holder.where;
}

/** Property paths used by more than one condition of a tree, joined by newlines (a stable key). */
export function repeatedPropertiesKey(tree: WhereNode | undefined): string {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const stack: WhereNode[] = tree ? [tree] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'where-group') stack.push(...node.children);
    else if (node.kind === 'where-condition') {
      if (node.property !== '' && seen.has(node.property)) repeated.add(node.property);
      seen.add(node.property);
      if (node.condition.kind === 'function' && node.condition.where) stack.push(node.condition.where);
    }
  }
  return [...repeated].sort().join('\n');
}
