/**
 * The slots of the tree: which children a node has, at which relative JSON path and in which
 * layer. Everything that walks or indexes a query reads the tree through `childrenOf`, and the
 * ops write it through `replaceChild` and `insertInto`.
 */
import type { AnyNode, Clause, Condition, QueryNode, WhereNode } from './ast';
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

// ---------------------------------------------------------------------------------------------
// Writing the slots: the pure edits of ops.ts rebuild parents through these

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

/** The parent with one child replaced (or, with undefined, removed); the caller has checked the layer. */
export function replaceChild(parent: AnyNode, old: AnyNode, next: AnyNode | undefined): AnyNode {
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

/** The layer a parent takes new children in, or undefined when it takes none right now. */
export function slotLayer(parent: AnyNode): Layer | undefined {
  if (parent.kind === 'group') return 'query';
  if (parent.kind === 'where-group') return 'where';
  if (holdsWhere(parent)) return parent.where ? undefined : 'where';
  if (parent.kind === 'where-condition' && parent.condition.kind === 'function' && !parent.condition.where) return 'where';
  return undefined;
}

/** An index as a position in a list of `length`: the end when absent or not finite, clamped otherwise. */
export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

/** The parent with `node` inserted at `index`, or undefined when the parent cannot take it. */
export function insertInto(parent: AnyNode, node: AnyNode, index: number | undefined): AnyNode | undefined {
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
