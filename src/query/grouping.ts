/**
 * Making a group of a clause and ungrouping a group, as the actions menu offers them: whether and
 * how each applies (asked when the menu opens) and the change itself. Pure, like intents.ts; a
 * module of its own so that it loads with the menu, not with every builder.
 */
import type { Group, IdGenerator, NodeId, Query } from './ast';
import { ungroup, type AddResult, type Intent } from './intents';
import { createGroup } from './nodes';
import { indexQuery } from './nodeIndex';
import { updateNode, wrapInGroup } from './ops';

const unchanged = (query: Query): AddResult => ({ query, id: undefined });

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

/** `ungroup` or `ungroupEach` as `ungroupPlan` decides, as an intent for the store's `applyIntent` (a refused plan changes nothing). */
export function ungroupIntent(groupId: NodeId): Intent<{ plan: UngroupPlan }> {
  return (query, ids) => {
    const plan = ungroupPlan(query, groupId);
    if (!plan.ok) return { query, plan };
    return { query: plan.meaning === 'each' ? ungroupEach(query, groupId, ids) : ungroup(query, groupId), plan };
  };
}

/** `makeGroup` as an intent for the store's `applyIntent`: the new group's id, or undefined. */
export function makeGroupIntent(clauseId: NodeId): Intent<{ id: NodeId | undefined }> {
  return (query, ids) => makeGroup(query, clauseId, ids);
}
