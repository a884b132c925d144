/**
 * The Cohorts API bodies as zod schemas: the oracle that test/schema/cohort.test.ts holds the
 * library's hand-written readers (src/schema/cohort.ts) to. Written apart from them, in zod's own
 * terms, so a slip in either shows as a disagreement. zod/mini, as the library's wire schemas use.
 */
import * as z from 'zod/mini';
import { isJsonObjectValue } from '../../../src/schema/json-object';

// The query is checked, never rebuilt: zod's rebuilt objects lose a "__proto__" own key, so the
// data comes back with the very query object that went in.
const queryObject = (message?: string) => z.custom<{ [key: string]: unknown }>(isJsonObjectValue, message);

const maybeString = z.optional(z.nullable(z.string()));
const maybeNumber = z.optional(z.nullable(z.number()));
// A refinement, not a trim: the name is sent exactly as the person typed it.
const NonEmptyName = z.string('name must be a string').check(z.refine((name) => name.trim() !== '', 'name must not be empty'));
const Tags = z.array(z.string('every tag must be a string'), 'tags must be a list of strings');

/** The states a cohort can be put in by an update. */
export const CohortState = z.enum(['Enabled', 'Disabled'], 'state must be "Enabled" or "Disabled"');
/** `"Enabled"` or `"Disabled"`. */
export type CohortState = z.infer<typeof CohortState>;

/** A cohort summary as `GET /v2/cohorts` returns it (no `query`), in either spelling. */
export const CohortSummaryResponse = z.object({
  id: z.string(),
  code: maybeNumber,
  name: z.string(),
  description: maybeString,
  tags: z.optional(z.nullable(z.array(z.string()))),
  state: maybeString,
  workspace_id: maybeString,
  workspaceId: maybeString,
  segment_type: maybeString,
  segmentType: maybeString,
  live_audience_size: maybeNumber,
  liveAudienceSize: maybeNumber,
  created_at: maybeString,
  createdAt: maybeString,
  last_updated_at: maybeString,
  lastUpdatedAt: maybeString,
});
/** A cohort summary as received, before normalisation. */
export type CohortSummaryResponse = z.infer<typeof CohortSummaryResponse>;

/** A full cohort as create, get and update return it; lookalike cohorts have no `query`. */
export const CohortResponse = z.extend(CohortSummaryResponse, { query: z.optional(z.nullable(queryObject())) });
/** A full cohort as received, before normalisation. */
export type CohortResponse = z.infer<typeof CohortResponse>;

/** The body of `GET /v2/cohorts`. */
export const CohortListResponse = z.array(CohortSummaryResponse);
/** A cohort list as received. */
export type CohortListResponse = z.infer<typeof CohortListResponse>;

/** The body of `POST /v2/cohorts`, as sent (snake_case). */
export const CreateCohortBody = z.object({
  name: NonEmptyName,
  query: queryObject('query must be a JSON object'),
  description: z.optional(z.string('description must be a string')),
  tags: z.optional(Tags),
  segment_type: z.optional(z.string('segment_type must be a string')),
});
/** A create body on the wire. */
export type CreateCohortBody = z.infer<typeof CreateCohortBody>;

/** The body of `PATCH /v2/cohorts/{id}`: a field left out stays unchanged; `description: null` deletes it. */
export const UpdateCohortBody = z.object({
  name: z.optional(NonEmptyName),
  description: z.optional(z.nullable(z.string('description must be a string or null'))),
  query: z.optional(queryObject('query must be a JSON object')),
  tags: z.optional(Tags),
  state: z.optional(CohortState),
});
/** An update body on the wire. */
export type UpdateCohortBody = z.infer<typeof UpdateCohortBody>;

/** What reading a value with a schema gives: the data, or one sentence per problem. */
export type SchemaRead<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/**
 * Reads `value` with `schema`, never throwing. Problems are the schema's own sentences where it
 * has them; zod/mini has no message locale, so its bare "Invalid input" is replaced by the path.
 */
export function readWith<S extends z.ZodMiniType>(schema: S, value: unknown): SchemaRead<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues.map((issue) =>
    issue.message === 'Invalid input' ? `${issue.path.join('.') || 'the body'} is not valid` : issue.message,
  );
  return { ok: false, problems };
}
