/**
 * The Cohorts API bodies: what the client sends (create and update) and what the API returns (a
 * cohort, a list of them), as types and as the readers that check them. The client reads with
 * these before a body leaves and when a response comes back; the local API (testing/routes.ts)
 * reads what it is sent with the same ones. The error envelope is read in api/envelope.ts.
 *
 * Responses are read leniently: the OpenAPI document spells fields in camelCase while every
 * example and real client uses snake_case, so both spellings are accepted here and the api layer
 * folds them into one camelCase type. Optional fields may also be `null`.
 *
 * Not zod (unlike the query's wire schemas, schema/wire.ts): every app that saves a cohort would
 * carry it, about 6 kB gz (README, Performance). test/schema/cohort.test.ts holds these readers to
 * zod schemas of the same bodies, written apart in test/, on thousands of near misses.
 */
import { isJsonObjectValue } from './json-object';
import { check, list, nullable, number, object, oneOf, problem, readAs, string, type Read, type Reader, type Shape } from './reader';

/** The states a cohort can be put in by an update. */
export type CohortState = 'Enabled' | 'Disabled';

/** A cohort summary as `GET /v2/cohorts` returns it (no `query`), in either spelling. */
export interface CohortSummaryResponse {
  id: string;
  code?: number | null | undefined;
  name: string;
  description?: string | null | undefined;
  tags?: string[] | null | undefined;
  state?: string | null | undefined;
  workspace_id?: string | null | undefined;
  workspaceId?: string | null | undefined;
  segment_type?: string | null | undefined;
  segmentType?: string | null | undefined;
  live_audience_size?: number | null | undefined;
  liveAudienceSize?: number | null | undefined;
  created_at?: string | null | undefined;
  createdAt?: string | null | undefined;
  last_updated_at?: string | null | undefined;
  lastUpdatedAt?: string | null | undefined;
}

/** A full cohort as create, get and update return it; lookalike cohorts have no `query`. */
export interface CohortResponse extends CohortSummaryResponse {
  query?: { [key: string]: unknown } | null | undefined;
}

/** The body of `GET /v2/cohorts`. */
export type CohortListResponse = CohortSummaryResponse[];

/** The body of `POST /v2/cohorts`, as sent (snake_case). */
export interface CreateCohortBody {
  name: string;
  query: { [key: string]: unknown };
  description?: string | undefined;
  tags?: string[] | undefined;
  segment_type?: string | undefined;
}

/** The body of `PATCH /v2/cohorts/{id}`: a field left out stays unchanged; `description: null` deletes it. */
export interface UpdateCohortBody {
  name?: string | undefined;
  description?: string | null | undefined;
  query?: { [key: string]: unknown } | undefined;
  tags?: string[] | undefined;
  state?: CohortState | undefined;
}

// The query is checked, never rebuilt: a rebuilt object would lose a "__proto__" own key, so the
// data comes back with the very query object that went in. Its structure is parseQuery's job,
// which the client (api/validate.ts) and the local API (testing/routes.ts) run on that object.
const queryObject = (message?: string) => check(isJsonObjectValue, message);

// A refinement, not a trim: the name is sent exactly as the person typed it.
const nonEmptyName: Reader<string> = (value, path, problems) => {
  if (typeof value !== 'string') problem(problems, path, 'name must be a string');
  else if (value.trim() === '') problem(problems, path, 'name must not be empty');
  return value as string;
};
const tags = list(string('every tag must be a string'), 'tags must be a list of strings');
const STATES: readonly CohortState[] = ['Enabled', 'Disabled'];

const maybeString = nullable(string());
const maybeNumber = nullable(number);
const SUMMARY: Shape<CohortSummaryResponse> = {
  id: string(),
  code: maybeNumber,
  name: string(),
  description: maybeString,
  tags: nullable(list(string())),
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
};

const cohort = object<CohortResponse>({ ...SUMMARY, query: nullable(queryObject()) }, ['id', 'name']);
const cohortList = list(object<CohortSummaryResponse>(SUMMARY, ['id', 'name']));
const createBody = object<CreateCohortBody>(
  {
    name: nonEmptyName,
    query: queryObject('query must be a JSON object'),
    description: string('description must be a string'),
    tags,
    segment_type: string('segment_type must be a string'),
  },
  ['name', 'query'],
);
const updateBody = object<UpdateCohortBody>({
  name: nonEmptyName,
  description: nullable(string('description must be a string or null')),
  query: queryObject('query must be a JSON object'),
  tags,
  state: oneOf(STATES, 'state must be "Enabled" or "Disabled"'),
});

/** Reads a full cohort as create, get and update return it (lookalike cohorts have no `query`). */
export const readCohortResponse = (value: unknown): Read<CohortResponse> => readAs(cohort, value);

/** Reads the body of `GET /v2/cohorts`: cohort summaries. */
export const readCohortListResponse = (value: unknown): Read<CohortListResponse> => readAs(cohortList, value);

/** Reads the body of `POST /v2/cohorts`, as sent (snake_case). */
export const readCreateCohortBody = (value: unknown): Read<CreateCohortBody> => readAs(createBody, value);

/** Reads the body of `PATCH /v2/cohorts/{id}`: every field optional, `description: null` deletes it. */
export const readUpdateCohortBody = (value: unknown): Read<UpdateCohortBody> => readAs(updateBody, value);
