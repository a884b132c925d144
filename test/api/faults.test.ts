import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { format, inspect } from 'node:util';
import { createCohortsClient } from '../../src/api/client';
import { CohortApiError } from '../../src/api/errors';
import type { CohortsClientOptions } from '../../src/api/types';
import { createCohortsBackend } from '../../src/testing/backend';
import { SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import type { CohortsBackend } from '../../src/testing/types';

// Faults over real HTTP. Everything these tests produce (errors, thrown values, console lines)
// is collected, and the last test checks that the API key appears in none of it.
const KEY = 'sk Fault/Key+42=&?';
const KEY_FORMS = [KEY, encodeURIComponent(KEY), new URLSearchParams({ k: KEY }).toString().slice(2)];
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };

const thrown: unknown[] = [];
const consoleLines: string[] = [];
let api: LocalCohortsApi;
let backend: CohortsBackend;

function clientFor(options: Partial<CohortsClientOptions> = {}) {
  return createCohortsClient({ baseUrl: api.url, apiKey: KEY, ...options });
}

async function failure(promise: Promise<unknown>): Promise<CohortApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  thrown.push(error);
  // What a host app would do with it: log it, show it, send it to its error tracker.
  console.error(error);
  console.warn('save failed:', String(error), JSON.stringify(error));
  expect(error).toBeInstanceOf(CohortApiError);
  return error as CohortApiError;
}

async function rawServer(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

beforeAll(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(format(...args), ...args.map((arg) => inspect(arg, { depth: 20, showHidden: true })));
    });
  }
});
afterAll(() => vi.restoreAllMocks());
beforeEach(async () => {
  backend = createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts() });
  api = await startLocalCohortsApi({ backend });
});
afterEach(() => api.close());

describe('faults end in the right kind, and a retry succeeds once the fault is gone', () => {
  it.each([500, 503] as const)('%i → http, retryable', async (status) => {
    const client = clientFor();
    backend.faults.set({ status });
    expect(await failure(client.getCohort(SAMPLE_IDS.football))).toMatchObject({ kind: 'http', status, code: 5000, retryable: true });
    backend.faults.clear();
    await expect(client.getCohort(SAMPLE_IDS.football)).resolves.toMatchObject({ id: SAMPLE_IDS.football });
  });

  it('latency beyond timeoutMs → timeout', async () => {
    const client = clientFor({ timeoutMs: 80 });
    backend.faults.set({ latencyMs: 400 });
    const error = await failure(client.listCohorts());
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(error.message).toContain('80 ms');
    backend.faults.clear();
    await expect(client.listCohorts()).resolves.toHaveLength(2);
  });

  it('a timed-out create may still have happened (there is no idempotency key)', async () => {
    const client = clientFor({ timeoutMs: 50, auth: 'header' });
    backend.faults.set({ latencyMs: 150, times: 1 });
    expect((await failure(client.createCohort({ name: 'Maybe', query: QUERY }))).kind).toBe('timeout');
    await vi.waitFor(() => expect(backend.cohorts().some((cohort) => cohort.name === 'Maybe')).toBe(true));
  });

  it('malformed JSON in a 200 → invalid-response; in an error → http without envelope fields', async () => {
    const client = clientFor();
    backend.faults.set({ malformedJson: true });
    expect(await failure(client.getCohort(SAMPLE_IDS.football))).toMatchObject({ kind: 'invalid-response', status: 200, retryable: false });
    const notFound = await failure(client.getCohort('missing'));
    expect(notFound).toMatchObject({ kind: 'http', status: 404, code: undefined });
    expect(notFound.requestId).toMatch(/^req-/);
    backend.faults.clear();
    await expect(client.getCohort(SAMPLE_IDS.football)).resolves.toBeDefined();
  });

  it('connection dropped mid-response → network', async () => {
    const client = clientFor();
    backend.faults.set({ dropConnection: true });
    const error = await failure(client.getCohort(SAMPLE_IDS.football));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(error.cause).toBeInstanceOf(Error);
    backend.faults.clear();
    await expect(client.getCohort(SAMPLE_IDS.football)).resolves.toBeDefined();
  });

  it('a dropped delete → network, though the delete took effect (the answer was lost, not the request)', async () => {
    const client = clientFor();
    backend.faults.set({ dropConnection: true, times: 1 });
    // A delete has no body to cut: the socket dies before the status line.
    expect((await failure(client.deleteCohort(SAMPLE_IDS.football))).kind).toBe('network');
    expect((await failure(client.getCohort(SAMPLE_IDS.football))).status).toBe(404);
  });

  it('401 (wrong key) → http, and the right key then succeeds', async () => {
    const wrong = clientFor({ apiKey: `${KEY}-old` });
    expect(await failure(wrong.listCohorts())).toMatchObject({ kind: 'http', status: 401, code: 2000, retryable: false });
    await expect(clientFor().listCohorts()).resolves.toHaveLength(2);
  });

  it('connection refused → network', async () => {
    const client = clientFor();
    await api.close();
    expect((await failure(client.listCohorts())).kind).toBe('network');
  });

  it('a 2xx that is JSON but not a cohort → invalid-response naming the problem', async () => {
    const { url, server } = await rawServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[{"nope":1}]'));
    try {
      const error = await failure(createCohortsClient({ baseUrl: url, apiKey: KEY }).listCohorts());
      expect(error.kind).toBe('invalid-response');
      expect(String(error.cause)).toMatch(/id|name/);
    } finally {
      server.close();
    }
  });
});

describe('the key stays out of errors', () => {
  it('given a server that echoes the key and URL, then the error carries neither', async () => {
    const { url, server } = await rawServer((req, res) => {
      const body = { request_id: `r ${KEY}`, error: { status_code: 401, code: 2000, message: `Key ${KEY} rejected at ${req.url}`, cause: req.url, docs: KEY } };
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    try {
      const error = await failure(createCohortsClient({ baseUrl: url, apiKey: KEY }).listCohorts());
      expect(error).toMatchObject({ kind: 'http', status: 401, code: 2000 });
      expect(error.message).toContain('[redacted]');
    } finally {
      server.close();
    }
  });

  it('given a fetch wrapper whose error quotes the URL, then the cause chain is redacted', async () => {
    const fetchQuotingUrl = (input: string, init: RequestInit) =>
      globalThis.fetch(input, init).catch((cause: unknown) => {
        throw new Error(`request to ${input} failed`, { cause });
      });
    await api.close();
    const error = await failure(clientFor({ fetch: fetchQuotingUrl }).listCohorts());
    expect(error.kind).toBe('network');
    expect((error.cause as Error).message).toContain('[redacted]');
  });

  it('given a throwing headers callback, then the wrapped error is redacted', async () => {
    const error = await failure(
      clientFor({
        headers: () => {
          throw new Error(`no session for ${KEY}`);
        },
      }).listCohorts(),
    );
    expect(error.kind).toBe('network');
  });

  it('given everything collected above, then the key appears nowhere', () => {
    expect(thrown.length).toBeGreaterThanOrEqual(14);
    expect(consoleLines.length).toBeGreaterThan(0);
    const surfaces: string[] = [...consoleLines];
    const visit = (value: unknown, depth: number) => {
      surfaces.push(String(value), inspect(value, { depth: 20, showHidden: true }), JSON.stringify(value) ?? '');
      if (value instanceof Error) {
        surfaces.push(value.message, value.stack ?? '', value.toString());
        if (depth < 6 && value.cause !== undefined) visit(value.cause, depth + 1);
      }
      if (value instanceof CohortApiError) surfaces.push(value.url ?? '', value.requestId ?? '', value.docs ?? '');
    };
    for (const value of thrown) visit(value, 0);
    const leaks = surfaces.filter((text) => KEY_FORMS.some((form) => text.includes(form)));
    expect(leaks).toEqual([]);
    // The check itself can see a key: the collected URL had one before redaction.
    expect(surfaces.some((text) => text.includes('[redacted]'))).toBe(true);
  });
});
