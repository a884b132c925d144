import { createCohortsClient } from '../../src/api/client';
import { CohortApiError } from '../../src/api/errors';
import type { CohortsClient } from '../../src/api/types';
import { createCohortsBackend } from '../../src/testing/backend';
import { SAMPLE_CHILD_WORKSPACE_ID, SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import type { CohortsBackend, CohortsBackendOptions } from '../../src/testing/types';

// Over real HTTP on 127.0.0.1: the local API, node:http, the global fetch. Nothing is mocked.
const KEY = 'pk/Cohorts+Secret=42';
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
const INVALID_QUERY = { event: 'Pageview', frequency: {} };

let api: LocalCohortsApi;
let backend: CohortsBackend;
let client: CohortsClient;

async function serve(options: CohortsBackendOptions = {}) {
  await api?.close();
  backend = createCohortsBackend({ apiKeys: [KEY], readOnlyKeys: ['read-only-key'], seed: sampleCohorts(), ...options });
  api = await startLocalCohortsApi({ backend });
  client = createCohortsClient({ baseUrl: api.url, apiKey: KEY });
}

async function failure(promise: Promise<unknown>): Promise<CohortApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CohortApiError);
  return error as CohortApiError;
}

beforeEach(() => serve());
afterEach(() => api.close());

describe('the five endpoints', () => {
  it('lists summaries (200) in camelCase without queries; child workspaces only when asked', async () => {
    const own = await client.listCohorts();
    expect(own.map((cohort) => cohort.id)).toEqual([SAMPLE_IDS.football, SAMPLE_IDS.lookalike]);
    expect(own[0]).toMatchObject({ code: 1001, name: 'Football fans', tags: ['sport'], segmentType: 'real_time', liveAudienceSize: 12500, state: 'Enabled' });
    expect(own[0]).not.toHaveProperty('query');
    const all = await client.listCohorts({ includeChildWorkspaces: true });
    expect(all.find((cohort) => cohort.id === SAMPLE_IDS.child)?.workspaceId).toBe(SAMPLE_CHILD_WORKSPACE_ID);
  });

  it('creates (201) from camelCase input sent as snake_case, and returns the full cohort', async () => {
    const created = await client.createCohort({ name: 'Readers', query: QUERY, description: 'Any page', tags: ['a'], segmentType: 'offline' });
    expect(created).toMatchObject({ name: 'Readers', query: QUERY, description: 'Any page', tags: ['a'], segmentType: 'offline', state: 'Enabled' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof created.code).toBe('number');
    expect(backend.requests.at(-1)).toEqual({ method: 'POST', path: '/v2/cohorts', status: 201 });
    expect(backend.cohorts().find((cohort) => cohort.id === created.id)?.segmentType).toBe('offline');
  });

  it('gets one cohort (200) in full; a lookalike has no query', async () => {
    const cohort = await client.getCohort(SAMPLE_IDS.football);
    expect(cohort.query).toEqual(sampleCohorts()[0]?.query);
    expect(cohort.createdAt).toBe('2024-01-15T09:30:00.000Z');
    const lookalike = await client.getCohort(SAMPLE_IDS.lookalike);
    expect(lookalike.query).toBeUndefined();
  });

  it('updates (200): left-out fields stay, description null deletes it', async () => {
    const updated = await client.updateCohort(SAMPLE_IDS.football, { name: 'Footie', description: null, state: 'Disabled' });
    expect(updated).toMatchObject({ name: 'Footie', state: 'Disabled', tags: ['sport'], query: sampleCohorts()[0]?.query });
    expect(updated).not.toHaveProperty('description');
  });

  it('deletes (200), after which the cohort is gone (404)', async () => {
    await expect(client.deleteCohort(SAMPLE_IDS.football)).resolves.toBeUndefined();
    expect(backend.requests.at(-1)?.status).toBe(200);
    expect((await failure(client.getCohort(SAMPLE_IDS.football))).status).toBe(404);
  });

  it('accepts a delete answered 204', async () => {
    await serve({ deleteStatus: 204 });
    await expect(client.deleteCohort(SAMPLE_IDS.football)).resolves.toBeUndefined();
    expect(backend.requests.at(-1)?.status).toBe(204);
  });

  it('reads camelCase responses into the same cohorts as snake_case ones', async () => {
    const snake = [await client.getCohort(SAMPLE_IDS.football), await client.listCohorts()];
    await serve({ responseCase: 'camel' });
    const camel = [await client.getCohort(SAMPLE_IDS.football), await client.listCohorts()];
    expect(camel).toEqual(snake);
  });
});

describe('auth and base URL', () => {
  it('sends the key as an X-API-Key header when asked', async () => {
    const headerClient = createCohortsClient({ baseUrl: api.url, apiKey: KEY, auth: 'header' });
    await expect(headerClient.listCohorts()).resolves.toHaveLength(2);
  });

  it('works through a proxy path with no key at all, sending the extra headers', async () => {
    await serve({ requireKey: false });
    const seen: string[] = [];
    const proxied = createCohortsClient({
      baseUrl: `${api.url}/cohorts-api/`,
      headers: () => {
        seen.push('called');
        return { 'x-csrf-token': 't' };
      },
    });
    await expect(proxied.getCohort(SAMPLE_IDS.football)).resolves.toMatchObject({ name: 'Football fans' });
    expect(seen).toEqual(['called']);
  });

  it('given no key, then 401 code 2005', async () => {
    const anonymous = createCohortsClient({ baseUrl: api.url });
    expect(await failure(anonymous.listCohorts())).toMatchObject({ kind: 'http', status: 401, code: 2005 });
  });

  it('given a wrong key, then 401 code 2000', async () => {
    const wrong = createCohortsClient({ baseUrl: api.url, apiKey: 'not-the-key' });
    expect(await failure(wrong.listCohorts())).toMatchObject({ kind: 'http', status: 401, code: 2000, statusText: 'Unauthorized' });
  });

  it('given a read-only key, then writes are forbidden: 403 code 2001', async () => {
    const readOnly = createCohortsClient({ baseUrl: api.url, apiKey: 'read-only-key' });
    await expect(readOnly.listCohorts()).resolves.toHaveLength(2);
    expect(await failure(readOnly.createCohort({ name: 'X', query: QUERY }))).toMatchObject({ status: 403, code: 2001 });
  });
});

describe('error statuses', () => {
  it('400 code 1002 when the server refuses a query the library accepts', async () => {
    await serve({ rejectQuery: (query) => (query.event === 'Unheard' ? 'the event Unheard is not in this workspace.' : undefined) });
    const error = await failure(client.createCohort({ name: 'X', query: { ...QUERY, event: 'Unheard' } }));
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 1002, statusText: 'Bad Request', type: 'invalid_request' });
    expect(error.message).toContain('Unheard is not in this workspace');
  });

  it('404 code 3000 for an unknown id', async () => {
    const error = await failure(client.getCohort('no-such-id'));
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 3000, method: 'GET' });
    expect(error.url).toBe(`${api.url}/v2/cohorts/no-such-id`);
  });

  it('409 code 4000 when updating or deleting a lookalike', async () => {
    expect(await failure(client.updateCohort(SAMPLE_IDS.lookalike, { name: 'X' }))).toMatchObject({ status: 409, code: 4000 });
    expect(await failure(client.deleteCohort(SAMPLE_IDS.lookalike))).toMatchObject({ status: 409, code: 4000 });
    expect(backend.cohorts().some((cohort) => cohort.id === SAMPLE_IDS.lookalike)).toBe(true);
  });

  it.each([500, 502, 503, 504] as const)('%i code 5000 when injected, and it is retryable', async (status) => {
    backend.faults.set({ status, times: 1 });
    const error = await failure(client.listCohorts());
    expect(error).toMatchObject({ kind: 'http', status, code: 5000, retryable: true });
    await expect(client.listCohorts()).resolves.toHaveLength(2);
  });

  it('given each envelope spelling, then the error has the same status, code, message and request id', async () => {
    const seen = [];
    for (const spelling of ['v1', 'v2', 'camel'] as const) {
      backend.envelope = spelling;
      const error = await failure(client.getCohort('missing'));
      seen.push({ status: error.status, code: error.code, message: error.message, requestId: error.requestId?.startsWith('req-'), statusText: error.statusText });
      if (spelling !== 'camel') expect(error.docs).toMatch(/^https:/);
      if (spelling !== 'v1') expect(error.cause).toBe('No cohort has the id missing.');
    }
    expect(seen).toEqual(Array(3).fill({ status: 404, code: 3000, message: 'No cohort has the id missing.', requestId: true, statusText: 'Not Found' }));
  });

  it('given the rotating envelope, then consecutive errors come in each spelling and read the same', async () => {
    backend.envelope = 'rotate';
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await failure(client.getCohort('missing'))).code);
    expect(codes).toEqual([3000, 3000, 3000]);
  });
});

describe('local validation and abort', () => {
  it('given a query with errors, then it rejects with the issues and sends nothing', async () => {
    backend.clearLog();
    const error = await failure(client.createCohort({ name: 'X', query: INVALID_QUERY }));
    expect(error.kind).toBe('validation');
    expect(error.issues?.length).toBeGreaterThan(0);
    expect(error.issues?.every((issue) => issue.severity === 'error')).toBe(true);
    expect((await failure(client.updateCohort(SAMPLE_IDS.football, { query: INVALID_QUERY }))).kind).toBe('validation');
    expect(backend.requests).toEqual([]);
  });

  it('given a blank name, a bad state or an empty id, then it refuses locally', async () => {
    backend.clearLog();
    expect(await failure(client.createCohort({ name: '  ', query: QUERY }))).toMatchObject({ kind: 'validation', message: expect.stringContaining('name must not be empty') });
    expect((await failure(client.updateCohort(SAMPLE_IDS.football, { state: 'On' as 'Enabled' }))).message).toContain('state must be');
    expect((await failure(client.getCohort(''))).kind).toBe('validation');
    expect(backend.requests).toEqual([]);
  });

  it('given an already aborted signal, then it rejects with abort and sends nothing', async () => {
    backend.clearLog();
    const controller = new AbortController();
    controller.abort();
    expect((await failure(client.listCohorts({ signal: controller.signal }))).kind).toBe('abort');
    expect(backend.requests).toEqual([]);
  });

  it('given an abort while the server is slow, then it rejects with abort', async () => {
    backend.faults.set({ latencyMs: 300 });
    const controller = new AbortController();
    const pending = client.getCohort(SAMPLE_IDS.football, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending)).toMatchObject({ kind: 'abort', retryable: false });
  });
});
