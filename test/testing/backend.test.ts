import type { JsonObject } from '../../src/query/ast';
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

  describe('requests no endpoint takes', () => {
    it('given a method the path does not have, then 405 / 3000 with an Allow header, after the key check', async () => {
      const backend = make();
      const collection = await call(backend, { method: 'PUT', json: {} });
      expect([collection.status, collection.body.error?.code, collection.headers.allow]).toEqual([405, 3000, 'GET, HEAD, POST']);
      const member = await call(backend, { method: 'POST', path: `/v2/cohorts/${SAMPLE_IDS.football}`, json: { name: 'X', query: QUERY } });
      expect([member.status, member.headers.allow]).toEqual([405, 'GET, HEAD, PATCH, DELETE']);
      expect(backend.cohorts()).toHaveLength(3);
      expect((await call(backend, { method: 'PUT', query: {} })).status).toBe(401);
    });

    it('given HEAD, then the answer of GET (the transport leaves the body out)', async () => {
      const response = await call(make(), { method: 'HEAD', path: `/v2/cohorts/${SAMPLE_IDS.football}` });
      expect([response.status, response.body.id]).toEqual([200, SAMPLE_IDS.football]);
    });

    it.each([
      ['no content type', undefined],
      ['text/plain', 'text/plain'],
      ['JSON in another charset', 'application/json; charset=utf-16'],
      ['a JSON lookalike', 'application/json-seq'],
    ])('given a write with %s, then 415 / 1002 and nothing changes', async (_what, type) => {
      const backend = make();
      const headers = type === undefined ? {} : { 'Content-Type': type };
      const created = await call(backend, { method: 'POST', headers, json: { name: 'X', query: QUERY } });
      expect([created.status, created.body.error?.code]).toEqual([415, 1002]);
      const patched = await call(backend, { method: 'PATCH', path: `/v2/cohorts/${SAMPLE_IDS.football}`, headers, json: { name: 'X' } });
      expect(patched.status).toBe(415);
      expect(backend.cohorts().map((cohort) => cohort.name)).toEqual(['Football fans', 'Football fans (lookalike)', 'Dog owners (child workspace)']);
    });

    it.each([
      ['application/json; charset=UTF-8'],
      ['Application/JSON;charset="utf-8"'],
      ['application/merge-patch+json'],
    ])('accepts %s as JSON', async (type) => {
      const response = await call(make(), { method: 'POST', headers: { 'content-type': type }, json: { name: 'X', query: QUERY } });
      expect(response.status).toBe(201);
    });

    it('given a body of the limit, then it is read; one byte more (as text or bytes), then 413 before the key is looked at', async () => {
      const backend = make({ maxBodyBytes: 200 });
      const room = 200 - JSON.stringify({ name: '', query: QUERY }).length;
      // "é" is two bytes: the limit counts bytes, not characters.
      const name = `${'é'.repeat(Math.floor(room / 2))}${room % 2 ? 'a' : ''}`;
      const at = JSON.stringify({ name, query: QUERY });
      expect(new TextEncoder().encode(at).length).toBe(200);
      expect((await call(backend, { method: 'POST', body: at })).status).toBe(201);
      const over = JSON.stringify({ name: `${name}x`, query: QUERY });
      const text = await call(backend, { method: 'POST', body: over, query: {} });
      expect([text.status, text.body.error?.code, text.body.error?.message]).toEqual([413, 1002, 'The request body is larger than 200 bytes.']);
      const bytes = await call(backend, { method: 'POST', body: new TextEncoder().encode(over) });
      expect(bytes.status).toBe(413);
      expect(backend.cohorts()).toHaveLength(4);
    });

    it('given bytes that are not UTF-8, then 400 / 1002 rather than a body with replacement characters', async () => {
      const bytes = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xc3, 0x28, ...new TextEncoder().encode(`","query":${JSON.stringify(QUERY)}}`)]);
      const response = await call(make(), { method: 'POST', body: bytes });
      expect([response.status, response.body.error?.message]).toEqual([400, 'The request body is not UTF-8.']);
    });

    it('given a handler that throws (a rejectQuery, a clock, a request getter), then 500 / 5000 in the envelope, never a rejection', async () => {
      const throwing = make({
        rejectQuery: () => {
          throw new Error('host bug');
        },
      });
      const response = await call(throwing, { method: 'POST', json: { name: 'X', query: QUERY } });
      expect([response.status, response.body.error?.code]).toEqual([500, 5000]);
      expect(throwing.requests.at(-1)).toEqual({ method: 'POST', path: '/v2/cohorts', status: 500 });
      let stopped = false;
      const clock = make({
        now: () => {
          if (stopped) throw new Error('no time');
          return NOW;
        },
      });
      stopped = true;
      expect((await call(clock, { method: 'POST', json: { name: 'X', query: QUERY } })).status).toBe(500);
      const request = {
        method: 'POST',
        path: '/v2/cohorts',
        query: { k: KEY },
        headers: { 'content-type': 'application/json' },
        get body(): string {
          throw new Error('a body that cannot be read');
        },
      };
      expect((await make().handle(request)).status).toBe(500);
    });

    it('given maxBodyBytes or maxLoggedRequests that are not whole numbers, then it refuses to start', () => {
      expect(() => make({ maxBodyBytes: -1 })).toThrow(RangeError);
      expect(() => make({ maxLoggedRequests: 1.5 })).toThrow(RangeError);
    });
  });

  describe('refuse', () => {
    it('answers a request a transport refused in the envelope now in use, with its headers, and logs it', () => {
      const backend = make({ envelope: 'camel' });
      const response = backend.refuse({ method: 'POST', path: '/v2/cohorts', status: 413, message: 'Too big.', headers: { connection: 'close' } });
      expect(response.status).toBe(413);
      expect(response.headers).toMatchObject({ 'content-type': 'application/json', 'x-request-id': 'req-1', connection: 'close' });
      expect(JSON.parse(response.body ?? '')).toEqual({ requestId: 'req-1', error: { status: { code: 413 }, code: 1002, message: 'Too big.', cause: 'Too big.' } });
      backend.envelope = 'v1';
      const unreadable = JSON.parse(backend.refuse({ method: '', path: '', status: 431, message: 'Headers too large.' }).body ?? '');
      expect(unreadable.error).toMatchObject({ type: 'invalid_request', status_code: 431, status: 'Request Header Fields Too Large', code: 1002 });
      expect(backend.requests).toEqual([
        { method: 'POST', path: '/v2/cohorts', status: 413 },
        { method: '', path: '', status: 431 },
      ]);
    });
  });

  describe('the request log', () => {
    it('keeps the latest 1000 requests by default, dropping the oldest; the array callers read stays an array', async () => {
      const backend = make();
      for (let i = 0; i < 1005; i++) await backend.handle({ method: 'GET', path: `/v2/cohorts/n${i}`, query: { k: KEY } });
      expect(backend.requests).toHaveLength(1000);
      expect(backend.requests[0]).toEqual({ method: 'GET', path: '/v2/cohorts/n5', status: 404 });
      expect(backend.requests.at(-1)).toEqual({ method: 'GET', path: '/v2/cohorts/n1004', status: 404 });
      expect(backend.requests.filter((request) => request.status === 404)).toHaveLength(1000);
    });

    it('keeps maxLoggedRequests when given, none with 0; an entry still pending is dropped without harm', async () => {
      const small = make({ maxLoggedRequests: 2 });
      small.faults.set({ latencyMs: 20, times: 1 });
      const pending = small.handle({ method: 'GET', path: '/v2/cohorts/slow', query: { k: KEY } });
      expect(small.requests).toEqual([{ method: 'GET', path: '/v2/cohorts/slow', status: 0 }]);
      await call(small, { path: '/v2/cohorts/a' });
      await call(small, { path: '/v2/cohorts/b' });
      expect((await pending).status).toBe(404);
      expect(small.requests.map((request) => request.path)).toEqual(['/v2/cohorts/a', '/v2/cohorts/b']);
      const none = make({ maxLoggedRequests: 0 });
      expect((await call(none, {})).status).toBe(200);
      expect(none.requests).toEqual([]);
    });
  });

  it('stores the query JSON.parse made, so a top-level "__proto__" key survives create, update and read', async () => {
    const backend = make();
    const text = `{"name":"Proto","query":{"event":"Pageview","frequency":{"greater_than_or_equal_to":1},"__proto__":{"x":1}}}`;
    const created = await backend.handle({ method: 'POST', path: '/v2/cohorts', query: { k: KEY }, headers: { 'content-type': 'application/json' }, body: text });
    expect(created.status).toBe(201);
    expect(created.body).toContain('"__proto__":{"x":1}');
    const id = (JSON.parse(created.body ?? '') as { id: string }).id;
    const stored = backend.cohorts().find((cohort) => cohort.id === id)?.query;
    expect(Object.keys(stored ?? {})).toContain('__proto__');
    const patched = await backend.handle({
      method: 'PATCH',
      path: `/v2/cohorts/${id}`,
      query: { k: KEY },
      headers: { 'content-type': 'application/json' },
      body: `{"query":{"event":"Pageview","frequency":{"greater_than_or_equal_to":2},"__proto__":{"y":2}}}`,
    });
    expect(patched.body).toContain('"__proto__":{"y":2}');
    const read = await backend.handle({ method: 'GET', path: `/v2/cohorts/${id}`, query: { k: KEY } });
    expect(read.body).toContain('"__proto__":{"y":2}');
    // A seed's query is copied with structuredClone, which keeps the key too.
    const seeded = make({ seed: [{ id: 'seeded', name: 'Seeded', query: JSON.parse('{"event":"Pageview","__proto__":{"z":3}}') as JsonObject }] });
    expect((await seeded.handle({ method: 'GET', path: '/v2/cohorts/seeded', query: { k: KEY } })).body).toContain('"__proto__":{"z":3}');
  });
});
