/**
 * `createCohortsBackend`: an in-memory Cohorts API on plain requests and responses, so one
 * implementation serves node:http (server.ts) and MSW in the browser (msw.ts).
 */
import { byteLength, decodeBody, DEFAULT_MAX_BODY_BYTES, isJsonContentType } from './body';
import { codeFor, errorEnvelope, type BackendError } from './envelope';
import { createFaults } from './faults';
import { copyRecord, createUuids, fromSeed, LOCAL_API_KEY, LOCAL_WORKSPACE_ID, toWire } from './records';
import { allowedMethods, createRoutes, shortened, type Answer } from './routes';
import type { BackendRequest, BackendResponse, CohortsBackend, CohortsBackendOptions, EnvelopeSpelling, LoggedRequest, StoredCohort } from './types';

const SPELLINGS: readonly EnvelopeSpelling[] = ['v1', 'v2', 'camel'];
const WRITES = new Set(['POST', 'PATCH', 'DELETE', 'PUT']);
const WITH_BODY = new Set(['POST', 'PATCH']);
/** The default length of the request log. */
export const DEFAULT_MAX_LOGGED_REQUESTS = 1000;
// A 10 kB request target is legal; a thousand of them in the log need not be.
const LOGGED_PATH_LENGTH = 2000;
// The answer of last resort, when even spelling an envelope failed: fixed text cannot throw.
const LAST_RESORT: BackendResponse = {
  status: 500,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ request_id: 'req-0', error: { type: 'server', status_code: 500, status: 'Internal Server Error', code: 5000, message: 'The local Cohorts API failed unexpectedly.' } }),
};

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of 0 or more, not ${value}.`);
  return value;
}

function headerOf(headers: BackendRequest['headers'], name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found[0] : found;
}

function paramsOf(query: BackendRequest['query']): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, value);
  return params;
}

// Half of a JSON text is never JSON: the closing bracket is gone.
function garble(response: BackendResponse): BackendResponse {
  if (response.status === 204) return response;
  const body = response.body ?? '';
  return { ...response, body: body === '' ? '{' : body.slice(0, Math.max(1, Math.floor(body.length / 2))) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Makes an in-memory Cohorts API with the documented bodies, statuses, auth and error envelopes. */
export function createCohortsBackend(options: CohortsBackendOptions = {}): CohortsBackend {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const uuid = createUuids();
  const workspaceId = options.workspaceId ?? LOCAL_WORKSPACE_ID;
  const records = new Map<string, StoredCohort>();
  let nextCode = 1001;
  for (const seed of options.seed ?? []) {
    const record = fromSeed(seed, { id: uuid(), code: nextCode, workspaceId, now: now() });
    nextCode = Math.max(nextCode, record.code) + 1;
    records.set(record.id, record);
  }
  const readOnlyKeys = new Set(options.readOnlyKeys ?? []);
  const apiKeys = new Set([...(options.apiKeys ?? [LOCAL_API_KEY]), ...readOnlyKeys]);
  const faults = createFaults();
  const maxBodyBytes = positive(options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, 'maxBodyBytes');
  const maxLogged = positive(options.maxLoggedRequests, DEFAULT_MAX_LOGGED_REQUESTS, 'maxLoggedRequests');
  // A plain array, as callers read it (filter, at, length); trimmed from the front on arrival.
  const log: LoggedRequest[] = [];
  let envelope = options.envelope ?? 'v1';
  let rotation = 0;
  let served = 0;

  const answer: Answer = {
    json(status, body, requestId) {
      return { status, headers: { 'content-type': 'application/json', 'x-request-id': requestId }, body: JSON.stringify(body) };
    },
    empty(status, requestId) {
      return { status, headers: { 'x-request-id': requestId } };
    },
    fail(error: BackendError, requestId) {
      const spelling = envelope === 'rotate' ? (SPELLINGS[rotation++ % SPELLINGS.length] ?? 'v1') : envelope;
      return answer.json(error.status, errorEnvelope(spelling, requestId, error), requestId);
    },
  };
  const routes = createRoutes({
    records,
    answer,
    workspaceId,
    now,
    nextCohort: () => ({ id: uuid(), code: nextCode++ }),
    responseCase: options.responseCase ?? 'snake',
    deleteStatus: options.deleteStatus ?? 200,
    toWire,
    rejectQuery: options.rejectQuery,
  });

  // Auth comes before routing, as on the real API: without a key nothing is revealed.
  function authError(request: BackendRequest): BackendError | undefined {
    if (options.requireKey === false) return undefined;
    const key = paramsOf(request.query).get('k') ?? headerOf(request.headers, 'x-api-key');
    if (key === null || key === undefined || key === '') {
      return { status: 401, code: 2005, message: 'No API key: pass it as the k query parameter or an X-API-Key header.' };
    }
    // Never echo the key back: a real server's error would end up in logs.
    if (!apiKeys.has(key)) return { status: 401, code: 2000, message: 'The API key is not valid.' };
    if (readOnlyKeys.has(key) && WRITES.has(request.method.toUpperCase())) {
      return { status: 403, code: 2001, message: 'This API key may read cohorts but not change them.' };
    }
    return undefined;
  }

  // The order is the real API's: a body too large is refused before anything is read (a proxy
  // in front does that); then the key, so nothing is revealed without one; then the route, the
  // method, the content type and the body.
  function respond(request: BackendRequest, method: string, requestId: string): BackendResponse {
    const body = request.body ?? '';
    if (byteLength(body) > maxBodyBytes) {
      return answer.fail({ status: 413, code: 1002, message: `The request body is larger than ${maxBodyBytes} bytes.` }, requestId);
    }
    const denied = authError(request);
    if (denied) return answer.fail(denied, requestId);
    const allowed = allowedMethods(request.path);
    if (allowed === undefined) return answer.fail({ status: 404, code: 3000, message: `There is no ${method} ${shortened(request.path)}.` }, requestId);
    if (!allowed.includes(method)) {
      const refused = answer.fail({ status: 405, code: 3000, message: `${shortened(request.path)} does not take ${shortened(method, 20)}; it takes ${allowed.join(', ')}.` }, requestId);
      return { ...refused, headers: { ...refused.headers, allow: allowed.join(', ') } };
    }
    let text = '';
    if (WITH_BODY.has(method)) {
      if (!isJsonContentType(headerOf(request.headers, 'content-type'))) {
        return answer.fail({ status: 415, code: 1002, message: 'The request body must be JSON: send Content-Type: application/json.' }, requestId);
      }
      const decoded = decodeBody(body);
      if (decoded === undefined) return answer.fail({ status: 400, code: 1002, message: 'The request body is not UTF-8.' }, requestId);
      text = decoded;
    }
    return routes.route(method, request.path, paramsOf(request.query), text, requestId);
  }

  function logged(method: string, path: string): LoggedRequest {
    const entry: LoggedRequest = { method, path: path.length > LOGGED_PATH_LENGTH ? path.slice(0, LOGGED_PATH_LENGTH) : path, status: 0 };
    if (maxLogged > 0) {
      log.push(entry);
      if (log.length > maxLogged) log.splice(0, log.length - maxLogged);
    }
    return entry;
  }

  const failed = (requestId: string) => answer.fail({ status: 500, code: 5000, message: 'The local Cohorts API failed unexpectedly.' }, requestId);

  return {
    async handle(request) {
      const requestId = `req-${++served}`;
      let entry: LoggedRequest | undefined;
      // Nothing a request holds (a getter that throws, a rejectQuery that throws, a body of the
      // wrong type) leaves as an exception: it is a 500 in the envelope.
      try {
        const method = String(request.method).toUpperCase();
        entry = logged(method, String(request.path));
        const fault = faults.take();
        if (fault?.latencyMs) await sleep(fault.latencyMs);
        let response = fault?.status
          ? answer.fail({ status: fault.status, code: 5000, message: `The service failed (injected ${fault.status}).` }, requestId)
          : respond(request, method, requestId);
        if (fault?.malformedJson) response = garble(response);
        if (fault?.dropConnection) response = { ...response, drop: true };
        entry.status = response.status;
        return response;
      } catch {
        let response: BackendResponse;
        try {
          response = failed(requestId);
        } catch {
          response = LAST_RESORT;
        }
        if (entry) entry.status = response.status;
        return response;
      }
    },
    refuse(refusal) {
      const requestId = `req-${++served}`;
      try {
        const entry = logged(refusal.method, refusal.path);
        const response = answer.fail({ status: refusal.status, code: codeFor(refusal.status), message: refusal.message }, requestId);
        entry.status = response.status;
        return { ...response, headers: { ...response.headers, ...refusal.headers } };
      } catch {
        return LAST_RESORT;
      }
    },
    maxBodyBytes,
    faults: faults.control,
    get envelope() {
      return envelope;
    },
    set envelope(value) {
      envelope = value;
    },
    get requests() {
      return log;
    },
    cohorts: () => [...records.values()].map(copyRecord),
    clearLog() {
      log.length = 0;
    },
  };
}
