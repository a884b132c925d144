import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { createCohortsClient } from '../../src/api/client';
import { CohortApiError } from '../../src/api/errors';
import { createCohortsBackend } from '../../src/testing/backend';
import { createMswHandlers } from '../../src/testing/msw';
import { SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { importsOf } from '../support/imports';

// The same backend through MSW, as Storybook uses it; here MSW intercepts Node's fetch.
const BASE = 'https://api.permutive.app/cohorts-api';
const KEY = 'msw-key';
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
const LIMIT = 16 * 1024;
const backend = createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts(), maxBodyBytes: LIMIT });
const server = setupServer(...createMswHandlers(backend, { baseUrl: `${BASE}/` }));
const client = createCohortsClient({ baseUrl: BASE, apiKey: KEY, timeoutMs: 200 });

async function failure(promise: Promise<unknown>): Promise<CohortApiError> {
  const error: unknown = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(CohortApiError);
  return error as CohortApiError;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.faults.clear());
afterAll(() => server.close());

describe('createMswHandlers', () => {
  it('serves all five endpoints with the documented statuses', async () => {
    expect(await client.listCohorts()).toHaveLength(2);
    const created = await client.createCohort({ name: 'Via MSW', query: QUERY });
    expect(backend.requests.at(-1)).toMatchObject({ method: 'POST', status: 201 });
    expect(await client.getCohort(created.id)).toMatchObject({ name: 'Via MSW', query: QUERY });
    expect(await client.updateCohort(created.id, { name: 'Renamed' })).toMatchObject({ name: 'Renamed' });
    await client.deleteCohort(created.id);
    expect(backend.requests.at(-1)).toMatchObject({ method: 'DELETE', status: 200 });
  });

  it('answers errors with the envelope', async () => {
    expect(await failure(client.updateCohort(SAMPLE_IDS.lookalike, { name: 'X' }))).toMatchObject({ kind: 'http', status: 409, code: 4000 });
    expect(await failure(createCohortsClient({ baseUrl: BASE }).listCohorts())).toMatchObject({ status: 401, code: 2005 });
  });

  it('turns a dropped connection into a network error', async () => {
    backend.faults.set({ dropConnection: true });
    expect((await failure(client.listCohorts())).kind).toBe('network');
  });

  it('turns malformed JSON into an invalid response', async () => {
    backend.faults.set({ malformedJson: true });
    expect((await failure(client.getCohort(SAMPLE_IDS.football))).kind).toBe('invalid-response');
  });

  it('delays for latency, so the client times out', async () => {
    backend.faults.set({ latencyMs: 400, times: 1 });
    expect((await failure(client.listCohorts())).kind).toBe('timeout');
    await expect(client.listCohorts()).resolves.toHaveLength(2);
  });
});

describe('createMswHandlers under hostile requests', () => {
  const url = `${BASE}/v2/cohorts?k=${KEY}`;
  async function envelope(response: Response, status: number, code: number) {
    expect(response.status).toBe(status);
    const body = (await response.json()) as { request_id: string; error: Record<string, unknown> };
    expect(body).toEqual({
      request_id: response.headers.get('x-request-id'),
      error: { type: expect.any(String), status_code: status, status: expect.any(String), code, message: expect.any(String), docs: expect.any(String) },
    });
    return body.error.message as string;
  }

  it('given a body that is not JSON by its content type, then 415 and nothing is created', async () => {
    const before = backend.cohorts().length;
    const body = JSON.stringify({ name: 'Typed', query: QUERY });
    expect(await envelope(await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body }), 415, 1002)).toMatch(/must be JSON/);
    expect(backend.cohorts()).toHaveLength(before);
  });

  it('given a method the route does not have, then 405 with Allow', async () => {
    const response = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    await envelope(response, 405, 3000);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it('given a body over the limit, then 413 and nothing is created', async () => {
    const before = backend.cohorts().length;
    const body = JSON.stringify({ name: 'x'.repeat(LIMIT), query: QUERY });
    expect(await envelope(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }), 413, 1002)).toMatch(/larger than 16384 bytes/);
    expect(backend.cohorts()).toHaveLength(before);
    expect(backend.requests.at(-1)).toEqual({ method: 'POST', path: '/cohorts-api/v2/cohorts', status: 413 });
  });

  it('given a streamed body far over the limit (4 MB), then 413 once the limit is passed, and the rest is never pulled', async () => {
    // Long enough to show the reading stops; finite, so code that reads it all fails without exhausting memory.
    let pulled = 0;
    const long = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
        if (pulled === 4096) controller.close();
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: long, duplex: 'half' } as RequestInit;
    await envelope(await fetch(url, init), 413, 1002);
    const settled = pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // 16 kB of 1 kB chunks, a chunk more, and whatever the stream's queue asked for ahead.
    expect(settled).toBeLessThan(64);
    expect(pulled).toBe(settled);
  });
});

describe('msw.ts in the browser', () => {
  it('never imports the node:http server or any node: module', () => {
    const read = (file: string) => readFileSync(join(__dirname, '..', '..', 'src', 'testing', `${file}.ts`), 'utf8');
    const specifiers = importsOf(read('msw'));
    expect(specifiers.filter((s) => s.startsWith('node:') || s.includes('server'))).toEqual([]);
    // backend.ts and what it imports are the browser's share too.
    for (const file of ['backend', 'routes', 'records', 'faults', 'envelope', 'body', 'target']) {
      expect(importsOf(read(file)).filter((s) => s.startsWith('node:') || s.includes('server'))).toEqual([]);
    }
  });
});
