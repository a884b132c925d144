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
import { addNode, removeNode, unwrapGroup, updateNode, wrapInGroup } from './ops';
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

/**
 * Adds a new clause of `kind` at the end of group `parentId`; a lone root clause is first wrapped in
 * an AND. Given a clause that is a member of an AND (a clause with no OR of its own), adds an
 * alternative to it: the clause is wrapped in an OR that takes the new clause after it.
 */
export function addClause(query: Query, parentId: NodeId, kind: NewClauseKind, ids: IdGenerator): AddResult {
  const alternative = orFor(query, parentId, ids);
  const place = alternative ?? groupFor(query, parentId, ids);
  if (!place) return unchanged(query);
  const clause = createClause(kind, ids);
  const next = addNode(place.query, place.group.id, clause);
  return next === place.query ? unchanged(query) : { query: next, id: clause.id };
}

// A clause that sits in an AND has no OR to take an alternative: it gets one, in its place.
function orFor(query: Query, clauseId: NodeId, ids: IdGenerator): { query: Query; group: Group } | undefined {
  const index = indexQuery(query);
  const entry = index.get(clauseId);
  if (!entry || entry.layer === 'where' || entry.node.kind === 'group' || entry.parentId === undefined) return undefined;
  const parent = index.get(entry.parentId)?.node;
  if (parent?.kind !== 'group' || parent.combinator !== 'and') return undefined;
  const wrapped = wrapInGroup(query, clauseId, 'or', ids);
  const group = (indexQuery(wrapped).get(entry.parentId)?.node as Group | undefined)?.children.find((child) => child.kind === 'group' && child.children[0]?.id === clauseId);
  return group?.kind === 'group' ? { query: wrapped, group } : undefined;
}

/**
 * Adds a group of the other combinator (an OR under an AND) holding one new clause of `kind`
 * (an event clause by default), at the end of the top level: groups sit only there. A lone root
 * clause is first wrapped in an AND.
 */
export function addGroup(query: Query, parentId: NodeId, ids: IdGenerator, kind: NewClauseKind = 'expression'): AddResult {
  const place = groupFor(query, parentId, ids);
  if (!place || place.group.id !== place.query.id) return unchanged(query);
  const group = createGroup(ids, place.group.combinator === 'and' ? 'or' : 'and');
  const filled = { ...group, children: [kind === 'expression' ? createExpressionClause(ids) : createClause(kind, ids)] };
  const next = addNode(place.query, place.group.id, filled);
  return next === place.query ? unchanged(query) : { query: next, id: group.id };
}

/**
 * Removes a node. A nested group that it leaves empty goes too: an empty group means nothing the
 * API accepts, and a person who removes the one clause of an OR removed that alternative.
 */
export function remove(query: Query, id: NodeId): Query {
  const index = indexQuery(query);
  const entry = index.get(id);
  if (!entry || entry.parentId === undefined) return query;
  const parentEntry = index.get(entry.parentId);
  const parent = parentEntry?.node;
  const emptied = parent?.kind === 'group' && parent.children.length === 1 && parentEntry!.parentId !== undefined;
  return removeNode(query, emptied ? parent.id : id);
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

/** Why a group cannot be ungrouped; announcements.ts holds a sentence for each. */
export type UngroupRefusal =
  /** Not a group of the query's clauses. */
  | 'unknown'
  /** The top level has no group around it to take the members. */
  | 'top-level'
  /** It holds groups of its own, which cannot sit where its members would go. */
  | 'holds-groups'
  /** Its members cannot go where it is without a different meaning (an AND inside an OR, say). */
  | 'changes-meaning';

/**
 * What ungrouping a group does: `same` puts its members in its place with the same meaning (see
 * `ungroup`); `each` is for an OR group of clauses in the top-level AND, whose clauses become
 * members of that AND, each of which must then match (see `ungroupEach`: the meaning changes, and
 * the builder says so before and after); otherwise it is refused, with the reason.
 */
export type UngroupPlan = { ok: true; meaning: 'same' | 'each' } | { ok: false; reason: UngroupRefusal };

/** How a group would be ungrouped, or why it cannot be (cheap: builders ask it for each group's menu). */
export function ungroupPlan(query: Query, groupId: NodeId): UngroupPlan {
  const index = indexQuery(query);
  const entry = index.get(groupId);
  const group = entry?.node;
  if (!entry || entry.layer !== 'query' || group?.kind !== 'group') return { ok: false, reason: 'unknown' };
  if (entry.parentId === undefined) return { ok: false, reason: 'top-level' };
  const parent = index.get(entry.parentId)?.node;
  if (parent?.kind !== 'group') return { ok: false, reason: 'unknown' };
  // As `ungroup` decides: a group of at most one member, or one that combines like its parent.
  if (group.children.length <= 1 || parent.combinator === group.combinator) return { ok: true, meaning: 'same' };
  if (group.combinator !== 'or' || parent.id !== query.id) return { ok: false, reason: 'changes-meaning' };
  return group.children.some((child) => child.kind === 'group') ? { ok: false, reason: 'holds-groups' } : { ok: true, meaning: 'each' };
}

/**
 * Ungroups an OR group of clauses in the top-level AND: each clause takes the group's place as an
 * OR of one (as "+ And" writes a clause), so each must now match where any one was enough before.
 * The meaning changes on purpose: `ungroup` refuses this case, and the menu item says what it does.
 */
export function ungroupEach(query: Query, groupId: NodeId, ids: IdGenerator): Query {
  const plan = ungroupPlan(query, groupId);
  if (!plan.ok || plan.meaning !== 'each' || query.kind !== 'group') return query;
  const at = query.children.findIndex((child) => child.id === groupId);
  const group = query.children[at] as Group;
  const members = group.children.map((clause) => createGroup(ids, 'or', [clause]));
  return updateNode(query, query.id, () => ({ ...query, children: [...query.children.slice(0, at), ...members, ...query.children.slice(at + 1)] }));
}

/**
 * Whether `makeGroup` applies: a clause that is the whole query, or a member of the top-level AND
 * without a group of its own. A clause already in an OR group (its group's "+ Or" adds
 * alternatives) or below the top level has nothing to gain from another group around it.
 */
export function canMakeGroup(query: Query, clauseId: NodeId): boolean {
  const index = indexQuery(query);
  const entry = index.get(clauseId);
  if (!entry || entry.layer !== 'query' || entry.node.kind === 'group') return false;
  if (entry.parentId === undefined) return true;
  return entry.parentId === query.id && query.kind === 'group' && query.combinator === 'and';
}

/**
 * Puts a clause in an OR group of its own, so alternatives can be added to it; the meaning stays
 * the same (an OR of one clause is that clause). A clause that is the whole query becomes what a
 * new cohort is: an AND of one OR of it. Returns the new OR group's id.
 */
export function makeGroup(query: Query, clauseId: NodeId, ids: IdGenerator): AddResult {
  if (!canMakeGroup(query, clauseId)) return unchanged(query);
  if (clauseId === query.id) {
    const or = wrapInGroup(query, clauseId, 'or', ids);
    return { query: wrapInGroup(or, or.id, 'and', ids), id: or.id };
  }
  const next = wrapInGroup(query, clauseId, 'or', ids);
  const id = indexQuery(next).get(clauseId)?.parentId;
  return next === query || id === undefined ? unchanged(query) : { query: next, id };
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
