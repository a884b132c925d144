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
  /** Aborts the call in any phase; it then rejects with a `CohortApiError` of kind `'abort'`. */
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

/**
 * What the client does with a redirect (fetch is always called with `redirect: 'manual'`):
 * - `'same-origin'` (default): follows redirects within the base URL's origin, with the key (at
 *   most five); a redirect to any other origin fails with a `redirect` error and sends nothing there;
 * - `'follow-without-key'`: as `'same-origin'`, but follows a redirect to another origin without
 *   the key: no `X-API-Key`, no `k` parameter (removed from the Location), none of `headers`; a
 *   Location that still carries the key fails; once the call has left the origin it never gets the key back;
 * - `'error'`: follows no redirect at all.
 * In a browser, fetch hides where a redirect leads (an `opaqueredirect` response), so any redirect
 * fails with a `redirect` error that says so: point `baseUrl` at the final address.
 */
export type RedirectPolicy = 'same-origin' | 'follow-without-key' | 'error';

/** Options of `createCohortsClient`. */
export interface CohortsClientOptions {
  /** `https://api.permutive.app/cohorts-api`, or the host's own proxy (absolute or relative URL, no query string). */
  baseUrl: string;
  /** The private API key; leave it out when a proxy adds it. Never appears in errors or logs. */
  apiKey?: string;
  /** Where the key goes: the `k` query parameter (default, as documented) or an `X-API-Key` header. */
  auth?: 'query' | 'header';
  /**
   * The fetch to use; defaults to the global fetch, looked up at call time (so MSW can patch it).
   * It is called with `redirect: 'manual'` and must honour it: a response that says it was
   * redirected (`response.redirected`) fails the call, since the key may have gone with it.
   */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Extra headers sent with every request. */
  headers?: HeadersOption;
  /**
   * Gives up on a call after this many ms: computing `headers`, every request and redirect, and
   * reading the body, even with a `fetch` or `headers` that ignores the signal; default 30 000; 0 = never.
   */
  timeoutMs?: number;
  /** Which redirects are followed, and whether the key goes with them; default `'same-origin'` (see `RedirectPolicy`). */
  redirects?: RedirectPolicy;
  /**
   * The largest response body read, in bytes; default 4 MiB; 0 = no limit. A larger 2xx body ends
   * in a `too-large` error (checked against `content-length` first, then counted as it streams);
   * of a larger error body only the first bytes are read.
   */
  maxResponseBytes?: number;
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
