/** The one error type the Cohorts API client rejects with. */
import type { QueryIssue } from '../query/issues';

/**
 * What went wrong:
 * - `http`: the API answered with a non-2xx status (see `status`, `code`);
 * - `network`: no complete response (connection refused or dropped mid-body, DNS, CORS);
 * - `timeout`: no complete response within `timeoutMs`;
 * - `abort`: the caller's AbortSignal fired;
 * - `invalid-response`: a 2xx whose body is not JSON or not a cohort;
 * - `validation`: refused locally before sending (see `issues`); nothing reached the API.
 */
export type CohortApiErrorKind = 'http' | 'network' | 'timeout' | 'abort' | 'invalid-response' | 'validation';

/** The fields of a `CohortApiError`; every string must already be free of secrets. */
export interface CohortApiErrorInit {
  kind: CohortApiErrorKind;
  message: string;
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
  /** The request URL without the API key. */
  url?: string;
}

/** A failed Cohorts API call. Never carries the API key: not in its message, cause, URL or JSON. */
export class CohortApiError extends Error {
  // On the prototype, not an own field, so the stack V8 records in super() already says CohortApiError.
  static {
    this.prototype.name = 'CohortApiError';
  }
  readonly kind: CohortApiErrorKind;
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

  /** Makes an error from fields that have already been redacted. */
  constructor(init: CohortApiErrorInit) {
    super(init.message);
    this.kind = init.kind;
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
  }

  /** True when sending the same request again may succeed (network, timeout, 408, 429, 5xx). */
  get retryable(): boolean {
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
    };
  }
}

/** True for a `CohortApiError` (also across bundles, where `instanceof` fails). */
export function isCohortApiError(value: unknown): value is CohortApiError {
  return value instanceof CohortApiError || (value instanceof Error && value.name === 'CohortApiError' && 'kind' in value);
}
