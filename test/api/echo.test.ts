// @vitest-environment node
import { inspect } from 'node:util';
import { createCohortsClient } from '../../src/api/client';
import { CohortApiError } from '../../src/api/errors';
import type { CohortsClientOptions } from '../../src/api/types';
import { ENCODINGS, leaks, SINGLE_ENCODINGS } from './support/encodings';
import { startHostileServer, type HostileServer } from './support/hostileServer';

// A server that echoes the key and the URL back in every encoding it can, in every field of its
// error envelope, in its status line and headers. Nothing of it may reach an error's surfaces.
const KEY = 'sk Echo/Key+42=&?é<"x';
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };

let server: HostileServer;

function clientFor(options: Partial<CohortsClientOptions> = {}) {
  return createCohortsClient({ baseUrl: server.origin, apiKey: KEY, timeoutMs: 5_000, ...options });
}

async function failure(promise: Promise<unknown>): Promise<CohortApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CohortApiError);
  return error as CohortApiError;
}

/** Every way a host might show or log an error. */
function surfaces(error: CohortApiError): string[] {
  const cause = error.cause;
  return [
    error.message,
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
    error.url ?? '',
    error.statusText ?? '',
    error.requestId ?? '',
    error.type ?? '',
    error.docs ?? '',
    String(cause),
    JSON.stringify(cause) ?? '',
    cause instanceof Error ? `${cause.message}\n${cause.stack ?? ''}` : '',
  ];
}

// The key and the request target in every single encoding, and the key in one of every eight
// double ones (all of them, in test/api/redact.test.ts, would be over the 64 KiB of an error body
// the client reads).
const everyEncoding = (target: string) =>
  [
    ...SINGLE_ENCODINGS.flatMap((encoding) => [encoding.encode(KEY), encoding.encode(target)]),
    ...ENCODINGS.filter((_encoding, index) => index % 8 === 0).map((encoding) => encoding.encode(KEY)),
  ]
    .map((text, index) => `${index}: ${text}`)
    .join(' | ');

beforeEach(async () => {
  server = await startHostileServer();
});
afterEach(() => server.close());

describe('a server that echoes the key', () => {
  it.each(['query', 'header'] as const)('given %s auth and the key echoed in every field of an error envelope, then no surface of the error holds it', async (auth) => {
    server.handle((request, response) => {
      const body = {
        request_id: SINGLE_ENCODINGS[4]!.encode(KEY),
        error: {
          type: SINGLE_ENCODINGS[8]!.encode(KEY),
          status_code: 401,
          status: SINGLE_ENCODINGS[12]!.encode(KEY),
          code: 2000,
          message: everyEncoding(request.url),
          cause: JSON.stringify({ key: KEY, url: request.url }),
          docs: `https://docs.test/?k=${SINGLE_ENCODINGS[2]!.encode(KEY)}`,
        },
      };
      response.writeHead(401, `Bad key ${encodeURIComponent(KEY)}`, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    const error = await failure(clientFor({ auth }).listCohorts());
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 2000 });
    expect(leaks(KEY, surfaces(error))).toEqual([]);
    // The server's words are kept around what was removed.
    expect(error.message).toContain('[redacted]');
    expect(error.message).toContain(`${SINGLE_ENCODINGS.length * 2 + 1}: [redacted]`);
  });

  it('given the key echoed in the request-id header and a non-JSON body, then neither reaches the error', async () => {
    server.handle((request, response) =>
      response
        .writeHead(500, { 'x-request-id': `req-${encodeURIComponent(KEY).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())}`, 'content-type': 'text/html' })
        .end(`<p>Failed: ${everyEncoding(request.url)}</p>`),
    );
    const error = await failure(clientFor().getCohort('c-1'));
    expect(error).toMatchObject({ kind: 'http', status: 500 });
    expect(error.requestId).toMatch(/^req-/);
    expect(leaks(KEY, surfaces(error))).toEqual([]);
  });

  it('given a 2xx that echoes the key in a body that is not a cohort, then the invalid-response error holds none of it', async () => {
    server.handle((request, response) => response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 7, name: everyEncoding(request.url), query: KEY })));
    const error = await failure(clientFor().createCohort({ name: 'X', query: QUERY }));
    expect(error).toMatchObject({ kind: 'invalid-response', outcome: 'applied' });
    expect(leaks(KEY, surfaces(error))).toEqual([]);
  });

  it('given a fetch whose error quotes the URL in encodings, then the cause chain holds none of them', async () => {
    const quoting = (input: string) => Promise.reject(new Error(`GET ${input} failed`, { cause: new Error(everyEncoding(input)) }));
    const error = await failure(clientFor({ fetch: quoting }).listCohorts());
    expect(error.kind).toBe('network');
    expect(leaks(KEY, [...surfaces(error), ((error.cause as Error).cause as Error).message])).toEqual([]);
  });

  it('given a redirect whose Location repeats the key, then the redirect error holds none of it', async () => {
    server.handle((request, response) => response.writeHead(302, { location: `http://127.0.0.1:9/${encodeURIComponent(KEY)}${request.url}` }).end());
    const error = await failure(clientFor().listCohorts());
    expect(error.kind).toBe('redirect');
    expect(leaks(KEY, surfaces(error))).toEqual([]);
  });
});

describe('credentials in the base URL', () => {
  const PASSWORD = 'p@ss-Secret-9';

  it('given user:pass@ in baseUrl, then neither the pair nor the password appears in the error, in any encoding', async () => {
    const baseUrl = server.origin.replace('//', `//cohort-admin:${encodeURIComponent(PASSWORD)}@`);
    // fetch refuses such a URL, and its error quotes it.
    const error = await failure(createCohortsClient({ baseUrl, apiKey: KEY }).listCohorts());
    expect(error.kind).toBe('network');
    expect(error.url).toBe(`http://[redacted]@${server.origin.slice('http://'.length)}/v2/cohorts`);
    expect([...leaks(PASSWORD, surfaces(error)), ...leaks(encodeURIComponent(PASSWORD), surfaces(error)), ...leaks(KEY, surfaces(error))]).toEqual([]);
    expect(surfaces(error).join('\n')).not.toContain('cohort-admin:');
  });

  it('given a token as the user (token@), then the token does not appear', async () => {
    const baseUrl = server.origin.replace('//', '//ghp_SecretToken42@');
    server.handle((request, response) => response.writeHead(404, { 'content-type': 'text/plain' }).end(request.url));
    // A fetch that sends what it is given, credentials and all, and quotes the URL when it fails.
    const error = await failure(createCohortsClient({ baseUrl, fetch: (input) => Promise.reject(new TypeError(`Failed to fetch ${input}`)) }).listCohorts());
    expect(leaks('ghp_SecretToken42', surfaces(error))).toEqual([]);
    expect(error.message).toContain('[redacted]@');
  });
});
