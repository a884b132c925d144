import type { Clause, IdGenerator, NodeId, QueryNode } from './ast';
import {
  createEngagedCompletionClause,
  createEngagedTimeClause,
  createEngagedViewsClause,
  createExpressionClause,
  createInSegmentClause,
  createMembershipClause,
  createRawClause,
  createTransitionClause,
} from './nodes';

/** Kinds of clause a person can add: every typed kind, and raw JSON. */
export type NewClauseKind = Clause['kind'] | 'raw';

/** Every kind a builder offers by default, in menu order. */
export const NEW_CLAUSE_KINDS: readonly NewClauseKind[] = [
  'expression',
  'engaged_time',
  'engaged_completion',
  'engaged_views',
  'transition',
  'membership',
  'in_segment',
  'raw',
];

/** A new clause of the chosen kind, with the defaults of its constructor. */
export function createClause(kind: NewClauseKind, ids: IdGenerator): QueryNode {
  switch (kind) {
    case 'expression':
      return createExpressionClause(ids);
    case 'engaged_time':
      return createEngagedTimeClause(ids);
    case 'engaged_completion':
      return createEngagedCompletionClause(ids);
    case 'engaged_views':
      return createEngagedViewsClause(ids);
    case 'transition':
      return createTransitionClause(ids);
    case 'membership':
      return createMembershipClause(ids);
    case 'in_segment':
      return createInSegmentClause(ids, '');
    case 'raw':
      return createRawClause(ids, {});
  }
}

/**
 * True for a clause exactly as `createClause` makes it (nothing chosen or typed yet). The builder
 * holds back the errors of such a clause until it is touched or a save is attempted: a new cohort
 * does not open red.
 */
export function isBlankClause(node: QueryNode): boolean {
  if (node.kind === 'group') return false;
  const fresh = createClause(node.kind, () => node.id);
  return JSON.stringify(node) === JSON.stringify(fresh);
}

/**
 * The clause of a new cohort: a query that is an AND of one OR of one blank clause (what
 * `createEmptyQuery` makes, and what an editor in create mode starts from), else undefined. Its
 * errors wait until it is touched; a query a host loaded keeps showing its own at once.
 */
export function newCohortClause(query: QueryNode): NodeId | undefined {
  if (query.kind !== 'group' || query.combinator !== 'and' || query.children.length !== 1) return undefined;
  const or = query.children[0]!;
  if (or.kind !== 'group' || or.children.length !== 1) return undefined;
  const clause = or.children[0]!;
  return isBlankClause(clause) ? clause.id : undefined;
}
