// The React-free surface: servers, scripts and tests can parse, validate, describe and edit queries.

export type {
  AnyNode,
  Clause,
  Combinator,
  Comparison,
  ComparisonOperator,
  ComparisonValue,
  Condition,
  ConditionOperator,
  EngagedCompletionClause,
  EngagedTimeClause,
  EngagedViewsClause,
  ExpressionClause,
  FunctionCondition,
  FunctionName,
  Group,
  IdGenerator,
  InSegmentClause,
  JsonObject,
  JsonValue,
  MembershipClause,
  MembershipType,
  NodeId,
  OperatorCondition,
  PresenceCondition,
  Query,
  QueryNode,
  RawClause,
  RawReason,
  RawValue,
  RawWhere,
  TheLastWindow,
  ThisSessionWindow,
  TransitionClause,
  TransitionType,
  WhereCondition,
  WhereGroup,
  WhereNode,
  Window,
} from './query/ast';
export { createIdGenerator, defaultIdGenerator } from './query/ids';
export { hasErrors } from './query/issues';
export type { IssueCode, PathSegment, QueryIssue } from './query/issues';
export { jsonEqual } from './query/equal';
export {
  cloneWithNewIds,
  createComparison,
  createEmptyQuery,
  createEngagedCompletionClause,
  createEngagedTimeClause,
  createEngagedViewsClause,
  createExpressionClause,
  createGroup,
  createInSegmentClause,
  createMembershipClause,
  createRawClause,
  createRawWhere,
  createTheLastWindow,
  createTransitionClause,
  createWhereCondition,
  createWhereGroup,
} from './query/nodes';
export { createClause, NEW_CLAUSE_KINDS } from './query/newClause';
export type { NewClauseKind } from './query/newClause';
export { addNode, duplicateNode, moveNode, removeNode, replaceNode, unwrapGroup, updateNode, wrapInGroup } from './query/ops';
export { withField } from './query/fields';
export { countNodes, findNode, findParent, pathOf, walkQuery } from './query/walk';
export { validateQuery } from './query/validate';
export { describeNode, describeQuery } from './query/describe';
export type { DescribeOptions } from './query/describe-where';
export { defaultSummaryPhrasebook } from './query/phrasebook-en';
export { germanSummaryPhrasebook } from './query/phrasebook-de';
export type {
  SummaryPhrasebook,
  SummaryVoice,
  ConditionForm,
  SummaryPart,
  Amount,
  WindowUnit,
  EventParts,
  EngagedTimeParts,
  CompletionParts,
  PageViewsParts,
  TransitionParts,
  SegmentParts,
  ImportParts,
  ImportFieldParts,
  ItemFunctionParts,
  AggregateParts,
} from './query/phrasebook';
export {
  clauseKinds,
  comparisonOperators,
  conditionOperators,
  functionNames,
  isVerified,
  membershipTypes,
  presenceOperators,
  transitionTypes,
  windowUnits,
} from './query/vocabulary';
export type { Mark, VocabularyEntry } from './query/vocabulary';
export { parseClause, parseQuery, parseWhere } from './serialize/parse';
export type { ParseClauseResult, ParseOptions, ParseQueryResult, ParseWhereResult } from './serialize/parse';
export { serializeClause, serializeQuery, serializeWhere } from './serialize/serialize';
export { WireClause, WireQuery } from './schema/wire';
export { WireComparison, WireCondition, WireWhere, WireWindow } from './schema/where';
export { createCohortsClient } from './api/client';
export { CohortApiError, isCohortApiError } from './api/errors';
export type { CohortApiErrorKind, CohortApiOutcome } from './api/errors';
export { diffCohort, isEmptyPatch } from './api/patch';
export type { CohortDraft } from './api/patch';
export type {
  Cohort,
  CohortState,
  CohortSummary,
  CohortsClient,
  CohortsClientOptions,
  CreateCohortInput,
  ListCohortsOptions,
  RequestOptions,
  SegmentType,
  UpdateCohortPatch,
  RedirectPolicy,
} from './api/types';
