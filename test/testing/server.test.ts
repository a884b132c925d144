import { createCohortsBackend } from '../../src/testing/backend';
import { SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import { RawConnection } from './raw';

const KEY = 'server-key';
let api: LocalCohortsApi;

beforeEach(async () => {
  api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts() }) });
});
afterEach(() => api.close());

describe('startLocalCohortsApi', () => {
  it('listens on a free port of 127.0.0.1 and serves the backend', async () => {
    expect(api.url).toBe(`http://127.0.0.1:${api.port}`);
    expect(api.port).toBeGreaterThan(0);
    const response = await fetch(`${api.url}/v2/cohorts/${SAMPLE_IDS.football}?k=${KEY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(await response.json()).toMatchObject({ id: SAMPLE_IDS.football });
  });

  it('answers CORS preflights without a key, so a dev server on another port can call it', async () => {
    const response = await fetch(`${api.url}/v2/cohorts`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('x-api-key');
    expect(api.backend.requests).toEqual([]);
  });

  it('reads request bodies', async () => {
    const response = await fetch(`${api.url}/v2/cohorts?k=${KEY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Posted', query: { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } } }),
    });
    expect(response.status).toBe(201);
    expect(api.backend.cohorts().map((cohort) => cohort.name)).toContain('Posted');
  });

  it('given a dropped connection, then the status and headers arrive but the body never completes', async () => {
    api.backend.faults.set({ dropConnection: true, times: 1 });
    const response = await fetch(`${api.url}/v2/cohorts?k=${KEY}`);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('given malformed JSON, then a 200 arrives whose body does not parse', async () => {
    api.backend.faults.set({ malformedJson: true, times: 1 });
    const response = await fetch(`${api.url}/v2/cohorts?k=${KEY}`);
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('given a client that gives up during latency, then the server survives and answers the next request', async () => {
    api.backend.faults.set({ latencyMs: 100, times: 1 });
    await expect(fetch(`${api.url}/v2/cohorts?k=${KEY}`, { signal: AbortSignal.timeout(20) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await fetch(`${api.url}/v2/cohorts?k=${KEY}`)).status).toBe(200);
  });

  it('closes (twice is fine), after which connections are refused', async () => {
    await api.close();
    await api.close();
    await expect(fetch(`${api.url}/v2/cohorts`)).rejects.toThrow();
  });

  it('given fetch sending a body over the default limit (1 MiB), then it reads 413 in the envelope, and a body of 1 MiB is served', async () => {
    const query = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
    const send = (body: string) => fetch(`${api.url}/v2/cohorts?k=${KEY}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const room = 1_048_576 - JSON.stringify({ name: '', query }).length;
    const response = await send(JSON.stringify({ name: 'x'.repeat(room + 1), query }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { status_code: 413, code: 1002, message: 'The request body is larger than 1048576 bytes.' } });
    expect((await send(JSON.stringify({ name: 'x'.repeat(room), query }))).status).toBe(201);
  });

  it('given bodyTimeoutMs or headersTimeoutMs that are not positive whole numbers, then it refuses to start', async () => {
    await expect(startLocalCohortsApi({ bodyTimeoutMs: 0 })).rejects.toThrow(RangeError);
    await expect(startLocalCohortsApi({ headersTimeoutMs: Number.NaN })).rejects.toThrow(RangeError);
  });

  it('given a refused request still lingering (its body never sent), then close() ends it and resolves', async () => {
    const connection = await RawConnection.open(api.port);
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n`);
    expect((await connection.response()).status).toBe(413);
    expect(connection.closed).toBe(false);
    await api.close();
    expect(await connection.closesWithin(1000)).toBe(true);
  });
});
