/**
 * Walking and finding nodes with an id, in both layers of the tree: query nodes (groups and
 * clauses) and where nodes (conditions and where groups, also those inside function conditions).
 * Paths are JSON paths into the serialized query, so they match the paths of issues.
 */
import type { AnyNode, NodeId, Query, QueryNode, WhereNode } from './ast';
import { childrenOf, type Layer } from './children';
import type { PathSegment } from './issues';
import { indexQuery } from './nodeIndex';

export { childrenOf, clauseBodyKey, clauseFieldsPath, holdsWhere } from './children';
export type { BodyClause, ChildSlot, Layer, WhereHolder } from './children';
export { indexQuery, indexAfterEdit } from './nodeIndex';
export type { NodeEntry, NodeIndex } from './nodeIndex';

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

/** The node with this id, or undefined. */
export function findNode(query: Query, id: NodeId): AnyNode | undefined {
  return indexQuery(query).get(id)?.node;
}

/** The nearest node with an id that holds the node with this id (undefined for the root or an unknown id). */
export function findParent(query: Query, id: NodeId): AnyNode | undefined {
  const index = indexQuery(query);
  const parentId = index.get(id)?.parentId;
  return parentId === undefined ? undefined : index.get(parentId)?.node;
}

/** The nodes from the root (a query or any subtree) down to (not including) the node with this id; undefined for an unknown id. */
export function ancestorsOf(query: AnyNode, id: NodeId): AnyNode[] | undefined {
  const index = indexQuery(query);
  let entry = index.get(id);
  if (!entry) return undefined;
  const out: AnyNode[] = [];
  while (entry.parentId !== undefined) {
    entry = index.get(entry.parentId);
    if (!entry) break;
    out.push(entry.node);
  }
  return out.reverse();
}

/** The JSON path of the node with this id in the serialized query, or undefined. */
export function pathOf(query: Query, id: NodeId): PathSegment[] | undefined {
  const index = indexQuery(query);
  let entry = index.get(id);
  if (!entry) return undefined;
  const parts: (readonly PathSegment[])[] = [];
  while (entry?.parentId !== undefined) {
    parts.push(entry.segments);
    entry = index.get(entry.parentId);
  }
  return parts.reverse().flat();
}

/** The layer of the node with this id, or undefined. */
export function layerOf(query: Query, id: NodeId): Layer | undefined {
  return indexQuery(query).get(id)?.layer;
}

/** Every node with an id under (and including) a root, in document order. */
export function nodesOf(root: AnyNode | undefined): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!.node);
  }
  return out;
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
