/**
 * Pure edits of a query. They never throw, and they return the same query object (===) when
 * nothing changes: an unknown id, a no-op update, a move that is not allowed. Untouched subtrees
 * keep their identity, so a per-node store selector re-renders only the node that changed.
 */
import type { AnyNode, Combinator, Condition, IdGenerator, NodeId, Query, QueryNode, WhereNode } from './ast';
import { cloneWithNewIds, createGroup, createWhereGroup } from './nodes';
import { childrenOf, holdsWhere, type Layer } from './children';
import { indexAfterEdit, indexQuery } from './nodeIndex';
import { ancestorsOf, findParent, fitsLayer } from './walk';

// ---------------------------------------------------------------------------------------------
// Rebuilding the spine from a changed node up to the root

function withoutWhere<T extends { where?: WhereNode }>(holder: T): T {
  const copy = { ...holder };
  delete copy.where;
  return copy;
}

function replaceInCondition(condition: Condition, old: AnyNode, next: WhereNode | undefined): Condition {
  if (condition.kind !== 'function') return condition;
  if (condition.where === old) return next ? { ...condition, where: next } : withoutWhere(condition);
  const inner = replaceInCondition(condition.condition, old, next);
  return inner === condition.condition ? condition : { ...condition, condition: inner };
}

function replaceInList<T>(list: readonly T[], old: unknown, next: T | undefined): T[] {
  const at = list.indexOf(old as T);
  if (at < 0) return list as T[];
  const copy = list.slice();
  if (next === undefined) copy.splice(at, 1);
  else copy[at] = next;
  return copy;
}

// Replaces (or, with undefined, removes) one child of a parent; the caller has checked the layer.
function replaceChild(parent: AnyNode, old: AnyNode, next: AnyNode | undefined): AnyNode {
  switch (parent.kind) {
    case 'group':
      return { ...parent, children: replaceInList(parent.children, old, next as QueryNode | undefined) };
    case 'where-group':
      return { ...parent, children: replaceInList(parent.children, old, next as WhereNode | undefined) };
    case 'where-condition':
      return { ...parent, condition: replaceInCondition(parent.condition, old, next as WhereNode | undefined) };
    default:
      if (holdsWhere(parent) && parent.where === old) {
        return next ? { ...parent, where: next as WhereNode } : withoutWhere(parent);
      }
      return parent;
  }
}

// Swaps the node with this id for `change(node)` and rebuilds its ancestors; undefined removes it.
function rebuild(query: Query, id: NodeId, change: (node: AnyNode) => AnyNode | undefined): Query {
  const entry = indexQuery(query).get(id);
  const ancestors = ancestorsOf(query, id);
  if (!entry || !ancestors) return query;
  const next = change(entry.node);
  if (next === entry.node) return query;
  if (ancestors.length === 0) {
    if (!next || !fitsLayer(next, 'query')) return query;
    indexAfterEdit(query, next as QueryNode);
    return next as QueryNode;
  }
  let child: AnyNode = entry.node;
  let replacement: AnyNode | undefined = next;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i]!;
    replacement = replaceChild(parent, child, replacement);
    child = parent;
  }
  // The next op or selector looks nodes up in the new query: index it from this one's index now.
  indexAfterEdit(query, replacement as Query);
  return replacement as Query;
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

// True when `next` (taking the place of `old`, if any) would repeat an id of the query or of itself.
function repeatsIds(query: Query, next: AnyNode, old?: AnyNode): boolean {
  const index = indexQuery(query);
  const leaving = old ? new Set(subtreeIds(old)) : undefined;
  const seen = new Set<NodeId>();
  for (const id of subtreeIds(next)) {
    if (seen.has(id)) return true;
    seen.add(id);
    if (index.has(id) && !leaving?.has(id)) return true;
  }
  return false;
}

/** The layer a parent takes new children in, or undefined when it takes none right now. */
function slotLayer(parent: AnyNode): Layer | undefined {
  if (parent.kind === 'group') return 'query';
  if (parent.kind === 'where-group') return 'where';
  if (holdsWhere(parent)) return parent.where ? undefined : 'where';
  if (parent.kind === 'where-condition' && parent.condition.kind === 'function' && !parent.condition.where) return 'where';
  return undefined;
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

// The parent with `node` inserted, or undefined when the parent cannot take it.
function insertInto(parent: AnyNode, node: AnyNode, index: number | undefined): AnyNode | undefined {
  switch (parent.kind) {
    case 'group': {
      const children = parent.children.slice();
      children.splice(clampIndex(index, children.length), 0, node as QueryNode);
      return { ...parent, children };
    }
    case 'where-group': {
      const children = parent.children.slice();
      children.splice(clampIndex(index, children.length), 0, node as WhereNode);
      return { ...parent, children };
    }
    case 'where-condition':
      if (parent.condition.kind !== 'function' || parent.condition.where) return undefined;
      return { ...parent, condition: { ...parent.condition, where: node as WhereNode } };
    default:
      if (!holdsWhere(parent) || parent.where) return undefined;
      return { ...parent, where: node as WhereNode };
  }
}

// ---------------------------------------------------------------------------------------------
// The ops

/** Adds a node to a group (query layer), a where group, or a clause's (or function condition's) empty where slot. */
export function addNode(query: Query, parentId: NodeId, node: AnyNode, index?: number): Query {
  const parent = indexQuery(query).get(parentId)?.node;
  if (!parent || !isNode(node)) return query;
  const layer = slotLayer(parent);
  if (!layer || !fitsLayer(node, layer) || repeatsIds(query, node)) return query;
  return rebuild(query, parentId, (current) => insertInto(current, node, index) ?? current);
}

/** Removes a node and its subtree; the root cannot be removed, and removing a slot's only where node empties the slot. */
export function removeNode(query: Query, id: NodeId): Query {
  if (query.id === id) return query;
  return rebuild(query, id, () => undefined);
}

/** Replaces a node by what `updater` returns; the same node back (or one that does not fit) leaves the query as it is. */
export function updateNode(query: Query, id: NodeId, updater: (node: AnyNode) => AnyNode): Query {
  const entry = indexQuery(query).get(id);
  if (!entry) return query;
  const next = updater(entry.node);
  if (next === entry.node || !isNode(next) || !fitsLayer(next, entry.layer) || repeatsIds(query, next, entry.node)) {
    return query;
  }
  return rebuild(query, id, () => next);
}

/** Replaces a node by another of the same layer. */
export function replaceNode(query: Query, id: NodeId, node: AnyNode): Query {
  return updateNode(query, id, () => node);
}

/** Moves a node to `index` of a target parent (the index it ends up at); moves into itself or across layers are refused. */
export function moveNode(query: Query, id: NodeId, targetParentId: NodeId, index?: number): Query {
  const nodes = indexQuery(query);
  const entry = nodes.get(id);
  const parent = findParent(query, id);
  const target = nodes.get(targetParentId);
  if (!entry || !parent || !target || (slotLayer(target.node) !== entry.layer && !sameSlot(parent, target.node))) {
    return query;
  }
  if (targetParentId === id || ancestorsOf(query, targetParentId)?.some((a) => a.id === id)) return query;
  if (parent === target.node) {
    const siblings = childrenOf(parent);
    const from = siblings.findIndex((slot) => slot.node === entry.node);
    if (from === clampIndex(index, siblings.length - 1)) return query;
  }
  const removed = removeNode(query, id);
  const newParent = indexQuery(removed).get(targetParentId)?.node;
  if (!newParent || slotLayer(newParent) !== entry.layer) return query;
  return rebuild(removed, targetParentId, (current) => insertInto(current, entry.node, index) ?? current);
}

// A node already in a full where slot may "move" within it: a no-op, not a refusal.
function sameSlot(parent: AnyNode, target: AnyNode): boolean {
  return parent === target && holdsWhere(parent);
}

/** Wraps a node in a new group (a where group in the where layer) with the node as its only child. */
export function wrapInGroup(query: Query, id: NodeId, combinator: Combinator, ids: IdGenerator): Query {
  const entry = indexQuery(query).get(id);
  if (!entry) return query;
  const group =
    entry.layer === 'query'
      ? createGroup(ids, combinator, [entry.node as QueryNode])
      : createWhereGroup(ids, combinator, [entry.node as WhereNode]);
  if (indexQuery(query).has(group.id)) return query;
  return rebuild(query, id, () => group);
}

/** Replaces a group that has exactly one child by that child. */
export function unwrapGroup(query: Query, id: NodeId): Query {
  return rebuild(query, id, (node) =>
    (node.kind === 'group' || node.kind === 'where-group') && node.children.length === 1 ? node.children[0] : node,
  );
}

/** Inserts a deep copy of a node, with fresh ids, right after it in its group. */
export function duplicateNode(query: Query, id: NodeId, ids: IdGenerator): Query {
  const entry = indexQuery(query).get(id);
  const parent = findParent(query, id);
  if (!entry || !parent || (parent.kind !== 'group' && parent.kind !== 'where-group')) return query;
  const copy = cloneWithNewIds(entry.node, ids);
  if (repeatsIds(query, copy)) return query;
  const at = (parent.children as AnyNode[]).indexOf(entry.node);
  return rebuild(query, parent.id, (current) => insertInto(current, copy, at + 1) ?? current);
}
