/**
 * `createCohortsBackend`: an in-memory Cohorts API on plain requests and responses, so one
 * implementation serves node:http (server.ts) and MSW in the browser (msw.ts).
 */
import { createFaults } from './faults';
import { errorEnvelope, type BackendError } from './envelope';
import { copyRecord, createUuids, fromSeed, LOCAL_API_KEY, LOCAL_WORKSPACE_ID, toWire } from './records';
import { createRoutes, type Answer } from './routes';
import type { BackendRequest, BackendResponse, CohortsBackend, CohortsBackendOptions, EnvelopeSpelling, LoggedRequest, StoredCohort } from './types';

const SPELLINGS: readonly EnvelopeSpelling[] = ['v1', 'v2', 'camel'];
const WRITES = new Set(['POST', 'PATCH', 'DELETE', 'PUT']);

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

  function respond(request: BackendRequest, requestId: string): BackendResponse {
    const denied = authError(request);
    if (denied) return answer.fail(denied, requestId);
    try {
      return routes.route(request.method.toUpperCase(), request.path, paramsOf(request.query), request.body, requestId);
    } catch {
      return answer.fail({ status: 500, code: 5000, message: 'The local Cohorts API failed unexpectedly.' }, requestId);
    }
  }

  return {
    async handle(request) {
      const requestId = `req-${++served}`;
      const entry: LoggedRequest = { method: request.method.toUpperCase(), path: request.path, status: 0 };
      log.push(entry);
      const fault = faults.take();
      if (fault?.latencyMs) await sleep(fault.latencyMs);
      let response = fault?.status
        ? answer.fail({ status: fault.status, code: 5000, message: `The service failed (injected ${fault.status}).` }, requestId)
        : respond(request, requestId);
      if (fault?.malformedJson) response = garble(response);
      if (fault?.dropConnection) response = { ...response, drop: true };
      entry.status = response.status;
      return response;
    },
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
