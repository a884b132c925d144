/**
 * Walking and finding nodes with an id, in both layers of the tree: query nodes (groups and
 * clauses) and where nodes (conditions and where groups, also those inside function conditions).
 * Paths are JSON paths into the serialized query, so they match the paths of issues.
 */
import type { AnyNode, Clause, Condition, NodeId, Query, QueryNode, WhereNode } from './ast';
import type { PathSegment } from './issues';

/** Which layer of the tree a node sits in: a query node, or a node of a where tree. */
export type Layer = 'query' | 'where';

/** A child node with the path from its parent to it. */
export interface ChildSlot {
  node: AnyNode;
  /** The JSON path from the parent's object to the child's. */
  segments: PathSegment[];
  layer: Layer;
}

/** Clauses whose wire form is `{key: body}`; their where, during and extra keys sit in the body. */
export type BodyClause = Exclude<Clause, { kind: 'expression' } | { kind: 'in_segment' }>;

/** The wire key of a clause with a body: `engaged_time`, `has_entered`, `in_second_party_segment`, ... */
export function clauseBodyKey(clause: BodyClause): string {
  return clause.kind === 'transition' || clause.kind === 'membership' ? clause.type : clause.kind;
}

/** The path from a clause's object to the object that holds its fields (the body, or itself). */
export function clauseFieldsPath(clause: Clause): PathSegment[] {
  return clause.kind === 'expression' || clause.kind === 'in_segment' ? [] : [clauseBodyKey(clause)];
}

/** Clauses that can hold a where tree. */
export type WhereHolder = Extract<Clause, { where?: WhereNode }>;

/** True when a node is a clause with a where slot (filled or not). */
export function holdsWhere(node: AnyNode): node is WhereHolder {
  return (
    node.kind === 'expression' ||
    node.kind === 'engaged_time' ||
    node.kind === 'engaged_completion' ||
    node.kind === 'engaged_views'
  );
}

// The where trees of a condition: a function condition's own `where`, and those of a function
// condition nested as its `condition` (the types allow it, so the walk honours it).
function conditionChildren(condition: Condition, prefix: PathSegment[], out: ChildSlot[]): void {
  if (condition.kind !== 'function') return;
  conditionChildren(condition.condition, [...prefix, 'condition'], out);
  if (condition.where) out.push({ node: condition.where, segments: [...prefix, 'where'], layer: 'where' });
}

/** The children of a node that have ids, each with its relative JSON path and layer. */
export function childrenOf(node: AnyNode): ChildSlot[] {
  switch (node.kind) {
    case 'group':
      return node.children.map((child, i) => ({ node: child, segments: [node.combinator, i], layer: 'query' }));
    case 'where-group':
      return node.children.map((child, i) => ({ node: child, segments: [node.combinator, i], layer: 'where' }));
    case 'where-condition': {
      const out: ChildSlot[] = [];
      conditionChildren(node.condition, ['condition'], out);
      return out;
    }
    default:
      if (holdsWhere(node) && node.where) {
        return [{ node: node.where, segments: [...clauseFieldsPath(node), 'where'], layer: 'where' }];
      }
      return [];
  }
}

/** Called for each node; return `false` to skip the node's children. */
export type Visitor = (node: AnyNode, path: PathSegment[], parent: AnyNode | undefined, layer: Layer) => void | false;

/** Visits every node with an id, parents before children, in document order. */
export function walkQuery(query: Query, visit: Visitor): void {
  // An explicit stack: a hand-built tree (not bounded by the parser) cannot overflow the call stack.
  const stack: { node: AnyNode; path: PathSegment[]; parent: AnyNode | undefined; layer: Layer }[] = [
    { node: query, path: [], parent: undefined, layer: 'query' },
  ];
  while (stack.length > 0) {
    const { node, path, parent, layer } = stack.pop()!;
    if (visit(node, path, parent, layer) === false) continue;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      stack.push({ node: child.node, path: [...path, ...child.segments], parent: node, layer: child.layer });
    }
  }
}

/** Where a node sits in a query: its parent, its relative path and layer. */
export interface NodeEntry {
  node: AnyNode;
  parent: AnyNode | undefined;
  segments: readonly PathSegment[];
  layer: Layer;
}

// Queries are immutable and ops share untouched subtrees, so one index per root object serves
// every lookup until the next edit; a WeakMap lets old roots be collected.
const indexes = new WeakMap<Query, Map<NodeId, NodeEntry>>();

/** The id index of a query, built once per root object (the first id wins if ids repeat). */
export function indexQuery(query: Query): ReadonlyMap<NodeId, NodeEntry> {
  let index = indexes.get(query);
  if (index) return index;
  index = new Map();
  const built = index;
  const stack: NodeEntry[] = [{ node: query, parent: undefined, segments: [], layer: 'query' }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (built.has(entry.node.id)) continue;
    built.set(entry.node.id, entry);
    const children = childrenOf(entry.node);
    // Reversed, so siblings are indexed in document order and the first of a repeated id wins.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      stack.push({ node: child.node, parent: entry.node, segments: child.segments, layer: child.layer });
    }
  }
  indexes.set(query, built);
  return built;
}

/** The node with this id, or undefined. */
export function findNode(query: Query, id: NodeId): AnyNode | undefined {
  return indexQuery(query).get(id)?.node;
}

/** The nearest node with an id that holds the node with this id (undefined for the root or an unknown id). */
export function findParent(query: Query, id: NodeId): AnyNode | undefined {
  return indexQuery(query).get(id)?.parent;
}

/** The nodes from the root down to (not including) the node with this id; undefined for an unknown id. */
export function ancestorsOf(query: Query, id: NodeId): AnyNode[] | undefined {
  const index = indexQuery(query);
  let entry = index.get(id);
  if (!entry) return undefined;
  const out: AnyNode[] = [];
  while (entry.parent) {
    out.push(entry.parent);
    entry = index.get(entry.parent.id);
    if (!entry) break;
  }
  return out.reverse();
}

/** The JSON path of the node with this id in the serialized query, or undefined. */
export function pathOf(query: Query, id: NodeId): PathSegment[] | undefined {
  const index = indexQuery(query);
  let entry = index.get(id);
  if (!entry) return undefined;
  const parts: (readonly PathSegment[])[] = [];
  while (entry?.parent) {
    parts.push(entry.segments);
    entry = index.get(entry.parent.id);
  }
  return parts.reverse().flat();
}

/** The layer of the node with this id, or undefined. */
export function layerOf(query: Query, id: NodeId): Layer | undefined {
  return indexQuery(query).get(id)?.layer;
}

/** The number of nodes with an id in both layers. */
export function countNodes(query: Query): number {
  let count = 0;
  const stack: AnyNode[] = [query];
  while (stack.length > 0) {
    count++;
    for (const child of childrenOf(stack.pop()!)) stack.push(child.node);
  }
  return count;
}

/** True when a node can sit in a layer, judged by its kind; a raw node fits both layers. */
export function fitsLayer(node: AnyNode, layer: Layer): boolean {
  if (node.kind === 'raw') return true;
  const where = node.kind === 'where-condition' || node.kind === 'where-group';
  return layer === 'where' ? where : !where;
}

/** Narrows a node to a query node, by kind (a raw node counts as either). */
export function isQueryNode(node: AnyNode): node is QueryNode {
  return fitsLayer(node, 'query');
}

/** Narrows a node to a where node, by kind (a raw node counts as either). */
export function isWhereNode(node: AnyNode): node is WhereNode {
  return fitsLayer(node, 'where');
}
