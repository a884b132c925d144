/**
 * Pure edits of a tree. The root is a whole query or any subtree, a where tree included, so a
 * where editor edits its tree with the same ops as the builder, with no clause around it. They
 * never throw, and they return the same root object (===) when nothing changes: an unknown id, a
 * no-op update, a move that is not allowed. Untouched subtrees keep their identity, so a per-node
 * store selector re-renders only the node that changed.
 */
import type { AnyNode, Combinator, IdGenerator, NodeId, Query, QueryNode, WhereNode } from './ast';
import { cloneWithNewIds, createGroup, createWhereGroup } from './nodes';
import { childrenOf, holdsWhere, insertInto, replaceChild, slotLayer, clampIndex } from './children';
import { indexAfterEdit, indexQuery } from './nodeIndex';
import { ancestorsOf, fitsLayer } from './walk';

/**
 * The tree an op returns for a root of type R: a query for a query, a where tree for a where tree.
 * A raw root counts as a query, as the index takes it (a raw where node is the same shape).
 */
export type Tree<R extends AnyNode> = [R] extends [QueryNode] ? Query : [R] extends [WhereNode] ? WhereNode : AnyNode;

// ---------------------------------------------------------------------------------------------
// Finding and rebuilding, for any root

function parentOf(root: AnyNode, id: NodeId): AnyNode | undefined {
  const index = indexQuery(root);
  const parentId = index.get(id)?.parentId;
  return parentId === undefined ? undefined : index.get(parentId)?.node;
}

// Swaps the node with this id for `change(node)` and rebuilds its ancestors; undefined removes it.
function rebuild(root: AnyNode, id: NodeId, change: (node: AnyNode) => AnyNode | undefined): AnyNode {
  const entry = indexQuery(root).get(id);
  const path = ancestorsOf(root, id);
  if (!entry || !path) return root;
  const next = change(entry.node);
  if (next === entry.node) return root;
  if (path.length === 0) {
    // The root may become another node of its layer, never nothing: a tree has a root.
    if (!next || !fitsLayer(next, entry.layer)) return root;
    indexAfterEdit(root, next);
    return next;
  }
  let child: AnyNode = entry.node;
  let replacement: AnyNode | undefined = next;
  for (let i = path.length - 1; i >= 0; i--) {
    const parent = path[i]!;
    replacement = replaceChild(parent, child, replacement);
    child = parent;
  }
  // The next op or selector looks nodes up in the new tree: index it from this one's index now.
  indexAfterEdit(root, replacement!);
  return replacement!;
}

// ---------------------------------------------------------------------------------------------
// Checks that keep the tree well formed

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as AnyNode).kind === 'string' && typeof (value as AnyNode).id === 'string';
}

function subtreeIds(node: AnyNode): NodeId[] {
  const out: NodeId[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    out.push(current.id);
    for (const child of childrenOf(current)) stack.push(child.node);
  }
  return out;
}

// True when `next` (taking the place of `old`, if any) would repeat an id of the tree or of itself.
function repeatsIds(root: AnyNode, next: AnyNode, old?: AnyNode): boolean {
  const index = indexQuery(root);
  const leaving = old ? new Set(subtreeIds(old)) : undefined;
  const seen = new Set<NodeId>();
  for (const id of subtreeIds(next)) {
    if (seen.has(id)) return true;
    seen.add(id);
    if (index.has(id) && !leaving?.has(id)) return true;
  }
  return false;
}

// A node already in a full where slot may "move" within it: a no-op, not a refusal.
function sameSlot(parent: AnyNode, target: AnyNode): boolean {
  return parent === target && holdsWhere(parent);
}

// ---------------------------------------------------------------------------------------------
// The ops, on AnyNode; the exports below give them their typed signatures

function add(root: AnyNode, parentId: NodeId, node: AnyNode, index?: number): AnyNode {
  const parent = indexQuery(root).get(parentId)?.node;
  if (!parent || !isNode(node)) return root;
  const layer = slotLayer(parent);
  if (!layer || !fitsLayer(node, layer) || repeatsIds(root, node)) return root;
  return rebuild(root, parentId, (current) => insertInto(current, node, index) ?? current);
}

function remove(root: AnyNode, id: NodeId): AnyNode {
  return root.id === id ? root : rebuild(root, id, () => undefined);
}

function update(root: AnyNode, id: NodeId, updater: (node: AnyNode) => AnyNode): AnyNode {
  const entry = indexQuery(root).get(id);
  if (!entry) return root;
  const next = updater(entry.node);
  if (next === entry.node || !isNode(next) || !fitsLayer(next, entry.layer) || repeatsIds(root, next, entry.node)) return root;
  return rebuild(root, id, () => next);
}

function move(root: AnyNode, id: NodeId, targetParentId: NodeId, index?: number): AnyNode {
  const nodes = indexQuery(root);
  const entry = nodes.get(id);
  const parent = parentOf(root, id);
  const target = nodes.get(targetParentId);
  if (!entry || !parent || !target || (slotLayer(target.node) !== entry.layer && !sameSlot(parent, target.node))) return root;
  if (targetParentId === id || ancestorsOf(root, targetParentId)?.some((a) => a.id === id)) return root;
  if (parent === target.node) {
    const siblings = childrenOf(parent);
    const from = siblings.findIndex((slot) => slot.node === entry.node);
    if (from === clampIndex(index, siblings.length - 1)) return root;
  }
  const removed = remove(root, id);
  const newParent = indexQuery(removed).get(targetParentId)?.node;
  if (!newParent || slotLayer(newParent) !== entry.layer) return root;
  return rebuild(removed, targetParentId, (current) => insertInto(current, entry.node, index) ?? current);
}

function wrap(root: AnyNode, id: NodeId, combinator: Combinator, ids: IdGenerator): AnyNode {
  const entry = indexQuery(root).get(id);
  if (!entry) return root;
  const group =
    entry.layer === 'query'
      ? createGroup(ids, combinator, [entry.node as QueryNode])
      : createWhereGroup(ids, combinator, [entry.node as WhereNode]);
  if (indexQuery(root).has(group.id)) return root;
  return rebuild(root, id, () => group);
}

function unwrap(root: AnyNode, id: NodeId): AnyNode {
  return rebuild(root, id, (node) =>
    (node.kind === 'group' || node.kind === 'where-group') && node.children.length === 1 ? node.children[0] : node,
  );
}

function duplicate(root: AnyNode, id: NodeId, ids: IdGenerator): AnyNode {
  const entry = indexQuery(root).get(id);
  const parent = parentOf(root, id);
  if (!entry || !parent || (parent.kind !== 'group' && parent.kind !== 'where-group')) return root;
  const copy = cloneWithNewIds(entry.node, ids);
  if (repeatsIds(root, copy)) return root;
  const at = (parent.children as AnyNode[]).indexOf(entry.node);
  return rebuild(root, parent.id, (current) => insertInto(current, copy, at + 1) ?? current);
}

/** Adds a node to a group (query layer), a where group, or a clause's (or function condition's) empty where slot. */
export function addNode<R extends AnyNode>(root: R, parentId: NodeId, node: AnyNode, index?: number): Tree<R> {
  return add(root, parentId, node, index) as Tree<R>;
}

/** Removes a node and its subtree; removing the root is a no-op (a tree has a root), and removing a slot's only where node empties the slot. */
export function removeNode<R extends AnyNode>(root: R, id: NodeId): Tree<R> {
  return remove(root, id) as Tree<R>;
}

/** Replaces a node by what `updater` returns; the same node back (or one that does not fit its layer) leaves the tree as it is. */
export function updateNode<R extends AnyNode>(root: R, id: NodeId, updater: (node: AnyNode) => AnyNode): Tree<R> {
  return update(root, id, updater) as Tree<R>;
}

/** Replaces a node by another of the same layer. */
export function replaceNode<R extends AnyNode>(root: R, id: NodeId, node: AnyNode): Tree<R> {
  return update(root, id, () => node) as Tree<R>;
}

/** Moves a node to `index` of a target parent (the index it ends up at); moves into itself or across layers are refused. */
export function moveNode<R extends AnyNode>(root: R, id: NodeId, targetParentId: NodeId, index?: number): Tree<R> {
  return move(root, id, targetParentId, index) as Tree<R>;
}

/** Wraps a node in a new group (a where group in the where layer) with the node as its only child. */
export function wrapInGroup<R extends AnyNode>(root: R, id: NodeId, combinator: Combinator, ids: IdGenerator): Tree<R> {
  return wrap(root, id, combinator, ids) as Tree<R>;
}

/** Replaces a group that has exactly one child by that child. */
export function unwrapGroup<R extends AnyNode>(root: R, id: NodeId): Tree<R> {
  return unwrap(root, id) as Tree<R>;
}

/** Inserts a deep copy of a node, with fresh ids, right after it in its group. */
export function duplicateNode<R extends AnyNode>(root: R, id: NodeId, ids: IdGenerator): Tree<R> {
  return duplicate(root, id, ids) as Tree<R>;
}
