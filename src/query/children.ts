/**
 * The slots of the tree: which children a node has, at which relative JSON path and in which
 * layer. Everything that walks or indexes a query reads the tree through `childrenOf`.
 */
import type { AnyNode, Clause, Condition, WhereNode } from './ast';
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
