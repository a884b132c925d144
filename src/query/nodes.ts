/**
 * Constructors of new nodes, with ids from an injected generator. Defaults are the shapes the
 * Cohort API documents, so what a person adds in the builder is valid once its blanks are filled.
 */
import type {
  AnyNode,
  Combinator,
  Comparison,
  ComparisonOperator,
  Condition,
  EngagedCompletionClause,
  EngagedTimeClause,
  EngagedViewsClause,
  ExpressionClause,
  Group,
  IdGenerator,
  InSegmentClause,
  JsonValue,
  MembershipClause,
  QueryNode,
  RawClause,
  RawReason,
  RawWhere,
  TheLastWindow,
  TransitionClause,
  WhereCondition,
  WhereGroup,
  WhereNode,
} from './ast';

/** The fields of a node that a constructor lets the caller set. */
export type NodeFields<T> = Partial<Omit<T, 'kind' | 'id'>>;

/** A comparison value such as `{"greater_than_or_equal_to": 1}`. */
export function createComparison(operator: ComparisonOperator, value: number): Comparison {
  return { kind: 'comparison', operator, value };
}

/** A rolling window such as `{"the_last": {"value": 30, "unit": "days"}}`. */
export function createTheLastWindow(value: number, unit = 'days'): TheLastWindow {
  return { kind: 'the_last', value, unit };
}

/** An expression clause; by default no event yet (the validator asks for one) and at least once. */
export function createExpressionClause(ids: IdGenerator, fields: NodeFields<ExpressionClause> = {}): ExpressionClause {
  return { kind: 'expression', id: ids(), event: '', frequency: createComparison('greater_than_or_equal_to', 1), ...fields };
}

/** An `and` / `or` group of query nodes. */
export function createGroup(ids: IdGenerator, combinator: Combinator, children: QueryNode[] = []): Group {
  return { kind: 'group', id: ids(), combinator, children };
}

/** A where condition; by default no property yet and `contains` (the documented operator) with no text. */
export function createWhereCondition(ids: IdGenerator, fields: NodeFields<WhereCondition> = {}): WhereCondition {
  return {
    kind: 'where-condition',
    id: ids(),
    property: '',
    condition: { kind: 'operator', operator: 'contains', operand: '' },
    ...fields,
  };
}

/** An `and` / `or` group inside a where tree. */
export function createWhereGroup(ids: IdGenerator, combinator: Combinator, children: WhereNode[] = []): WhereGroup {
  return { kind: 'where-group', id: ids(), combinator, children };
}

/** An engaged-time clause; by default at least 30 seconds (the value seen on the wire). */
export function createEngagedTimeClause(ids: IdGenerator, fields: NodeFields<EngagedTimeClause> = {}): EngagedTimeClause {
  return { kind: 'engaged_time', id: ids(), seconds: createComparison('greater_than_or_equal_to', 30), ...fields };
}

/** An engaged-completion clause; by default at least half the page (0.5). */
export function createEngagedCompletionClause(
  ids: IdGenerator,
  fields: NodeFields<EngagedCompletionClause> = {},
): EngagedCompletionClause {
  return { kind: 'engaged_completion', id: ids(), completion: createComparison('greater_than_or_equal_to', 0.5), ...fields };
}

/** An engaged-views clause (S); by default at least 1 view of at least 30 engaged seconds. */
export function createEngagedViewsClause(ids: IdGenerator, fields: NodeFields<EngagedViewsClause> = {}): EngagedViewsClause {
  return {
    kind: 'engaged_views',
    id: ids(),
    times: createComparison('greater_than_or_equal_to', 1),
    engagedTime: createComparison('greater_than_or_equal_to', 30),
    ...fields,
  };
}

/** A transition clause; by default `has_entered` with no cohort code yet (the validator asks for one). */
export function createTransitionClause(ids: IdGenerator, fields: NodeFields<TransitionClause> = {}): TransitionClause {
  return { kind: 'transition', id: ids(), type: 'has_entered', ...fields };
}

/** A membership clause; by default a second-party segment with provider and segment still to fill in. */
export function createMembershipClause(ids: IdGenerator, fields: NodeFields<MembershipClause> = {}): MembershipClause {
  return { kind: 'membership', id: ids(), type: 'in_second_party_segment', provider: '', segment: '', ...fields };
}

/** An `{"in_segment": segment}` clause (S). */
export function createInSegmentClause(ids: IdGenerator, segment: string | number): InSegmentClause {
  return { kind: 'in_segment', id: ids(), segment };
}

/** A query node kept as verbatim JSON. */
export function createRawClause(ids: IdGenerator, json: JsonValue, reason?: RawReason): RawClause {
  return reason ? { kind: 'raw', id: ids(), json, reason } : { kind: 'raw', id: ids(), json };
}

/** A where node kept as verbatim JSON. */
export function createRawWhere(ids: IdGenerator, json: JsonValue, reason?: RawReason): RawWhere {
  return reason ? { kind: 'raw', id: ids(), json, reason } : { kind: 'raw', id: ids(), json };
}

/** A new query in the shape the API documents: an AND of one OR of one (still empty) expression clause. */
export function createEmptyQuery(ids: IdGenerator): Group {
  // Ids from the root down, so a deterministic generator numbers the tree in reading order.
  const and = createGroup(ids, 'and');
  const or = createGroup(ids, 'or');
  return { ...and, children: [{ ...or, children: [createExpressionClause(ids)] }] };
}

function cloneCondition(condition: Condition, ids: IdGenerator): Condition {
  if (condition.kind !== 'function') return condition;
  const copy = { ...condition, condition: cloneCondition(condition.condition, ids) };
  if (condition.where) copy.where = cloneNode(condition.where, ids);
  return copy;
}

function cloneNode(node: WhereNode, ids: IdGenerator): WhereNode;
function cloneNode(node: AnyNode, ids: IdGenerator): AnyNode;
function cloneNode(node: AnyNode, ids: IdGenerator): AnyNode {
  switch (node.kind) {
    case 'group':
      return { ...node, id: ids(), children: node.children.map((child) => cloneNode(child, ids) as QueryNode) };
    case 'where-group':
      return { ...node, id: ids(), children: node.children.map((child) => cloneNode(child, ids)) };
    case 'where-condition':
      return { ...node, id: ids(), condition: cloneCondition(node.condition, ids) };
    case 'expression':
    case 'engaged_time':
    case 'engaged_completion':
    case 'engaged_views':
      return node.where ? { ...node, id: ids(), where: cloneNode(node.where, ids) } : { ...node, id: ids() };
    default:
      // Values inside nodes are immutable and may be shared; only ids must be fresh.
      return { ...node, id: ids() };
  }
}

/** A deep copy of a node in which every node with an id (in both layers) gets a fresh id. */
export function cloneWithNewIds<T extends AnyNode>(node: T, ids: IdGenerator): T {
  return cloneNode(node, ids) as T;
}
