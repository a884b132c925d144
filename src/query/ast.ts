/**
 * The query AST: an in-memory tree of a Cohort API query.
 *
 * Forms the library knows are typed nodes; everything else is a `raw` value kept verbatim, so
 * `serializeQuery(parseQuery(x).query)` deep-equals `x` for every JSON object `x`. Known objects
 * that carry keys the library does not know keep them in `extra` and write them back unchanged.
 *
 * Nodes that a person adds, removes and moves (groups, clauses, where conditions) have a stable
 * `id`. Values inside a node (comparisons, windows, conditions) do not: they change with the node.
 */

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** The stable identity of a node in the AST. */
export type NodeId = string;

/** Makes ids for new nodes; inject a deterministic one in tests. */
export type IdGenerator = () => NodeId;

/** Why the library keeps a value as raw JSON: shown to the user and reported by `validateQuery`. */
export interface RawReason {
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** A value the library does not understand (or that is malformed), kept verbatim. */
export interface RawValue {
  kind: 'raw';
  json: JsonValue;
  reason?: RawReason;
}

// ---------------------------------------------------------------------------------------------
// Comparisons and windows

/** Comparison operators of `frequency`, `seconds`, `completion`, `times`. D, O and S forms. */
export type ComparisonOperator =
  | 'greater_than_or_equal_to'
  | 'greater_than'
  | 'equal_to'
  | 'less_than_or_equal_to'
  | 'less_than';

/** `{ operator: value }` with exactly one key. An unknown operator string is kept as it came. */
export interface Comparison {
  kind: 'comparison';
  operator: ComparisonOperator | (string & {});
  value: number;
}

/** A comparison as it sits in a clause: typed, or raw when it is not one key with a number. */
export type ComparisonValue = Comparison | RawValue;

/** `{"the_last": {"value": 30, "unit": "days"}}`; the unit string is kept exactly as it came. */
export interface TheLastWindow {
  kind: 'the_last';
  value: number;
  unit: string;
}

/** The string `"this_session"` in place of the window object (S). */
export interface ThisSessionWindow {
  kind: 'this_session';
}

/** A `during` value. Absent `during` (undefined) means all time. */
export type Window = TheLastWindow | ThisSessionWindow | RawValue;

// ---------------------------------------------------------------------------------------------
// Where trees

/** Operators of a property condition. Unknown operator strings are kept as they came. */
export type ConditionOperator =
  | 'contains'
  | 'does_not_contain'
  | 'equal_to'
  | 'not_equal_to'
  | 'list_contains'
  | 'list_does_not_contain'
  | 'greater_than'
  | 'greater_than_or_equal_to'
  | 'less_than'
  | 'less_than_or_equal_to'
  | 'between'
  | 'boolean_equal_to'
  | 'float_equal_to'
  | 'list_contains_integer'
  | 'date_equal_to'
  | 'float_between'
  | 'date_between';

/** `{ operator: operand }` with exactly one key; the operand is kept as it came. */
export interface OperatorCondition {
  kind: 'operator';
  operator: ConditionOperator | (string & {});
  operand: JsonValue;
}

/** The bare strings `"is_empty"` / `"is_not_empty"` (S). */
export interface PresenceCondition {
  kind: 'presence';
  operator: 'is_empty' | 'is_not_empty';
}

/** Function names of a function condition: `any` (O); `all` and the aggregates (S). */
export type FunctionName = 'any' | 'all' | 'sum' | 'product' | 'count' | 'mean';

/** A condition over an array of objects: `{"function": "any", "property": "key", "condition": ..., "where"?: ...}`. */
export interface FunctionCondition {
  kind: 'function';
  function: FunctionName | (string & {});
  /** Path relative to the array element (`key`, `value`, `price`). */
  property: string;
  condition: Condition;
  where?: WhereNode;
  extra?: JsonObject;
}

/** The `condition` of a where condition. */
export type Condition = OperatorCondition | PresenceCondition | FunctionCondition | RawValue;

/** `{"property": "properties.client.url", "condition": ...}`. */
export interface WhereCondition {
  kind: 'where-condition';
  id: NodeId;
  property: string;
  condition: Condition;
  extra?: JsonObject;
}

/** `{"and": [...]}` or `{"or": [...]}` inside a where tree. */
export interface WhereGroup {
  kind: 'where-group';
  id: NodeId;
  combinator: Combinator;
  children: WhereNode[];
  extra?: JsonObject;
}

/** A where-tree member the library does not understand, kept verbatim. */
export interface RawWhere extends RawValue {
  id: NodeId;
}

/** A node of a where tree. */
export type WhereNode = WhereCondition | WhereGroup | RawWhere;

// ---------------------------------------------------------------------------------------------
// Clauses and groups

/** How the members of a group combine. */
export type Combinator = 'and' | 'or';

/** `{"event": "Pageview", "frequency": ..., "where"?: ..., "during"?: ...}`. */
export interface ExpressionClause {
  kind: 'expression';
  id: NodeId;
  /** Case-sensitive event name; `''` is an error the validator reports. */
  event: string;
  frequency?: ComparisonValue;
  where?: WhereNode;
  during?: Window;
  extra?: JsonObject;
}

/** `{"engaged_time": {"seconds": ..., "where"?: ..., "during"?: ...}}`; `extra` holds unknown body keys. */
export interface EngagedTimeClause {
  kind: 'engaged_time';
  id: NodeId;
  seconds?: ComparisonValue;
  where?: WhereNode;
  during?: Window;
  extra?: JsonObject;
}

/** `{"engaged_completion": {"completion": ..., "where"?: ...}}`; completion is a fraction 0..1. */
export interface EngagedCompletionClause {
  kind: 'engaged_completion';
  id: NodeId;
  completion?: ComparisonValue;
  where?: WhereNode;
  extra?: JsonObject;
}

/** `{"engaged_views": {"times": ..., "engaged_time": ..., "where"?: ..., "during"?: ...}}` (S body). */
export interface EngagedViewsClause {
  kind: 'engaged_views';
  id: NodeId;
  times?: ComparisonValue;
  engagedTime?: ComparisonValue;
  where?: WhereNode;
  during?: Window;
  extra?: JsonObject;
}

/** Transition keys: `has_entered` (O); the other three (S). */
export type TransitionType = 'has_entered' | 'has_exited' | 'has_not_entered' | 'has_not_exited';

/** `{"has_entered": {"segment": 1234, "during"?: ...}}`; `segment` is the integer cohort code. */
export interface TransitionClause {
  kind: 'transition';
  id: NodeId;
  type: TransitionType;
  /** The cohort code; undefined when the body has none (an error). */
  segment?: number;
  during?: Window;
  extra?: JsonObject;
}

/** Membership keys whose body is `{"provider": ..., "segment": ...}` or (connections) `{"field_name", "value"}`. */
export type MembershipType =
  | 'in_second_party_segment'
  | 'not_in_second_party_segment'
  | 'in_third_party_segment'
  | 'not_in_third_party_segment'
  | 'in_connections_import_segment'
  | 'not_in_connections_import_segment';

/** `{"in_second_party_segment": {"provider": "acme_crm", "segment": "gold"}}` and its relatives. */
export interface MembershipClause {
  kind: 'membership';
  id: NodeId;
  type: MembershipType;
  provider?: string;
  segment?: string | number;
  /** Connections import form: `{"field_name": ..., "value": ...}`. */
  fieldName?: string;
  value?: string;
  extra?: JsonObject;
}

/** `{"in_segment": 42}`: membership of another cohort, by id or code (S). */
export interface InSegmentClause {
  kind: 'in_segment';
  id: NodeId;
  segment: string | number;
}

/** `{"and": [...]}` or `{"or": [...]}` of queries. */
export interface Group {
  kind: 'group';
  id: NodeId;
  combinator: Combinator;
  children: QueryNode[];
  extra?: JsonObject;
}

/** A clause (or anything else) the library does not understand, kept verbatim. */
export interface RawClause extends RawValue {
  id: NodeId;
}

/** Every clause kind. */
export type Clause =
  | ExpressionClause
  | EngagedTimeClause
  | EngagedCompletionClause
  | EngagedViewsClause
  | TransitionClause
  | MembershipClause
  | InSegmentClause;

/** A member of a query tree. */
export type QueryNode = Group | Clause | RawClause;

/** A whole query: its root node. */
export type Query = QueryNode;

/** Any node with an id, in either layer of the tree. */
export type AnyNode = QueryNode | WhereNode;
