/**
 * Pasting clauses into a query: where pasted clauses and groups go, and in what form, so that the
 * query keeps the shape the Cohort API documents (an AND of OR groups of clauses). The pasted
 * nodes come already parsed (src/serialize/parse-paste.ts reads the text); like the ops, this
 * never throws and returns the same query when nothing changes, with the reason.
 */
import type { Combinator, Group, IdGenerator, NodeId, Query, QueryNode } from './ast';
import { isSingleGroup, type MoveRefusal } from './arrange';
import { isBlankClause } from './newClause';
import { createGroup } from './nodes';
import { indexQuery } from './nodeIndex';
import { addNode, wrapInGroup } from './ops';

/**
 * Where a paste goes: the end of the top level, the end of a group (a group of one takes the
 * pasted clauses as alternatives to its clause, as its "+ Or" does), or right after a clause or
 * group at the level the builder shows it (a clause shown alone in place of its group of one
 * counts as that group: the paste lands beside it, not inside it).
 */
export type PasteTarget = { kind: 'top' } | { kind: 'into'; groupId: NodeId } | { kind: 'after'; id: NodeId };

/**
 * Why a paste was refused; announcements.ts holds a sentence for each. Where a move would be
 * refused for the same reason, the reason is the move's (the target is not in the query, a group
 * inside an OR group, a group below the top level), so both are worded once.
 */
export type PasteRefusal =
  /** There was nothing to paste (an empty list). */
  | 'nothing'
  /** A pasted group has no members: it means nothing the API accepts. */
  | 'empty-group'
  | Extract<MoveRefusal, 'unknown' | 'group-into-or' | 'group-too-deep'>;

/** The verdict on a paste. */
export type PasteCheck = { ok: true } | { ok: false; reason: PasteRefusal };

/** A query after a paste (the same query when refused), the verdict, and the ids of the nodes pasted, in order. */
export interface PasteResult {
  query: Query;
  check: PasteCheck;
  ids: NodeId[];
}

type Fitted = { ok: true; nodes: QueryNode[] } | { ok: false; reason: PasteRefusal };

const refused = (query: Query, reason: PasteRefusal): PasteResult => ({ query, check: { ok: false, reason }, ids: [] });

/**
 * True for a query with nothing in it yet: an empty group, a blank clause as `createClause` makes
 * it, or either of these wrapped in groups of one (a new cohort is an AND of one OR of one blank
 * clause). A paste replaces such a query instead of joining it.
 */
export function isEmptyQuery(query: Query): boolean {
  let node: QueryNode = query;
  while (node.kind === 'group' && node.children.length === 1) node = node.children[0]!;
  return node.kind === 'group' ? node.children.length === 0 : isBlankClause(node);
}

// Unknown keys of a group (`extra`) are written back with it, so such a group is never dissolved.
const plain = (group: Group) => group.extra === undefined;

// A member of a level that holds clauses only (an OR group, a nested group, an OR at the top): a
// group that combines like the level gives its members (an OR in an OR means the same), a group
// of one gives its member; any other group would nest deeper than an AND of ORs.
function fitClauses(nodes: readonly QueryNode[], combinator: Combinator): Fitted {
  const out: QueryNode[] = [];
  for (const node of nodes) {
    if (node.kind !== 'group') {
      out.push(node);
      continue;
    }
    if (node.children.length === 0) return { ok: false, reason: 'empty-group' };
    if (!plain(node) || (node.combinator !== combinator && node.children.length > 1)) {
      return { ok: false, reason: combinator === 'or' ? 'group-into-or' : 'group-too-deep' };
    }
    const inner = fitClauses(node.children, combinator);
    if (!inner.ok) return inner;
    out.push(...inner.nodes);
  }
  return { ok: true, nodes: out };
}

// A member of the top-level AND: an OR group of clauses as it came; a clause as an OR of one, as
// "+ And" writes it, so the JSON stays the AND of ORs; an AND gives its members (an AND in an AND
// means the same).
function fitTopAnd(nodes: readonly QueryNode[], ids: IdGenerator): Fitted {
  const out: QueryNode[] = [];
  for (const node of nodes) {
    if (node.kind !== 'group') {
      out.push(createGroup(ids, 'or', [node]));
      continue;
    }
    if (node.children.length === 0) return { ok: false, reason: 'empty-group' };
    const fitted =
      node.combinator === 'and' && plain(node)
        ? fitTopAnd(node.children, ids)
        : node.combinator === 'or'
          ? fitClauses(node.children, 'or')
          : ({ ok: false, reason: 'group-into-or' } as const);
    if (!fitted.ok) return fitted;
    out.push(...(node.combinator === 'or' ? [{ ...node, children: fitted.nodes }] : fitted.nodes));
  }
  return { ok: true, nodes: out };
}

// The group that takes the paste and the index it goes at, after wrapping a lone root clause in
// an AND (a clause has no room for a sibling).
function placeOf(query: Query, target: PasteTarget, ids: IdGenerator): { query: Query; parent: Group; index: number } | undefined {
  const top = () => {
    const root = query.kind === 'group' ? query : (wrapInGroup(query, query.id, 'and', ids) as Group);
    return { query: root, parent: root, index: root.children.length };
  };
  if (target.kind === 'top') return top();
  const index = indexQuery(query);
  if (target.kind === 'into') {
    const group = index.get(target.groupId);
    if (!group || group.layer !== 'query') return undefined;
    if (target.groupId === query.id) return top();
    return group.node.kind === 'group' ? { query, parent: group.node, index: group.node.children.length } : undefined;
  }
  const entry = index.get(target.id);
  if (!entry || entry.layer !== 'query') return undefined;
  if (entry.parentId === undefined) return top();
  let shown = entry;
  const parent = index.get(entry.parentId)!;
  if (isSingleGroup(parent.node, parent.parentId)) shown = parent;
  const holder = shown.parentId === undefined ? undefined : index.get(shown.parentId)?.node;
  if (holder?.kind !== 'group') return undefined;
  return { query, parent: holder, index: holder.children.indexOf(shown.node as QueryNode) + 1 };
}

/**
 * Pastes parsed nodes (their ids fresh from the builder's generator) at `target`, as one change.
 * Into a query with nothing in it yet (`isEmptyQuery`), one pasted node becomes the query as it
 * is (so a pasted query comes back as it was copied), several an AND of them. Elsewhere the nodes
 * are fitted to the level they join, keeping their meaning: at a top-level AND a clause becomes an
 * OR of one and an AND gives its members; in an OR group, a nested group or an OR at the top, an
 * OR gives its alternatives and a group of one its member. A group that would nest deeper than an
 * AND of ORs is refused (nothing is pasted), with the reason.
 */
export function paste(query: Query, nodes: readonly QueryNode[], target: PasteTarget, ids: IdGenerator): PasteResult {
  if (nodes.length === 0) return refused(query, 'nothing');
  if (isEmptyQuery(query)) {
    if (nodes.length === 1) return { query: nodes[0]!, check: { ok: true }, ids: [nodes[0]!.id] };
    const fitted = fitTopAnd(nodes, ids);
    if (!fitted.ok) return refused(query, fitted.reason);
    return { query: createGroup(ids, 'and', fitted.nodes), check: { ok: true }, ids: fitted.nodes.map((node) => node.id) };
  }
  const place = placeOf(query, target, ids);
  if (!place) return refused(query, 'unknown');
  const { parent } = place;
  const atTop = parent.id === place.query.id;
  const fitted = atTop && parent.combinator === 'and' ? fitTopAnd(nodes, ids) : fitClauses(nodes, parent.combinator);
  if (!fitted.ok) return refused(query, fitted.reason);
  let next = place.query;
  fitted.nodes.forEach((node, i) => {
    next = addNode(next, parent.id, node, place.index + i);
  });
  return { query: next, check: { ok: true }, ids: fitted.nodes.map((node) => node.id) };
}

/** Where a paste on a clause or group goes: after a clause, into a group, at the top for the root or an unknown id. */
export function pasteTargetFor(query: Query, id: NodeId | undefined): PasteTarget {
  const entry = id === undefined || id === query.id ? undefined : indexQuery(query).get(id);
  if (!entry || entry.layer !== 'query') return { kind: 'top' };
  return entry.node.kind === 'group' ? { kind: 'into', groupId: entry.node.id } : { kind: 'after', id: entry.node.id };
}

/** The node a pasted node is shown as: the clause of a nested group of one (the builder shows it alone), else itself. */
export function shownNode(query: Query, id: NodeId): NodeId {
  const entry = indexQuery(query).get(id);
  return entry && isSingleGroup(entry.node, entry.parentId) && entry.node.children[0]!.kind !== 'group' ? entry.node.children[0]!.id : id;
}
