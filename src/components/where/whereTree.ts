import type { NodeId, WhereNode } from '../../query/ast';
import { indexQuery } from '../../query/nodeIndex';
import { removeNode, updateNode } from '../../query/ops';

/** The tree with one node replaced by `change(node)`; the same tree when nothing changes. */
export function updateWhere(tree: WhereNode | undefined, id: NodeId, change: (node: WhereNode) => WhereNode): WhereNode | undefined {
  return tree && updateNode(tree, id, (node) => change(node as WhereNode));
}

/**
 * The tree without a node. A group left empty goes too, since an empty `and`/`or` is an error
 * the API rejects; removing the last node (or the root) leaves no where at all.
 */
export function removeWhere(tree: WhereNode | undefined, id: NodeId): WhereNode | undefined {
  let target = id;
  while (tree) {
    // The ops keep a tree's root (a tree has one): here no root means no where.
    if (target === tree.id) return undefined;
    const parentId = indexQuery(tree).get(target)?.parentId;
    const next = removeNode(tree, target);
    if (next === tree) return tree;
    tree = next;
    const left = parentId === undefined ? undefined : indexQuery(tree).get(parentId)?.node;
    if (left?.kind !== 'where-group' || left.children.length > 0) return tree;
    target = left.id;
  }
  return tree;
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
