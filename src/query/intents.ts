/**
 * What a person means, as pure functions of a query: add a clause or a group, ungroup, duplicate,
 * move, switch AND/OR. They hold the placement rules of the shape the Cohort API documents (an
 * AND of ORs of clauses), so the store and the views only say what was meant. Like the ops they
 * never throw and return the same query (===) when nothing changes.
 */
import type { AnyNode, Combinator, Group, IdGenerator, NodeId, Query } from './ast';
import { applyArrange, checkArrange, type ArrangeTarget, type MoveCheck } from './arrange';
import { createClause, type NewClauseKind } from './newClause';
import { cloneWithNewIds, createExpressionClause, createGroup } from './nodes';
import { addNode, unwrapGroup, updateNode, wrapInGroup } from './ops';
import { indexQuery } from './nodeIndex';

/** A query after an intent that makes a node, and that node's id (undefined when nothing changed). */
export interface AddResult {
  query: Query;
  id: NodeId | undefined;
}

/** A query after a move (the same query when refused or when nothing moved), and the verdict. */
export interface MoveResult {
  query: Query;
  check: MoveCheck;
}

const unchanged = (query: Query): AddResult => ({ query, id: undefined });

// The group that takes a new member for `parentId`: the group itself, or, for a lone root clause
// (or raw root), a new AND holding it, since a clause has no room for a sibling.
function groupFor(query: Query, parentId: NodeId, ids: IdGenerator): { query: Query; group: Group } | undefined {
  if (parentId === query.id && query.kind !== 'group') {
    const wrapped = wrapInGroup(query, query.id, 'and', ids);
    return wrapped.kind === 'group' ? { query: wrapped, group: wrapped } : undefined;
  }
  const node = indexQuery(query).get(parentId)?.node;
  return node?.kind === 'group' ? { query, group: node } : undefined;
}

/** Adds a new clause of `kind` at the end of group `parentId`; a lone root clause is first wrapped in an AND. */
export function addClause(query: Query, parentId: NodeId, kind: NewClauseKind, ids: IdGenerator): AddResult {
  const place = groupFor(query, parentId, ids);
  if (!place) return unchanged(query);
  const clause = createClause(kind, ids);
  const next = addNode(place.query, place.group.id, clause);
  return next === place.query ? unchanged(query) : { query: next, id: clause.id };
}

/**
 * Adds a group of the other combinator (an OR under an AND) holding one new expression clause, at
 * the end of the top level: groups sit only there. A lone root clause is first wrapped in an AND.
 */
export function addGroup(query: Query, parentId: NodeId, ids: IdGenerator): AddResult {
  const place = groupFor(query, parentId, ids);
  if (!place || place.group.id !== place.query.id) return unchanged(query);
  const group = createGroup(ids, place.group.combinator === 'and' ? 'or' : 'and');
  const filled = { ...group, children: [createExpressionClause(ids)] };
  const next = addNode(place.query, place.group.id, filled);
  return next === place.query ? unchanged(query) : { query: next, id: group.id };
}

/**
 * Puts a group's members in its place, where that keeps the meaning: a group of at most one
 * member, or one that combines like the group holding it (an OR in an OR). Never the root.
 */
export function ungroup(query: Query, groupId: NodeId): Query {
  const index = indexQuery(query);
  const entry = index.get(groupId);
  const group = entry?.node;
  if (!group || (group.kind !== 'group' && group.kind !== 'where-group') || entry.parentId === undefined) return query;
  if (group.children.length === 1) return unwrapGroup(query, groupId);
  const parent = index.get(entry.parentId)?.node;
  // An empty group means nothing the API accepts: ungrouping it is removing it, whatever holds it.
  const sameCombinator = parent?.kind === group.kind && parent.combinator === group.combinator;
  if (!parent || (parent.kind !== 'group' && parent.kind !== 'where-group') || (!sameCombinator && group.children.length > 0)) {
    return query;
  }
  const members = parent.children as AnyNode[];
  const at = members.indexOf(group);
  const children = [...members.slice(0, at), ...(group.children as AnyNode[]), ...members.slice(at + 1)];
  return updateNode(query, parent.id, () => ({ ...parent, children }) as AnyNode);
}

/** Inserts a deep copy (fresh ids) right after a node in its group; a lone root clause is first wrapped in an AND. */
export function duplicate(query: Query, id: NodeId, ids: IdGenerator): AddResult {
  const root = id === query.id && query.kind !== 'group' ? wrapInGroup(query, id, 'and', ids) : query;
  const index = indexQuery(root);
  const entry = index.get(id);
  const parent = entry?.parentId === undefined ? undefined : index.get(entry.parentId)?.node;
  if (!entry || !parent || (parent.kind !== 'group' && parent.kind !== 'where-group')) return unchanged(query);
  const copy = cloneWithNewIds(entry.node, ids);
  const next = addNode(root, parent.id, copy, (parent.children as AnyNode[]).indexOf(entry.node) + 1);
  return next === root ? unchanged(query) : { query: next, id: copy.id };
}

/** Moves a node where the AND-of-ORs shape allows it (see arrange.ts), with the verdict. */
export function moveTo(query: Query, id: NodeId, target: ArrangeTarget, ids: IdGenerator): MoveResult {
  const check = checkArrange(query, id, target);
  return { query: check.ok ? applyArrange(query, id, target, ids) : query, check };
}

/** Switches a group (or where group) to AND or OR. */
export function setCombinator(query: Query, groupId: NodeId, combinator: Combinator): Query {
  return updateNode(query, groupId, (node) =>
    (node.kind === 'group' || node.kind === 'where-group') && node.combinator !== combinator ? { ...node, combinator } : node,
  );
}
