/** The types of the Cohorts API client: cohorts as the library hands them out, and call options. */
import type { JsonObject } from '../query/ast';
import type { CohortState } from '../schema/cohort';

/** `"Enabled"` or `"Disabled"` (the schema's type, re-exported for the api surface). */
export type { CohortState } from '../schema/cohort';

/** How a cohort is evaluated: `"real_time"` (documented); other strings are kept as they come. */
export type SegmentType = 'real_time' | 'offline' | (string & {});

/** A cohort as listed by `GET /v2/cohorts`: every field but the query, in camelCase. */
export interface CohortSummary {
  /** The cohort's UUID. */
  id: string;
  /** The integer code that transition clauses use. */
  code?: number;
  name: string;
  description?: string;
  /** Empty when the API sends none. */
  tags: string[];
  /** `"Enabled"` or `"Disabled"`; other strings are kept as they come. */
  state?: CohortState | (string & {});
  workspaceId?: string;
  segmentType?: SegmentType;
  liveAudienceSize?: number;
  createdAt?: string;
  lastUpdatedAt?: string;
}

/** A full cohort: a summary plus its query (absent for lookalike cohorts). */
export interface Cohort extends CohortSummary {
  /** Cohort API JSON, exactly as the API sent it. */
  query?: JsonObject;
}

/** What `createCohort` takes; sent as snake_case. */
export interface CreateCohortInput {
  name: string;
  /** Cohort API JSON (the value the builder emits). */
  query: JsonObject;
  description?: string;
  tags?: readonly string[];
  segmentType?: SegmentType;
}

/** What `updateCohort` sends: a field left out stays unchanged; `description: null` deletes it. */
export interface UpdateCohortPatch {
  name?: string;
  description?: string | null;
  query?: JsonObject;
  tags?: readonly string[];
  state?: CohortState;
}

/** Options every client method takes. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with a `CohortApiError` of kind `'abort'`. */
  signal?: AbortSignal;
}

/** Options of `listCohorts`. */
export interface ListCohortsOptions extends RequestOptions {
  /** Also list the cohorts of child workspaces (`include-child-workspaces=true`). */
  includeChildWorkspaces?: boolean;
}

/** Extra request headers: fixed, or computed per request (for a CSRF token or a session). */
export type HeadersOption =
  | Record<string, string>
  | (() => Record<string, string> | Promise<Record<string, string>>);

/** Options of `createCohortsClient`. */
export interface CohortsClientOptions {
  /** `https://api.permutive.app/cohorts-api`, or the host's own proxy (absolute or relative URL, no query string). */
  baseUrl: string;
  /** The private API key; leave it out when a proxy adds it. Never appears in errors or logs. */
  apiKey?: string;
  /** Where the key goes: the `k` query parameter (default, as documented) or an `X-API-Key` header. */
  auth?: 'query' | 'header';
  /** The fetch to use; defaults to the global fetch, looked up at call time (so MSW can patch it). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Extra headers sent with every request. */
  headers?: HeadersOption;
  /** Gives up on a request (including reading its body) after this many ms; default 30 000; 0 = never. */
  timeoutMs?: number;
}

/** A client of the five Cohorts API endpoints. Every method rejects with a `CohortApiError` only. */
export interface CohortsClient {
  /** `POST /v2/cohorts`; validates the query first and sends nothing when it has errors. */
  createCohort(input: CreateCohortInput, options?: RequestOptions): Promise<Cohort>;
  /** `PATCH /v2/cohorts/{id}`; validates the query (when present) first. */
  updateCohort(id: string, patch: UpdateCohortPatch, options?: RequestOptions): Promise<Cohort>;
  /** `GET /v2/cohorts/{id}`. */
  getCohort(id: string, options?: RequestOptions): Promise<Cohort>;
  /** `GET /v2/cohorts`. */
  listCohorts(options?: ListCohortsOptions): Promise<CohortSummary[]>;
  /** `DELETE /v2/cohorts/{id}`; accepts 200 or 204. */
  deleteCohort(id: string, options?: RequestOptions): Promise<void>;
}
