/**
 * Zod schemas of a Cohort API query: groups and the four clause kinds (cohort-query-format.md).
 * Objects are loose where the parser keeps unknown keys in `extra` (clause bodies, expression
 * clauses, groups) and strict where it does not (a wrapper clause is exactly one key), so a value
 * that passes `WireQuery` parses without raw nodes, but for `WirePropertyClause`.
 *
 * Every exported schema hands back the value it was given (kept.ts): zod's rebuilt objects lose a
 * "__proto__" key, and a query must come back with every key. Inside, the plain shapes nest.
 */
import * as z from 'zod/mini';
import { kept } from './kept';
import { absent, shapes, WireComparison } from './where';

const { where, window: windowShape, whereCondition } = shapes;

const expressionClause = z.looseObject({
  event: z.string(),
  frequency: z.optional(WireComparison),
  where: z.optional(where),
  during: z.optional(windowShape),
  // With "and" or "or" beside it, the object is a group (see WireQuery), not an expression.
  and: absent,
  or: absent,
});
/** `{"event": "Pageview", "frequency": {...}, "where"?: ..., "during"?: ...}`. */
export const WireExpressionClause = kept(expressionClause);
/** An expression clause as sent on the wire. */
export type WireExpressionClause = z.infer<typeof WireExpressionClause>;

const engagedTimeClause = z.strictObject({
  engaged_time: z.looseObject({ seconds: z.optional(WireComparison), where: z.optional(where), during: z.optional(windowShape) }),
});
/** `{"engaged_time": {"seconds": {...}, "where"?: ..., "during"?: ...}}`. */
export const WireEngagedTimeClause = kept(engagedTimeClause);
/** An engaged-time clause as sent on the wire. */
export type WireEngagedTimeClause = z.infer<typeof WireEngagedTimeClause>;

const engagedCompletionClause = z.strictObject({
  engaged_completion: z.looseObject({ completion: z.optional(WireComparison), where: z.optional(where) }),
});
/** `{"engaged_completion": {"completion": {...}, "where"?: ...}}`; completion is a fraction 0..1. */
export const WireEngagedCompletionClause = kept(engagedCompletionClause);
/** An engaged-completion clause as sent on the wire. */
export type WireEngagedCompletionClause = z.infer<typeof WireEngagedCompletionClause>;

const engagedViewsClause = z.strictObject({
  engaged_views: z.looseObject({
    times: z.optional(WireComparison),
    engaged_time: z.optional(WireComparison),
    where: z.optional(where),
    during: z.optional(windowShape),
  }),
});
/** `{"engaged_views": {"times": {...}, "engaged_time": {...}, "where"?: ..., "during"?: ...}}` (S body). */
export const WireEngagedViewsClause = kept(engagedViewsClause);
/** An engaged-views clause as sent on the wire. */
export type WireEngagedViewsClause = z.infer<typeof WireEngagedViewsClause>;

/** The keys of transition clauses: `has_entered` (O) and its S relatives. */
export const WireTransitionType = z.enum(['has_entered', 'has_exited', 'has_not_entered', 'has_not_exited']);
/** A transition key. */
export type WireTransitionType = z.infer<typeof WireTransitionType>;

const transitionBody = z.looseObject({ segment: z.optional(z.number()), during: z.optional(windowShape) });
/** The body of a transition clause: `{"segment": 1234, "during"?: ...}` (segment is the integer cohort code). */
export const WireTransitionBody = kept(transitionBody);
/** A transition body as sent on the wire. */
export type WireTransitionBody = z.infer<typeof WireTransitionBody>;

const transitionClause = z.union([
  z.strictObject({ has_entered: transitionBody }),
  z.strictObject({ has_exited: transitionBody }),
  z.strictObject({ has_not_entered: transitionBody }),
  z.strictObject({ has_not_exited: transitionBody }),
]);
/** `{"has_entered": {...}}` and the other transition keys. */
export const WireTransitionClause = kept(transitionClause);
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

const membershipBody = z.looseObject({
  provider: z.optional(z.string()),
  segment: z.optional(z.union([z.string(), z.number()])),
  field_name: z.optional(z.string()),
  value: z.optional(z.string()),
});
/** `{"provider", "segment"}`, or for connections imports `{"provider"}` / `{"field_name", "value"}`. */
export const WireMembershipBody = kept(membershipBody);
/** A membership body as sent on the wire. */
export type WireMembershipBody = z.infer<typeof WireMembershipBody>;

const membershipClause = z.union([
  z.strictObject({ in_second_party_segment: membershipBody }),
  z.strictObject({ not_in_second_party_segment: membershipBody }),
  z.strictObject({ in_third_party_segment: membershipBody }),
  z.strictObject({ not_in_third_party_segment: membershipBody }),
  z.strictObject({ in_connections_import_segment: membershipBody }),
  z.strictObject({ not_in_connections_import_segment: membershipBody }),
]);
/** `{"in_second_party_segment": {...}}` and the other membership keys. */
export const WireMembershipClause = kept(membershipClause);
/** A membership clause as sent on the wire. */
export type WireMembershipClause = z.infer<typeof WireMembershipClause>;

const inSegmentClause = z.strictObject({ in_segment: z.union([z.string(), z.number()]) });
/** `{"in_segment": 42}`: membership of another cohort, by id or code (S). */
export const WireInSegmentClause = kept(inSegmentClause);
/** An in_segment clause as sent on the wire. */
export type WireInSegmentClause = z.infer<typeof WireInSegmentClause>;

/**
 * `{"property": "url", "condition": {...}}` standing as a clause (S: one third-party DSL emits it).
 * The AST has no node for it, so the parser keeps it raw, with a warning.
 */
export const WirePropertyClause = kept(whereCondition);
/** A property clause as sent on the wire. */
export type WirePropertyClause = z.infer<typeof WirePropertyClause>;

const clause = z.union([
  expressionClause,
  engagedTimeClause,
  engagedCompletionClause,
  engagedViewsClause,
  transitionClause,
  membershipClause,
  inSegmentClause,
  whereCondition,
]);
/** Any clause of the four kinds, or a property clause (S). */
export const WireClause = kept(clause);
/** A clause as sent on the wire. */
export type WireClause = z.infer<typeof WireClause>;

/** A query as sent on the wire (declared by hand: a recursive schema cannot infer its own type). */
export type WireQuery = WireClause | { and: WireQuery[]; [key: string]: unknown } | { or: WireQuery[]; [key: string]: unknown };

const query: z.ZodMiniType<WireQuery> = z.union([
  z.looseObject({
    get and() {
      return z.array(query);
    },
    or: absent,
  }),
  z.looseObject({
    get or() {
      return z.array(query);
    },
    and: absent,
  }),
  clause,
]);
/** A query: one clause, or `{"and": [...]}` / `{"or": [...]}` of queries. */
export const WireQuery = kept(query);
