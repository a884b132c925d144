/**
 * The client's reading of the Cohorts API bodies: what it sends (create and update) and what it
 * receives (a cohort, a list of them). The same acceptance, data and problems as the zod schemas
 * of schema/cohort.ts, which the local API keeps using; test/api/wire.test.ts checks that they
 * agree. Responses take either spelling (snake_case and camelCase) and `null` optional fields.
 */
import type { CohortListResponse, CohortResponse, CohortState, CreateCohortBody, UpdateCohortBody } from '../schema/cohort';
import { isJsonObjectValue } from '../schema/json-object';
import { check, list, nullable, number, object, oneOf, problem, readAs, string, type Read, type Reader } from './reader';

// The query is checked, never rebuilt: a rebuilt object would lose a "__proto__" own key. Its
// structure is parseQuery's job (api/validate.ts).
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
const SUMMARY = {
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
const SUMMARY_REQUIRED = ['id', 'name'];

const cohort = object<CohortResponse>({ ...SUMMARY, query: nullable(queryObject()) }, SUMMARY_REQUIRED);
const cohortList = list(object<CohortListResponse[number]>(SUMMARY, SUMMARY_REQUIRED));
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

/** A full cohort as create, get and update return it (lookalike cohorts have no `query`). */
export const readCohortResponse = (value: unknown): Read<CohortResponse> => readAs(cohort, value);

/** The body of `GET /v2/cohorts`: cohort summaries. */
export const readCohortListResponse = (value: unknown): Read<CohortListResponse> => readAs(cohortList, value);

/** The body of `POST /v2/cohorts`, as sent (snake_case). */
export const readCreateCohortBody = (value: unknown): Read<CreateCohortBody> => readAs(createBody, value);

/** The body of `PATCH /v2/cohorts/{id}`: every field optional, `description: null` deletes it. */
export const readUpdateCohortBody = (value: unknown): Read<UpdateCohortBody> => readAs(updateBody, value);
