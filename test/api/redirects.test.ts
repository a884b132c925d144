// @vitest-environment node
import { createCohortsClient } from '../../src/api/client';
import { CohortApiError } from '../../src/api/errors';
import type { CohortsClientOptions } from '../../src/api/types';
import { leaks } from './support/encodings';
import { startHostileServer, type HostileServer } from './support/hostileServer';

// Two servers on 127.0.0.1, on two ports: two origins. `api` is the base URL's; `other` must never
// see the key, in any header, URL or body, in any encoding.
const KEY = 'sk Redirect/Key+42=&?é';
const CSRF = 'csrf-token-7f3a9c';
const COHORT = { id: 'c-1', name: 'Readers', tags: [], query: { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } } };
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };

let api: HostileServer;
let other: HostileServer;

function clientFor(options: Partial<CohortsClientOptions> = {}) {
  return createCohortsClient({ baseUrl: api.origin, apiKey: KEY, timeoutMs: 5_000, headers: { 'x-csrf-token': CSRF }, ...options });
}

async function failure(promise: Promise<unknown>): Promise<CohortApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CohortApiError);
  return error as CohortApiError;
}

function json(status: number, body: unknown) {
  return (_request: unknown, response: import('node:http').ServerResponse) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

// What `other` received holds neither the key nor the host's CSRF token.
function expectNothingSecretAt(server: HostileServer) {
  expect(leaks(KEY, server.received())).toEqual([]);
  expect(server.received().join('\n')).not.toContain(CSRF);
}

beforeEach(async () => {
  api = await startHostileServer();
  other = await startHostileServer(json(200, [COHORT]));
});
afterEach(async () => {
  await api.close();
  await other.close();
});

describe('a redirect to another origin, by default (redirects: same-origin)', () => {
  it.each(['header', 'query'] as const)('given %s auth and a Location that repeats the query, then the call fails and the other origin gets nothing', async (auth) => {
    api.handle((request, response) => response.writeHead(302, { location: `${other.origin}${request.url}` }).end());
    const error = await failure(clientFor({ auth }).listCohorts({ includeChildWorkspaces: true }));
    expect(error).toMatchObject({ kind: 'redirect', status: 302, outcome: 'not-applied', retryable: false });
    expect(error.message).toContain('another origin');
    expect(error.message).toContain(other.origin);
    expect(other.requests).toEqual([]);
    expect(api.requests).toHaveLength(1);
    // The error tells where without carrying the key the Location repeated.
    expect(leaks(KEY, [error.message, JSON.stringify(error), String(error), error.url ?? ''])).toEqual([]);
  });

  it('given a same-origin redirect first and another origin next, then the second is refused', async () => {
    api.handle((request, response) => {
      if (request.url.startsWith('/moved')) response.writeHead(307, { location: `${other.origin}/v2/cohorts` }).end();
      else response.writeHead(301, { location: '/moved/v2/cohorts' }).end();
    });
    expect(await failure(clientFor({ auth: 'header' }).listCohorts())).toMatchObject({ kind: 'redirect', status: 307 });
    expect(api.requests.map((request) => request.url)).toEqual(['/v2/cohorts', '/moved/v2/cohorts']);
    expect(other.requests).toEqual([]);
  });

  it('given a 303 after a create, then it is refused with outcome unknown (the create may have been handled)', async () => {
    api.handle((_request, response) => response.writeHead(303, { location: `${other.origin}/v2/cohorts/c-1` }).end());
    expect(await failure(clientFor().createCohort({ name: 'Readers', query: QUERY }))).toMatchObject({ kind: 'redirect', status: 303, outcome: 'unknown' });
    expect(other.requests).toEqual([]);
  });
});

describe("redirects: 'follow-without-key'", () => {
  it('given header auth, then the other origin is asked without the key or the host headers, and the call succeeds', async () => {
    api.handle((request, response) => response.writeHead(302, { location: `${other.origin}${request.url}` }).end());
    await expect(clientFor({ auth: 'header', redirects: 'follow-without-key' }).listCohorts()).resolves.toEqual([expect.objectContaining({ id: 'c-1' })]);
    expect(api.requests[0]?.headers['x-api-key']).toBe(KEY);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers['x-api-key']).toBeUndefined();
    expectNothingSecretAt(other);
  });

  it('given query auth and a Location that repeats the query, then k is stripped and the other parameters stay', async () => {
    api.handle((request, response) => response.writeHead(308, { location: `${other.origin}${request.url}` }).end());
    await clientFor({ redirects: 'follow-without-key' }).listCohorts({ includeChildWorkspaces: true });
    expect(new URL(api.requests[0]?.url ?? '', api.origin).searchParams.get('k')).toBe(KEY);
    expect(other.requests[0]?.url).toBe('/v2/cohorts?include-child-workspaces=true');
    expectNothingSecretAt(other);
  });

  it('given a 307 on a create, then the body goes on (as fetch would) but the key does not', async () => {
    api.handle((_request, response) => response.writeHead(307, { location: `${other.origin}/v2/cohorts` }).end());
    other.handle(json(201, COHORT));
    await expect(clientFor({ auth: 'header', redirects: 'follow-without-key' }).createCohort({ name: 'Readers', query: QUERY })).resolves.toMatchObject({ id: 'c-1' });
    expect(other.requests[0]).toMatchObject({ method: 'POST' });
    expect(JSON.parse(other.requests[0]?.body ?? '{}')).toMatchObject({ name: 'Readers', query: QUERY });
    expectNothingSecretAt(other);
  });

  it('given the key in the Location path, then it is refused rather than sent', async () => {
    api.handle((_request, response) => response.writeHead(302, { location: `${other.origin}/echo/${encodeURIComponent(KEY)}/v2/cohorts` }).end());
    const error = await failure(clientFor({ redirects: 'follow-without-key' }).listCohorts());
    expect(error).toMatchObject({ kind: 'redirect', status: 302 });
    expect(error.message).toContain('carries the API key');
    expect(other.requests).toEqual([]);
    expect(leaks(KEY, [error.message, JSON.stringify(error), String(error)])).toEqual([]);
  });

  it('given a chain that leaves the origin and comes back, then the key does not come back with it', async () => {
    api.handle((request, response) => {
      if (request.url.startsWith('/back')) json(200, [COHORT])(request, response);
      else response.writeHead(302, { location: `${other.origin}/hop` }).end();
    });
    other.handle((_request, response) => response.writeHead(302, { location: `${api.origin}/back/v2/cohorts` }).end());
    await clientFor({ auth: 'header', redirects: 'follow-without-key' }).listCohorts();
    expect(api.requests.map((request) => [request.url, request.headers['x-api-key']])).toEqual([
      ['/v2/cohorts', KEY],
      ['/back/v2/cohorts', undefined],
    ]);
    expectNothingSecretAt(other);
  });
});

describe('same-origin redirects', () => {
  it.each(['header', 'query'] as const)('given %s auth, then a same-origin redirect is followed with the key', async (auth) => {
    api.handle((request, response) => {
      if (request.url.startsWith('/v3/')) json(200, COHORT)(request, response);
      // A Location that drops the query: the key is put back, as the origin needs it.
      else response.writeHead(301, { location: '/v3/cohorts/c-1' }).end();
    });
    await expect(clientFor({ auth }).getCohort('c-1')).resolves.toMatchObject({ id: 'c-1', name: 'Readers' });
    const second = api.requests[1]!;
    expect(second.url.startsWith('/v3/cohorts/c-1')).toBe(true);
    if (auth === 'header') expect(second.headers['x-api-key']).toBe(KEY);
    else expect(new URL(second.url, api.origin).searchParams.get('k')).toBe(KEY);
    expect(second.headers['x-csrf-token']).toBe(CSRF);
  });

  it('given a 303 after a create, then the cohort is read with a GET without a body', async () => {
    api.handle((request, response) => {
      if (request.method === 'POST') response.writeHead(303, { location: '/v2/cohorts/c-1' }).end();
      else json(200, COHORT)(request, response);
    });
    await expect(clientFor().createCohort({ name: 'Readers', query: QUERY })).resolves.toMatchObject({ id: 'c-1' });
    expect(api.requests.map((request) => [request.method, request.url.split('?')[0], request.body])).toEqual([
      ['POST', '/v2/cohorts', expect.stringContaining('Readers')],
      ['GET', '/v2/cohorts/c-1', ''],
    ]);
  });

  it('given a 303 after a create whose GET then fails, then the outcome is unknown, not "not applied"', async () => {
    api.handle((request, response) => {
      if (request.method === 'POST') response.writeHead(303, { location: '/v2/cohorts/c-1' }).end();
      else json(404, { error: { status_code: 404, code: 3000, message: 'No such cohort' } })(request, response);
    });
    const error = await failure(clientFor().createCohort({ name: 'Readers', query: QUERY }));
    expect(error).toMatchObject({ kind: 'http', status: 404, outcome: 'unknown', method: 'POST' });
    expect(error.message).toContain('No such cohort');
  });

  it('given a redirect loop, then it stops after five redirects', async () => {
    api.handle((request, response) => response.writeHead(302, { location: `/loop${api.requests.length}` }).end());
    const error = await failure(clientFor().listCohorts());
    expect(error).toMatchObject({ kind: 'redirect', status: 302 });
    expect(error.message).toContain('more than 5');
    expect(api.requests).toHaveLength(6);
  });

  it("given redirects: 'error', then not even a same-origin redirect is followed", async () => {
    api.handle((_request, response) => response.writeHead(302, { location: '/elsewhere' }).end());
    expect(await failure(clientFor({ redirects: 'error' }).listCohorts())).toMatchObject({ kind: 'redirect', outcome: 'not-applied' });
    expect(api.requests).toHaveLength(1);
  });

  it('given a Location that is not http(s), then it is refused', async () => {
    api.handle((_request, response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect((await failure(clientFor().listCohorts())).message).toContain('file:');
  });

  it('given an unknown redirects value, then the client refuses to be made', () => {
    expect(() => createCohortsClient({ baseUrl: 'https://api.test', redirects: 'follow' as 'error' })).toThrow(TypeError);
  });
});

describe('what fetch reports about redirects', () => {
  it("asks fetch for redirect: 'manual'", async () => {
    api.handle(json(200, [COHORT]));
    const seen: (RequestRedirect | undefined)[] = [];
    await clientFor({
      fetch: (url, init) => {
        seen.push(init.redirect);
        return globalThis.fetch(url, init);
      },
    }).listCohorts();
    expect(seen).toEqual(['manual']);
  });

  it('given a browser that hides the redirect (opaqueredirect), then the error says a redirect was not followed', async () => {
    // What a browser's fetch gives for redirect: 'manual': status 0, no Location.
    const opaque = () => {
      const response = new Response(null);
      Object.defineProperties(response, { type: { value: 'opaqueredirect' }, status: { value: 0 } });
      return Promise.resolve(response);
    };
    const error = await failure(clientFor({ fetch: opaque }).createCohort({ name: 'Readers', query: QUERY }));
    expect(error).toMatchObject({ kind: 'redirect', outcome: 'unknown', retryable: false });
    expect(error.message).toMatch(/redirected.*not followed/);
  });

  it('given a fetch that follows redirects itself, then the call fails instead of quietly succeeding', async () => {
    api.handle((request, response) => response.writeHead(302, { location: `${other.origin}${request.url}` }).end());
    const following = (url: string, init: RequestInit) => globalThis.fetch(url, { ...init, redirect: 'follow' });
    const error = await failure(clientFor({ fetch: following }).listCohorts());
    expect(error).toMatchObject({ kind: 'redirect', outcome: 'unknown' });
    expect(error.message).toContain("redirect: 'manual'");
  });
});
