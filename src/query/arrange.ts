/**
 * Arranging a query: moves that keep the shape the Cohort API documents (an AND of ORs of
 * clauses). `moveNode` (ops.ts) checks only that the tree stays well formed; these rules add
 * the API's shape, and say why a move is refused so the person can be told.
 */
import type { AnyNode, Group, IdGenerator, NodeId, Query, QueryNode } from './ast';
import { createGroup } from './nodes';
import { addNode, moveNode, removeNode, wrapInGroup } from './ops';
import { ancestorsOf, findParent, indexQuery } from './walk';

/** Why a move was refused; announcements.ts holds a sentence for each. */
export type MoveRefusal =
  /** The node or the target is not in the query, or the node is the root. */
  | 'unknown'
  /** The target is not a group of clauses. */
  | 'not-a-group'
  /** A group cannot go inside itself or one of its own members. */
  | 'into-itself'
  /** A group inside an OR group is deeper than an AND of ORs. */
  | 'group-into-or'
  /** Groups sit only at the top level. */
  | 'group-too-deep'
  /** An AND group inside the top-level AND adds nothing the API documents. */
  | 'group-into-and';

/** The verdict on a move. */
export type MoveCheck = { ok: true } | { ok: false; reason: MoveRefusal };

/** Where a node goes: a position in a group (the index it ends up at), or a new OR group at the top level. */
export type ArrangeTarget = { parentId: NodeId; index: number } | { newGroup: true };

const OK: MoveCheck = { ok: true };
const refuse = (reason: MoveRefusal): MoveCheck => ({ ok: false, reason });

function queryChild(query: Query, id: NodeId): { node: QueryNode; parent: Group } | undefined {
  const entry = indexQuery(query).get(id);
  const parent = findParent(query, id);
  if (!entry || entry.layer !== 'query' || parent?.kind !== 'group') return undefined;
  return { node: entry.node as QueryNode, parent };
}

/** Whether the node may move into the group `parentId` (at any index). */
export function checkMove(query: Query, id: NodeId, parentId: NodeId): MoveCheck {
  const source = queryChild(query, id);
  const target = indexQuery(query).get(parentId)?.node;
  if (!source || !target) return refuse('unknown');
  if (target.kind !== 'group') return refuse('not-a-group');
  if (parentId === id || ancestorsOf(query, parentId)?.some((a) => a.id === id)) return refuse('into-itself');
  // Reordering among its own siblings never changes the shape, so an already loose query stays editable.
  if (source.parent.id === parentId || source.node.kind !== 'group') return OK;
  if (target.combinator === 'or') return refuse('group-into-or');
  if (target.id !== query.id) return refuse('group-too-deep');
  return source.node.combinator === 'and' ? refuse('group-into-and') : OK;
}

/** Whether the node may move into a new OR group at the top level. */
export function checkNewGroup(query: Query, id: NodeId): MoveCheck {
  const source = queryChild(query, id);
  if (!source) return refuse('unknown');
  return source.node.kind === 'group' ? refuse('group-into-or') : OK;
}

/** Whether a move to this target is allowed. */
export function checkArrange(query: Query, id: NodeId, target: ArrangeTarget): MoveCheck {
  return 'newGroup' in target ? checkNewGroup(query, id) : checkMove(query, id, target.parentId);
}

// A group the move left empty is removed: an empty group is an error the API rejects, and the
// person emptied it by moving its last member out.
function pruneEmptied(query: Query, sourceId: NodeId): Query {
  const source = indexQuery(query).get(sourceId)?.node;
  return source && source.kind === 'group' && source.children.length === 0 && source.id !== query.id ? removeNode(query, sourceId) : query;
}

/** The query after the move, or the same query when the move is refused or changes nothing. */
export function applyArrange(query: Query, id: NodeId, target: ArrangeTarget, ids: IdGenerator): Query {
  const source = queryChild(query, id);
  if (!source || !checkArrange(query, id, target).ok) return query;
  if (!('newGroup' in target)) {
    const moved = moveNode(query, id, target.parentId, target.index);
    return moved === query || source.parent.id === target.parentId ? moved : pruneEmptied(moved, source.parent.id);
  }
  // An OR at the top becomes one member of a new AND, so the new OR group has an AND to sit in.
  const root = query.kind === 'group' && query.combinator === 'or' ? wrapInGroup(query, query.id, 'and', ids) : query;
  const group = createGroup(ids, 'or', [source.node]);
  const removed = removeNode(root, id);
  const added = addNode(removed, removed.id, group);
  return added === removed ? query : pruneEmptied(added, source.parent.id);
}

/**
 * The position of a node as people read it: "2.3" for the third member of the second group; '' for
 * the root. The one member of a nested group takes the group's position ("2", not "2.1"): the
 * builder shows such a group as its clause alone, with no group around it.
 */
export function positionOf(query: Query, id: NodeId): string {
  const index = indexQuery(query);
  const parts: number[] = [];
  let entry = index.get(id);
  while (entry?.parentId !== undefined) {
    const parent = index.get(entry.parentId);
    if (parent?.node.kind !== 'group') break;
    // A member of a group sits at [combinator, i].
    if (!isSingleGroup(parent.node, parent.parentId)) parts.unshift((entry.segments[1] as number) + 1);
    entry = parent;
  }
  return parts.join('.');
}

/** A nested group of one member, which the builder shows as that member alone. */
export function isSingleGroup(node: AnyNode, parentId: NodeId | undefined): node is Group {
  return node.kind === 'group' && parentId !== undefined && node.children.length === 1;
}

/** A group a node may be moved to with "Move to group…". */
export interface MoveDestination {
  target: ArrangeTarget;
  /** The group's position ('' for the top level); undefined for a new group. */
  position?: string;
  /** A group of one, shown as its clause alone: moving there makes the node an alternative to that clause. */
  single?: boolean;
}

/** Every group the node may move to (at its end), in document order, then a new group when allowed. */
export function moveDestinations(query: Query, id: NodeId): MoveDestination[] {
  const source = queryChild(query, id);
  if (!source) return [];
  const out: MoveDestination[] = [];
  const stack: QueryNode[] = [query];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'group') continue;
    if (node.id !== source.parent.id && checkMove(query, id, node.id).ok) {
      const count = node.children.length;
      out.push({ target: { parentId: node.id, index: count }, position: positionOf(query, node.id), ...(count === 1 && node.id !== query.id ? { single: true } : {}) });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  if (checkNewGroup(query, id).ok) out.push({ target: { newGroup: true } });
  return out;
}

/** Every clause and group a person can fold: all query nodes but a root group. */
export function foldableIds(query: Query): NodeId[] {
  const out: NodeId[] = [];
  const stack: QueryNode[] = [query];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== query || node.kind !== 'group') out.push(node.id);
    if (node.kind === 'group') for (const child of node.children) stack.push(child);
  }
  return out;
}
