import { createCohortsBackend } from '../../src/testing/backend';
import { LOCAL_API_KEY } from '../../src/testing/records';
import { SAMPLE_CHILD_WORKSPACE_ID, SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import type { BackendRequest, CohortsBackendOptions } from '../../src/testing/types';

const KEY = 'backend-key';
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
const NOW = new Date('2025-05-01T10:00:00.000Z');

function make(options: CohortsBackendOptions = {}) {
  return createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts(), now: () => NOW, ...options });
}

async function call(backend: ReturnType<typeof make>, request: Partial<BackendRequest> & { json?: unknown }) {
  const { json, ...rest } = request;
  const response = await backend.handle({
    method: 'GET',
    path: '/v2/cohorts',
    query: { k: KEY },
    body: json === undefined ? undefined : JSON.stringify(json),
    headers: { 'content-type': 'application/json' },
    ...rest,
  });
  let body: unknown;
  try {
    body = response.body === undefined ? undefined : JSON.parse(response.body);
  } catch {
    body = response.body;
  }
  return { ...response, body: body as Record<string, unknown> & { error?: Record<string, unknown> } };
}

describe('createCohortsBackend', () => {
  it('given no key, then 401 / 2005 in the v1 envelope with a request id', async () => {
    const response = await call(make(), { query: {} });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      request_id: 'req-1',
      error: { type: 'authentication', status_code: 401, status: 'Unauthorized', code: 2005, message: expect.any(String), docs: expect.stringMatching(/^https:/) },
    });
    expect(response.headers['x-request-id']).toBe('req-1');
  });

  it('given a wrong key, then 401 / 2000 without echoing the key; a read-only key may read but not write (403 / 2001)', async () => {
    const backend = make({ readOnlyKeys: ['reader'] });
    const wrong = await call(backend, { query: { k: 'guess' } });
    expect([wrong.status, wrong.body.error?.code]).toEqual([401, 2000]);
    expect(JSON.stringify(wrong.body)).not.toContain('guess');
    expect((await call(backend, { query: { k: 'reader' } })).status).toBe(200);
    const write = await call(backend, { method: 'POST', query: { k: 'reader' }, json: { name: 'X', query: QUERY } });
    expect([write.status, write.body.error?.code]).toEqual([403, 2001]);
  });

  it('accepts the key as an X-API-Key header in any case, or no key when requireKey is false', async () => {
    expect((await call(make(), { query: {}, headers: { 'X-Api-Key': KEY } })).status).toBe(200);
    expect((await call(make(), { query: {}, headers: new Headers({ 'x-api-key': KEY }) })).status).toBe(200);
    expect((await call(make({ requireKey: false }), { query: {} })).status).toBe(200);
    expect((await call(createCohortsBackend(), { query: { k: LOCAL_API_KEY } })).status).toBe(200);
  });

  it('lists own-workspace summaries without queries; child workspaces on request', async () => {
    const backend = make();
    const own = await call(backend, {});
    expect((own.body as unknown as { id: string }[]).map((cohort) => cohort.id)).toEqual([SAMPLE_IDS.football, SAMPLE_IDS.lookalike]);
    expect(own.body).toEqual(expect.arrayContaining([expect.not.objectContaining({ query: expect.anything() })]));
    const all = await call(backend, { query: { k: KEY, 'include-child-workspaces': 'true' } });
    expect(all.body).toEqual(expect.arrayContaining([expect.objectContaining({ workspace_id: SAMPLE_CHILD_WORKSPACE_ID })]));
  });

  it('creates with 201 and the documented snake_case fields', async () => {
    const response = await call(make(), { method: 'POST', json: { name: 'New', query: QUERY, tags: ['t'], description: 'd' } });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      code: 1004,
      name: 'New',
      description: 'd',
      query: QUERY,
      tags: ['t'],
      state: 'Enabled',
      workspace_id: expect.any(String),
      segment_type: 'real_time',
      live_audience_size: 0,
      created_at: NOW.toISOString(),
      last_updated_at: NOW.toISOString(),
    });
  });

  it('writes camelCase bodies when asked', async () => {
    const response = await call(make({ responseCase: 'camel' }), { path: `/v2/cohorts/${SAMPLE_IDS.football}` });
    expect(Object.keys(response.body)).toEqual(expect.arrayContaining(['segmentType', 'workspaceId', 'liveAudienceSize', 'createdAt', 'lastUpdatedAt']));
    expect(response.body).not.toHaveProperty('segment_type');
  });

  it.each([
    ['a body that is not JSON', { body: '{nope' }, 'not JSON'],
    ['a missing name', { json: { query: QUERY } }, 'name must be a string'],
    ['a query with errors', { json: { name: 'X', query: { event: 'Pageview', frequency: {} } } }, 'The query is not valid'],
    ['tags that are not strings', { json: { name: 'X', query: QUERY, tags: [1] } }, 'every tag must be a string'],
  ])('refuses %s with 400 / 1002', async (_what, request, message) => {
    const response = await call(make(), { method: 'POST', ...request });
    expect([response.status, response.body.error?.code]).toEqual([400, 1002]);
    expect(response.body.error?.message).toContain(message);
  });

  it('patches only the fields sent; description null deletes it', async () => {
    const backend = make();
    const response = await call(backend, { method: 'PATCH', path: `/v2/cohorts/${SAMPLE_IDS.football}`, json: { description: null, tags: [] } });
    expect(response.status).toBe(200);
    expect(response.body).not.toHaveProperty('description');
    expect(response.body).toMatchObject({ name: 'Football fans', tags: [], query: sampleCohorts()[0]?.query, last_updated_at: NOW.toISOString() });
    expect(backend.cohorts()[0]?.description).toBeUndefined();
  });

  it('answers an unknown id with 404 / 3000 and an unknown route with 404', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await call(make(), { method, path: '/v2/cohorts/nope', json: {} });
      expect([response.status, response.body.error?.code]).toEqual([404, 3000]);
    }
    expect((await call(make(), { path: '/v3/things' })).status).toBe(404);
  });

  it('refuses to update or delete a lookalike with 409 / 4000, and keeps it', async () => {
    const backend = make();
    const path = `/v2/cohorts/${SAMPLE_IDS.lookalike}`;
    for (const method of ['PATCH', 'DELETE']) {
      const response = await call(backend, { method, path, json: { name: 'X' } });
      expect([response.status, response.body.error?.code]).toEqual([409, 4000]);
    }
    expect((await call(backend, { path })).body).not.toHaveProperty('query');
  });

  it('deletes with 200 and no body, or 204 when configured', async () => {
    const path = `/v2/cohorts/${SAMPLE_IDS.football}`;
    const ok = await call(make(), { method: 'DELETE', path });
    expect([ok.status, ok.body]).toEqual([200, undefined]);
    expect((await call(make({ deleteStatus: 204 }), { method: 'DELETE', path })).status).toBe(204);
  });

  it('serves under any path prefix (a proxy)', async () => {
    expect((await call(make(), { path: `/cohorts-api/v2/cohorts/${SAMPLE_IDS.football}` })).status).toBe(200);
  });

  it('spells errors v2 and camel as documented, and rotates through all three', async () => {
    const backend = make({ envelope: 'v2' });
    expect((await call(backend, { path: '/v2/cohorts/x' })).body).toEqual({
      request_id: 'req-1',
      error: { status: 'Not Found', code: 3000, message: 'No cohort has the id x.', cause: 'No cohort has the id x.', docs: expect.any(String) },
    });
    backend.envelope = 'camel';
    expect((await call(backend, { path: '/v2/cohorts/x' })).body).toEqual({
      requestId: 'req-2',
      error: { status: { code: 404 }, code: 3000, message: 'No cohort has the id x.', cause: 'No cohort has the id x.' },
    });
    backend.envelope = 'rotate';
    const keys = [];
    for (let i = 0; i < 3; i++) keys.push(Object.keys((await call(backend, { path: '/v2/cohorts/x' })).body).join());
    expect(keys).toEqual(['request_id,error', 'request_id,error', 'requestId,error']);
  });

  it('injects faults for `times` requests, then clears itself', async () => {
    const backend = make();
    backend.faults.set({ status: 503, times: 2 });
    expect((await call(backend, {})).status).toBe(503);
    expect(backend.faults.current).toEqual({ status: 503, times: 2 });
    expect((await call(backend, {})).body.error?.code).toBe(5000);
    expect(backend.faults.current).toBeUndefined();
    expect((await call(backend, {})).status).toBe(200);
  });

  it('garbles the body for malformedJson, marks drops, and delays for latencyMs', async () => {
    const backend = make();
    backend.faults.set({ malformedJson: true, times: 1 });
    const garbled = await backend.handle({ method: 'GET', path: '/v2/cohorts', query: { k: KEY } });
    expect(garbled.status).toBe(200);
    expect(() => JSON.parse(garbled.body ?? '')).toThrow();
    backend.faults.set({ dropConnection: true, times: 1 });
    expect((await backend.handle({ method: 'GET', path: '/v2/cohorts', query: { k: KEY } })).drop).toBe(true);
    backend.faults.set({ latencyMs: 60, times: 1 });
    const started = Date.now();
    await backend.handle({ method: 'GET', path: '/v2/cohorts', query: { k: KEY } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('logs requests without their key, and hands out copies of its cohorts', async () => {
    const backend = make();
    await call(backend, { query: { k: KEY } });
    expect(backend.requests).toEqual([{ method: 'GET', path: '/v2/cohorts', status: 200 }]);
    expect(JSON.stringify(backend.requests)).not.toContain(KEY);
    backend.clearLog();
    expect(backend.requests).toEqual([]);
    const copy = backend.cohorts()[0];
    if (copy) copy.name = 'changed';
    expect(backend.cohorts()[0]?.name).toBe('Football fans');
  });
});
