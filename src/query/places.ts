/**
 * The names of places in a query, as data: the position a person reads ("2.1") and where a move
 * would put a node ("group 2, position 1 of 3"). No words here: the builder's labels and
 * announcements turn these into sentences, so every language words them its own way.
 */
import type { NodeId, Query } from './ast';
import { isSingleGroup, positionOf, type ArrangeTarget } from './arrange';
import { clampIndex } from './children';
import { indexQuery } from './nodeIndex';

/**
 * The position of a clause or group as the builder numbers them: members of the top level are
 * "1".."n", members of a group "g.m"; '' for a root group (the top level itself); "1" for a lone
 * root clause (the builder shows it as the only member). Undefined for an unknown id or a where node.
 */
export function nodePosition(query: Query, id: NodeId): string | undefined {
  const entry = indexQuery(query).get(id);
  if (!entry || entry.layer !== 'query') return undefined;
  if (entry.parentId === undefined) return query.kind === 'group' ? '' : '1';
  const parent = indexQuery(query).get(entry.parentId)?.node;
  // A query-layer node sits only in groups, but a hand-built tree may say otherwise.
  return parent?.kind === 'group' ? positionOf(query, id) : undefined;
}

/** What a node is called: a clause or a group at a position, or the top level (a root group). */
export type NodeName = { kind: 'clause' | 'group'; position: string } | { kind: 'top' };

/**
 * The name of a clause or group (raw JSON counts as a clause); undefined for an unknown id or a
 * where node. A nested group of one clause is shown as that clause, so it is named as one: moving
 * it says "clause 2", as its card does.
 */
export function nameOfNode(query: Query, id: NodeId): NodeName | undefined {
  const position = nodePosition(query, id);
  if (position === undefined) return undefined;
  if (position === '') return { kind: 'top' };
  const { node, parentId } = indexQuery(query).get(id)!;
  const shownAsClause = node.kind !== 'group' || (isSingleGroup(node, parentId) && node.children[0]!.kind !== 'group');
  return { kind: shownAsClause ? 'clause' : 'group', position };
}

/**
 * Where a move would put a node. `index` counts from 1 and `count` is how many members the group
 * holds after the move (the node included), so "position 2 of 3" reads straight off them.
 */
export type Place =
  /** A position in the root group. */
  | { kind: 'top'; index: number; count: number }
  /** A position in the group numbered `position` ("2") before the move. */
  | { kind: 'group'; position: string; index: number; count: number }
  /** A new OR group at the top level. */
  | { kind: 'new-group' };

/**
 * The place a move of node `id` to `target` names, as the move leaves it (see `applyArrange`):
 * a group the move empties is removed, so it counts neither in `count` nor before `index`.
 * Undefined when the target is not a group of the query.
 */
export function describePlace(query: Query, id: NodeId, target: ArrangeTarget): Place | undefined {
  if ('newGroup' in target) return { kind: 'new-group' };
  const index = indexQuery(query);
  const entry = index.get(target.parentId);
  if (entry?.node.kind !== 'group') return undefined;
  let members = entry.node.children.filter((child) => child.id !== id);
  let at = clampIndex(target.index, members.length);
  const from = index.get(id)?.parentId;
  const source = from === undefined ? undefined : index.get(from)?.node;
  const emptied = source?.kind === 'group' && source.children.length === 1 && source.id !== query.id && source.id !== target.parentId;
  const gone = emptied ? members.findIndex((member) => member.id === source.id) : -1;
  if (gone >= 0) {
    members = members.filter((_, i) => i !== gone);
    if (gone < at) at--;
  }
  const place = { index: at + 1, count: members.length + 1 };
  if (entry.parentId === undefined) return { kind: 'top', ...place };
  const position = nodePosition(query, target.parentId);
  return position === undefined ? undefined : { kind: 'group', position, ...place };
}

/**
 * The clause or group that should take focus once `id` is removed: the next member of the group
 * that loses it, else the previous one, else that group itself. When the removal empties a nested
 * group (which then goes too, see intents.remove), the neighbours of that group count instead. A
 * neighbour that is a group of one is named by its member, which is what the builder shows.
 */
export function neighbourAfterRemove(query: Query, id: NodeId): NodeId | undefined {
  const index = indexQuery(query);
  let entry = index.get(id);
  if (!entry || entry.layer !== 'query' || entry.parentId === undefined) return undefined;
  let parent = index.get(entry.parentId);
  if (parent && parent.node.kind === 'group' && parent.node.children.length === 1 && parent.parentId !== undefined) {
    entry = parent;
    parent = index.get(parent.parentId!);
  }
  if (!parent || parent.node.kind !== 'group') return undefined;
  const members = parent.node.children;
  const at = members.findIndex((member) => member.id === entry!.node.id);
  const next = members[at + 1] ?? members[at - 1];
  if (!next) return parent.parentId === undefined ? undefined : parent.node.id;
  return isSingleGroup(next, parent.node.id) ? next.children[0]!.id : next.id;
}

/**
 * The member that `id` is shown as at its level: a clause that is the one member of a nested group
 * is shown alone in that group's place, so moving it up or down moves the group. Otherwise `id`.
 */
export function shownMember(query: Query, id: NodeId): NodeId {
  const index = indexQuery(query);
  const entry = index.get(id);
  const parent = entry?.parentId === undefined ? undefined : index.get(entry.parentId);
  return parent && isSingleGroup(parent.node, parent.parentId) ? parent.node.id : id;
}

/**
 * Where "Move up" (`delta` -1) or "Move down" (+1) puts the member `id` is shown as: the same
 * parent, one place further. Undefined at either end, or for a node without a group parent.
 */
export function stepTarget(query: Query, id: NodeId, delta: -1 | 1): { movedId: NodeId; target: ArrangeTarget } | undefined {
  const movedId = shownMember(query, id);
  const index = indexQuery(query);
  const entry = index.get(movedId);
  const parent = entry?.parentId === undefined ? undefined : index.get(entry.parentId)?.node;
  if (parent?.kind !== 'group') return undefined;
  const to = parent.children.findIndex((child) => child.id === movedId) + delta;
  if (to < 0 || to >= parent.children.length) return undefined;
  return { movedId, target: { parentId: parent.id, index: to } };
}

/**
 * What an add control adds to `targetId`: at a top level that is an AND (the "+ And" control), a new
 * member is an OR group of one clause, as the API's AND of ORs has it; anywhere else a clause (a
 * clause as target gets an alternative, see `addClause`).
 */
export function addsGroup(query: Query, targetId: NodeId, combinator: 'and' | 'or'): boolean {
  return combinator === 'and' && targetId === query.id && query.kind === 'group' && query.combinator === 'and';
}
