/** Turns complete responses into cohorts or errors: status checks, JSON, body readers, spelling. */
import type { JsonObject } from '../query/ast';
import { readCohortListResponse, readCohortResponse, type CohortResponse, type CohortSummaryResponse } from '../schema/cohort';
import type { Read } from '../schema/reader';
import { readErrorEnvelope } from './envelope';
import { CohortApiError } from './errors';
import { outcomeAfter, type ApiResponse, type RequestContext } from './request';
import type { Cohort, CohortSummary } from './types';

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid'];

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

// An HTTP-date in the obsolete asctime form has no zone: it is GMT.
const ASCTIME = /^[A-Za-z]{3} [A-Za-z]{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * Seconds to wait from a `Retry-After` header: delay-seconds (`120`) or an HTTP-date
 * (`Wed, 21 Oct 2015 07:28:00 GMT`, also the RFC 850 and asctime forms), counted from `now`;
 * a date in the past is 0. Anything else is undefined.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text);
  if (!/GMT$/.test(text) && !ASCTIME.test(text)) return undefined;
  const at = Date.parse(ASCTIME.test(text) ? `${text} GMT` : text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The error for a non-2xx response, with whatever its envelope (if any) says. */
export function httpError(response: ApiResponse, context: RequestContext): CohortApiError {
  const { redact } = context;
  const json = parseJson(response.text);
  const fields = json.ok ? readErrorEnvelope(json.value) : {};
  const headerId = REQUEST_ID_HEADERS.map((name) => response.headers.get(name)).find((value) => value);
  const statusText = fields.statusText ?? (response.statusText || undefined);
  const fallback = `${context.what} failed with HTTP ${response.status}${statusText ? ` ${statusText}` : ''}.`;
  const safe = (text: string | undefined) => (text === undefined ? undefined : redact(text));
  return new CohortApiError({
    kind: 'http',
    // The exchange's own status wins: a proxy may wrap an envelope whose status is stale.
    status: response.status,
    statusText: safe(statusText),
    code: fields.code,
    type: safe(fields.type),
    message: redact(fields.message ?? fallback),
    requestId: safe(fields.requestId ?? headerId ?? undefined),
    cause: safe(fields.cause),
    docs: safe(fields.docs),
    method: context.method,
    url: context.url,
    outcome: outcomeAfter(response.status, context),
    retryAfter: response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined,
  });
}

function invalidResponse(response: ApiResponse, context: RequestContext, why: string, cause?: string): CohortApiError {
  return new CohortApiError({
    cause,
    kind: 'invalid-response',
    status: response.status,
    // A 2xx means the API did it: a 201 with an empty or broken body made a cohort whose id is unknown.
    outcome: 'applied',
    message: `${context.what} answered HTTP ${response.status}${context.method === 'GET' ? '' : ', so the change was made,'} with a body that is not ${why}${response.text.trim() === '' ? ' (it is empty)' : ''}.`,
    method: context.method,
    url: context.url,
    requestId: context.redact(response.headers.get('x-request-id') ?? '') || undefined,
  });
}

/** Parses and validates a 2xx body; an unreadable one becomes an `invalid-response` error. */
export function readBody<T>(
  response: ApiResponse,
  context: RequestContext,
  read: (value: unknown) => Read<T>,
  what: string,
): T {
  const json = parseJson(response.text);
  if (!json.ok) throw invalidResponse(response, context, 'JSON');
  const result = read(json.value);
  // The problems name fields and expected types, never the values received.
  if (!result.ok) throw invalidResponse(response, context, what, context.redact(result.problems.join('; ')));
  return result.data;
}

function first<T>(...values: (T | null | undefined)[]): T | undefined {
  return values.find((value) => value !== null && value !== undefined) ?? undefined;
}

/** One camelCase summary from either spelling; `null`s become absent fields. */
export function toCohortSummary(raw: CohortSummaryResponse): CohortSummary {
  const summary: CohortSummary = {
    id: raw.id,
    code: first(raw.code),
    name: raw.name,
    description: first(raw.description),
    tags: raw.tags ?? [],
    state: first(raw.state),
    workspaceId: first(raw.workspace_id, raw.workspaceId),
    segmentType: first(raw.segment_type, raw.segmentType),
    liveAudienceSize: first(raw.live_audience_size, raw.liveAudienceSize),
    createdAt: first(raw.created_at, raw.createdAt),
    lastUpdatedAt: first(raw.last_updated_at, raw.lastUpdatedAt),
  };
  return Object.fromEntries(Object.entries(summary).filter(([, value]) => value !== undefined)) as unknown as CohortSummary;
}

/** One camelCase cohort from either spelling. */
export function toCohort(raw: CohortResponse): Cohort {
  const cohort: Cohort = toCohortSummary(raw);
  // JSON.parse made it, so every value in it is JSON.
  if (raw.query) cohort.query = raw.query as JsonObject;
  return cohort;
}

/** Reads a full cohort body. */
export function readCohort(response: ApiResponse, context: RequestContext): Cohort {
  return toCohort(readBody(response, context, readCohortResponse, 'a cohort'));
}

/** Reads a list of cohort summaries. */
export function readCohortList(response: ApiResponse, context: RequestContext): CohortSummary[] {
  return readBody(response, context, readCohortListResponse, 'a list of cohorts').map(toCohortSummary);
}
