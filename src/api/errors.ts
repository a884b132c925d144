/** The one error type the Cohorts API client rejects with. */
import type { QueryIssue } from '../query/issues';

/**
 * What went wrong (the `outcome` each kind has is in brackets; see `CohortApiOutcome`):
 * - `http`: the API answered with a non-2xx status (see `status`, `code`) [`not-applied`, except
 *   500, 502, 504 and other 5xx but 503: `unknown`, since a server or gateway may fail after acting];
 * - `network`: no complete response (connection refused or dropped mid-body, DNS, CORS)
 *   [`not-applied` when the connection was never made (refused, DNS), `unknown` when the request
 *   may have left, by the status when the drop came after a status arrived];
 * - `timeout`: no complete response within `timeoutMs` [`not-applied` while headers were still
 *   being computed, `unknown` while waiting for an answer, by the status while reading a body];
 * - `abort`: the caller's AbortSignal fired [as `timeout`];
 * - `invalid-response`: a 2xx whose body is not JSON or not a cohort, e.g. a 201 with an empty
 *   body [`applied`: the API did it, but what it made is unknown];
 * - `too-large`: a 2xx whose body is over `maxResponseBytes` [`applied`];
 * - `redirect`: a redirect the `redirects` option does not follow: to another origin, more than
 *   five, any redirect with `redirects: 'error'`, or one a browser hides (`opaqueredirect`)
 *   [`not-applied` for 301, 302, 307, 308 (they say "ask elsewhere"), `unknown` for a 303 (the
 *   answer to a request that was handled) and for a redirect whose status is hidden];
 * - `validation`: refused locally before sending (see `issues`); nothing reached the API [`not-applied`].
 */
export type CohortApiErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'abort'
  | 'invalid-response'
  | 'too-large'
  | 'redirect'
  | 'validation';

/**
 * Whether the failed request took effect on the server, which decides whether sending it again
 * can make a duplicate:
 * - `not-applied`: it did not (refused locally, never sent, or refused by the API with a status);
 * - `unknown`: it may have (it left, and no status that settles it came back: timeout, abort or
 *   dropped connection while waiting, a gateway's 502/504);
 * - `applied`: it did (a 2xx status arrived) but its answer is unusable (empty, malformed, too
 *   large, cut off): a create made a cohort whose id the client does not know.
 * A request that was redirected from POST to GET (303, or 301/302 of a POST) may have been handled
 * before the redirect, so its failures are never `not-applied`.
 */
export type CohortApiOutcome = 'not-applied' | 'unknown' | 'applied';

/** The fields of a `CohortApiError`; every string must already be free of secrets. */
export interface CohortApiErrorInit {
  kind: CohortApiErrorKind;
  message: string;
  /** Whether the request took effect; derived from `kind` and `status` when left out. */
  outcome?: CohortApiOutcome;
  /** HTTP status: the envelope's numeric status, else the response's. */
  status?: number;
  /** The envelope's status text (`"Bad Request"`), else the response's. */
  statusText?: string;
  /** The API's error code (1002 bad body, 2000 invalid key, 3000 not found, ...). */
  code?: number;
  /** The envelope's `type`, when it has one. */
  type?: string;
  requestId?: string;
  /** The envelope's `cause` string, or the (sanitised) underlying error. */
  cause?: unknown;
  docs?: string;
  /** Query issues that blocked a request (kind `validation`). */
  issues?: readonly QueryIssue[];
  method?: string;
  /** The request URL without the API key or URL credentials. */
  url?: string;
  /** Seconds to wait before retrying, from a `Retry-After` header (429, 503). */
  retryAfter?: number;
}

/** The outcome a status settles: 2xx applied; 4xx and 503 refused; other 5xx (a gateway's 502/504) unknown. */
export function outcomeOfStatus(status: number): CohortApiOutcome {
  if (status >= 200 && status < 300) return 'applied';
  if (status >= 500 && status !== 503) return 'unknown';
  // 1xx/3xx never end a call with their own status; 4xx and 503 say the request was not handled.
  return 'not-applied';
}

function defaultOutcome(kind: CohortApiErrorKind, status: number | undefined): CohortApiOutcome {
  if (kind === 'validation') return 'not-applied';
  if (kind === 'invalid-response' || kind === 'too-large') return 'applied';
  if (kind === 'http' && status !== undefined) return outcomeOfStatus(status);
  return 'unknown';
}

/** A failed Cohorts API call. Never carries the API key: not in its message, cause, URL or JSON. */
export class CohortApiError extends Error {
  // On the prototype, not an own field, so the stack V8 records in super() already says CohortApiError.
  static {
    this.prototype.name = 'CohortApiError';
  }
  readonly kind: CohortApiErrorKind;
  /** Whether the request took effect on the server (see `CohortApiOutcome`). */
  readonly outcome: CohortApiOutcome;
  readonly status?: number;
  readonly statusText?: string;
  readonly code?: number;
  readonly type?: string;
  readonly requestId?: string;
  override readonly cause?: unknown;
  readonly docs?: string;
  readonly issues?: readonly QueryIssue[];
  readonly method?: string;
  readonly url?: string;
  /** Seconds the server asked to wait before a retry (`Retry-After` of a 429 or 503, in seconds or as a date). */
  readonly retryAfter?: number;

  /** Makes an error from fields that have already been redacted. */
  constructor(init: CohortApiErrorInit) {
    super(init.message);
    this.kind = init.kind;
    this.outcome = init.outcome ?? defaultOutcome(init.kind, init.status);
    this.status = init.status;
    this.statusText = init.statusText;
    this.code = init.code;
    this.type = init.type;
    this.requestId = init.requestId;
    this.cause = init.cause;
    this.docs = init.docs;
    this.issues = init.issues;
    this.method = init.method;
    this.url = init.url;
    this.retryAfter = init.retryAfter;
  }

  /**
   * True when sending the same request again may succeed (network, timeout, 408, 429, 5xx), unless
   * a write already took effect. It says nothing about duplicates: check `outcome` before re-sending
   * a create whose outcome is `unknown`.
   */
  get retryable(): boolean {
    if (this.outcome === 'applied' && this.method !== 'GET') return false;
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    const status = this.status ?? 0;
    return this.kind === 'http' && (status === 408 || status === 429 || status >= 500);
  }

  /** The safe fields, for logs and `JSON.stringify`; an Error cause is reduced to its name and message. */
  toJSON(): Record<string, unknown> {
    const cause = this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause;
    return {
      name: this.name,
      kind: this.kind,
      outcome: this.outcome,
      message: this.message,
      status: this.status,
      statusText: this.statusText,
      code: this.code,
      type: this.type,
      requestId: this.requestId,
      cause: typeof cause === 'string' || typeof cause === 'object' ? cause : undefined,
      docs: this.docs,
      issues: this.issues,
      method: this.method,
      url: this.url,
      retryAfter: this.retryAfter,
    };
  }
}

/** True for a `CohortApiError` (also across bundles, where `instanceof` fails). */
export function isCohortApiError(value: unknown): value is CohortApiError {
  return value instanceof CohortApiError || (value instanceof Error && value.name === 'CohortApiError' && 'kind' in value);
}
