/** Types of the local Cohorts API: transport-free requests and responses, options, seeds, faults. */
import type { JsonObject } from '../query/ast';

/** A request as any transport (node:http, MSW) hands it over. */
export interface BackendRequest {
  method: string;
  /** The URL path; anything before `/v2/cohorts` (a proxy prefix) is ignored. */
  path: string;
  query?: URLSearchParams | Record<string, string | undefined>;
  /** Header names in any case. */
  headers?: Headers | Record<string, string | string[] | undefined>;
  /**
   * The body: text, or the bytes as received (decoded here as strict UTF-8; invalid UTF-8 gets 400).
   * Bodies over `maxBodyBytes` get 413 before anything else is looked at.
   */
  body?: string | Uint8Array;
}

/** A response for the transport to write. */
export interface BackendResponse {
  status: number;
  headers: Record<string, string>;
  /** The body text; absent for an empty body. */
  body?: string;
  /** Break the connection after the headers and part of the body (a dropped connection fault). */
  drop?: boolean;
}

/** The three spellings of the error envelope (see cohort-query-format.md), or each in turn. */
export type EnvelopeSpelling = 'v1' | 'v2' | 'camel';

/** A cohort to start with; fields left out get defaults. Lookalikes have no query and refuse update and delete. */
export interface SeedCohort {
  id?: string;
  code?: number;
  name: string;
  description?: string;
  query?: JsonObject;
  tags?: string[];
  state?: 'Enabled' | 'Disabled';
  segmentType?: string;
  /** A workspace other than the backend's own makes this a child-workspace cohort. */
  workspaceId?: string;
  liveAudienceSize?: number;
  createdAt?: string;
  lastUpdatedAt?: string;
  lookalike?: boolean;
}

/** A cohort as the backend holds it. */
export interface StoredCohort {
  id: string;
  code: number;
  name: string;
  description?: string;
  query?: JsonObject;
  tags: string[];
  state: 'Enabled' | 'Disabled';
  segmentType: string;
  workspaceId: string;
  liveAudienceSize: number;
  createdAt: string;
  lastUpdatedAt: string;
  lookalike: boolean;
}

/** Options of `createCohortsBackend`. */
export interface CohortsBackendOptions {
  /** Keys accepted (as `k` or `X-API-Key`); default `[LOCAL_API_KEY]`. */
  apiKeys?: string[];
  /** Keys that may read but not write: create, update and delete get 403 code 2001. */
  readOnlyKeys?: string[];
  /** `false` for proxy-like setups: no key is asked for. Default `true`. */
  requireKey?: boolean;
  /** The spelling of error envelopes; `'rotate'` cycles v1, v2, camel. Default `'v1'`. Settable later. */
  envelope?: EnvelopeSpelling | 'rotate';
  /** The spelling of cohort bodies; the OpenAPI document says camel, real traffic snake. Default `'snake'`. */
  responseCase?: 'snake' | 'camel';
  /** The status of a successful delete: 200 (documented) or 204 (also seen). Default 200. */
  deleteStatus?: 200 | 204;
  seed?: SeedCohort[];
  /** The backend's own workspace. */
  workspaceId?: string;
  /**
   * An extra rule of the server's own, run after the library's validation: return a sentence to
   * refuse the query with 400 / 1002 (the real API knows things the library cannot, such as the
   * workspace's event names).
   */
  rejectQuery?: (query: JsonObject) => string | undefined;
  /** The clock of `created_at` / `last_updated_at`. */
  now?: () => Date;
  /** The largest request body accepted, in bytes; larger ones get 413. Default 1 MiB (1,048,576). */
  maxBodyBytes?: number;
  /** How many requests `requests` keeps; the oldest are dropped first. Default 1000. */
  maxLoggedRequests?: number;
}

/**
 * A request a transport refused before the backend could read it (a request line that is not
 * HTTP, a body over the limit or too slow): what is known of it, and why.
 */
export interface Refusal {
  /** `''` when the request line could not be read. */
  method: string;
  /** `''` when the request line could not be read. */
  path: string;
  status: number;
  message: string;
  /** Extra response headers, such as `allow`. */
  headers?: Record<string, string>;
}

/**
 * A fault to inject. `status` answers with that error before anything else happens (nothing is
 * changed); `latencyMs` delays the real answer; `malformedJson` and `dropConnection` garble the
 * real answer after the request took effect (so a create may have happened: there is no
 * idempotency key). `times` limits how many requests it hits; absent = until cleared.
 */
export interface Fault {
  latencyMs?: number;
  status?: 500 | 502 | 503 | 504;
  malformedJson?: boolean;
  dropConnection?: boolean;
  times?: number;
}

/** Runtime control of faults. */
export interface FaultControl {
  /** Replaces the current fault. */
  set(fault: Fault): void;
  /** Removes the current fault. */
  clear(): void;
  /** The fault now in force, if any. */
  readonly current: Fault | undefined;
}

/**
 * One request the backend saw (logged on arrival; `status` is 0 until answered). The key is never
 * logged; a path longer than 2,000 characters is cut there. `method` and `path` are `''` for a
 * request whose request line could not be read.
 */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

/** An in-memory Cohorts API: the five endpoints, auth, validation, faults. */
export interface CohortsBackend {
  /** Answers one request. */
  handle(request: BackendRequest): Promise<BackendResponse>;
  readonly faults: FaultControl;
  /** The envelope spelling now in use; assignable at runtime. */
  envelope: EnvelopeSpelling | 'rotate';
  /** The latest requests (at most `maxLoggedRequests`), oldest first. */
  readonly requests: readonly LoggedRequest[];
  /** The largest body accepted, in bytes, so a transport can stop reading a larger one early. */
  readonly maxBodyBytes: number;
  /** Answers, in the error envelope, and logs a request that a transport refused itself. */
  refuse(refusal: Refusal): BackendResponse;
  /** Copies of the stored cohorts, oldest first. */
  cohorts(): StoredCohort[];
  /** Forgets logged requests (cohorts stay). */
  clearLog(): void;
}
