/**
 * Zod schemas of a Cohort API query: groups and the four clause kinds (cohort-query-format.md).
 * Objects are loose where the parser keeps unknown keys in `extra` (clause bodies, expression
 * clauses, groups) and strict where it does not (a wrapper clause is exactly one key), so a value
 * that passes `WireQuery` parses without raw nodes, but for `WirePropertyClause`.
 */
import * as z from 'zod/mini';
import { absent, WireComparison, WireWhere, WireWhereCondition, WireWindow } from './where';

/** `{"event": "Pageview", "frequency": {...}, "where"?: ..., "during"?: ...}`. */
export const WireExpressionClause = z.looseObject({
  event: z.string(),
  frequency: z.optional(WireComparison),
  where: z.optional(WireWhere),
  during: z.optional(WireWindow),
  // With "and" or "or" beside it, the object is a group (see WireQuery), not an expression.
  and: absent,
  or: absent,
});
/** An expression clause as sent on the wire. */
export type WireExpressionClause = z.infer<typeof WireExpressionClause>;

/** `{"engaged_time": {"seconds": {...}, "where"?: ..., "during"?: ...}}`. */
export const WireEngagedTimeClause = z.strictObject({
  engaged_time: z.looseObject({ seconds: z.optional(WireComparison), where: z.optional(WireWhere), during: z.optional(WireWindow) }),
});
/** An engaged-time clause as sent on the wire. */
export type WireEngagedTimeClause = z.infer<typeof WireEngagedTimeClause>;

/** `{"engaged_completion": {"completion": {...}, "where"?: ...}}`; completion is a fraction 0..1. */
export const WireEngagedCompletionClause = z.strictObject({
  engaged_completion: z.looseObject({ completion: z.optional(WireComparison), where: z.optional(WireWhere) }),
});
/** An engaged-completion clause as sent on the wire. */
export type WireEngagedCompletionClause = z.infer<typeof WireEngagedCompletionClause>;

/** `{"engaged_views": {"times": {...}, "engaged_time": {...}, "where"?: ..., "during"?: ...}}` (S body). */
export const WireEngagedViewsClause = z.strictObject({
  engaged_views: z.looseObject({
    times: z.optional(WireComparison),
    engaged_time: z.optional(WireComparison),
    where: z.optional(WireWhere),
    during: z.optional(WireWindow),
  }),
});
/** An engaged-views clause as sent on the wire. */
export type WireEngagedViewsClause = z.infer<typeof WireEngagedViewsClause>;

/** The keys of transition clauses: `has_entered` (O) and its S relatives. */
export const WireTransitionType = z.enum(['has_entered', 'has_exited', 'has_not_entered', 'has_not_exited']);
/** A transition key. */
export type WireTransitionType = z.infer<typeof WireTransitionType>;

/** The body of a transition clause: `{"segment": 1234, "during"?: ...}` (segment is the integer cohort code). */
export const WireTransitionBody = z.looseObject({ segment: z.optional(z.number()), during: z.optional(WireWindow) });
/** A transition body as sent on the wire. */
export type WireTransitionBody = z.infer<typeof WireTransitionBody>;

/** `{"has_entered": {...}}` and the other transition keys. */
export const WireTransitionClause = z.union([
  z.strictObject({ has_entered: WireTransitionBody }),
  z.strictObject({ has_exited: WireTransitionBody }),
  z.strictObject({ has_not_entered: WireTransitionBody }),
  z.strictObject({ has_not_exited: WireTransitionBody }),
]);
/** A transition clause as sent on the wire. */
export type WireTransitionClause = z.infer<typeof WireTransitionClause>;

/** The keys of cohort-membership clauses with a body. */
export const WireMembershipType = z.enum([
  'in_second_party_segment',
  'not_in_second_party_segment',
  'in_third_party_segment',
  'not_in_third_party_segment',
  'in_connections_import_segment',
  'not_in_connections_import_segment',
]);
/** A membership key. */
export type WireMembershipType = z.infer<typeof WireMembershipType>;

/** `{"provider", "segment"}`, or for connections imports `{"provider"}` / `{"field_name", "value"}`. */
export const WireMembershipBody = z.looseObject({
  provider: z.optional(z.string()),
  segment: z.optional(z.union([z.string(), z.number()])),
  field_name: z.optional(z.string()),
  value: z.optional(z.string()),
});
/** A membership body as sent on the wire. */
export type WireMembershipBody = z.infer<typeof WireMembershipBody>;

/** `{"in_second_party_segment": {...}}` and the other membership keys. */
export const WireMembershipClause = z.union([
  z.strictObject({ in_second_party_segment: WireMembershipBody }),
  z.strictObject({ not_in_second_party_segment: WireMembershipBody }),
  z.strictObject({ in_third_party_segment: WireMembershipBody }),
  z.strictObject({ not_in_third_party_segment: WireMembershipBody }),
  z.strictObject({ in_connections_import_segment: WireMembershipBody }),
  z.strictObject({ not_in_connections_import_segment: WireMembershipBody }),
]);
/** A membership clause as sent on the wire. */
export type WireMembershipClause = z.infer<typeof WireMembershipClause>;

/** `{"in_segment": 42}`: membership of another cohort, by id or code (S). */
export const WireInSegmentClause = z.strictObject({ in_segment: z.union([z.string(), z.number()]) });
/** An in_segment clause as sent on the wire. */
export type WireInSegmentClause = z.infer<typeof WireInSegmentClause>;

/**
 * `{"property": "url", "condition": {...}}` standing as a clause (S: one third-party DSL emits it).
 * The AST has no node for it, so the parser keeps it raw, with a warning.
 */
export const WirePropertyClause = WireWhereCondition;
/** A property clause as sent on the wire. */
export type WirePropertyClause = z.infer<typeof WirePropertyClause>;

/** Any clause of the four kinds, or a property clause (S). */
export const WireClause = z.union([
  WireExpressionClause,
  WireEngagedTimeClause,
  WireEngagedCompletionClause,
  WireEngagedViewsClause,
  WireTransitionClause,
  WireMembershipClause,
  WireInSegmentClause,
  WirePropertyClause,
]);
/** A clause as sent on the wire. */
export type WireClause = z.infer<typeof WireClause>;

/** A query as sent on the wire (declared by hand: a recursive schema cannot infer its own type). */
export type WireQuery = WireClause | { and: WireQuery[]; [key: string]: unknown } | { or: WireQuery[]; [key: string]: unknown };

/** A query: one clause, or `{"and": [...]}` / `{"or": [...]}` of queries. */
export const WireQuery: z.ZodMiniType<WireQuery> = z.union([
  z.looseObject({
    get and() {
      return z.array(WireQuery);
    },
    or: absent,
  }),
  z.looseObject({
    get or() {
      return z.array(WireQuery);
    },
    and: absent,
  }),
  WireClause,
]);
