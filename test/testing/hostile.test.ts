/**
 * The local Cohorts API under hostile clients, over a bare socket: request lines and targets no
 * URL parser accepts, header garbage, bodies too large (declared, chunked, unannounced), bodies
 * and headers that never finish, wrong methods and content types, handlers that throw, then 200
 * concurrent writers. Every answer is read off the wire and checked (status, envelope, request
 * id), and after each test the server still answers a normal request with consistent records.
 */
import { createCohortsBackend } from '../../src/testing/backend';
import { SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import type { StoredCohort } from '../../src/testing/types';
import { RawConnection, rawRequest, type RawResponse } from './raw';

const KEY = 'hostile-key';
const LIMIT = 4096;
const QUERY = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  417: 'Expectation Failed',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
};

let api: LocalCohortsApi;
// The same backend behind short timeouts, for the slow clients only: under load (200 concurrent
// writers on a busy machine) a body may well take longer than 300 ms to follow its headers.
let quick: LocalCohortsApi;
// What would end a standalone process: vitest survives it, so it is recorded and checked here.
const uncaught: unknown[] = [];
const record = (error: unknown) => void uncaught.push(error);
const hostHeader = () => `Host: 127.0.0.1:${api.port}`;
const get = (target: string) => `GET ${target} HTTP/1.1\r\n${hostHeader()}\r\n\r\n`;
function send(method: string, target: string, body: string, headers: string[] = ['Content-Type: application/json']): string {
  return [`${method} ${target} HTTP/1.1`, hostHeader(), ...headers, `Content-Length: ${Buffer.byteLength(body)}`, '', body].join('\r\n');
}
const post = (target: string, body: string, headers?: string[]) => send('POST', target, body, headers);

/** Checks a response is the v1 error envelope for `status` and `code`, on the wire and in the body; returns its message. */
function expectEnvelope(response: RawResponse, status: number, code: number, message: RegExp): string {
  expect({ status: response.status, statusText: response.statusText }).toEqual({ status, statusText: STATUS_TEXT[status] });
  expect(response.headers['content-type']).toBe('application/json');
  expect(response.headers['x-request-id']).toMatch(/^req-\d+$/);
  const body = JSON.parse(response.body) as { error: { message: string } };
  expect(body).toEqual({
    request_id: response.headers['x-request-id'],
    error: {
      type: expect.any(String),
      status_code: status,
      status: STATUS_TEXT[status],
      code,
      message: expect.stringMatching(message),
      docs: 'https://docs.permutive.com/',
    },
  });
  return body.error.message;
}

/** Every record is whole and unique, and a normal request lists exactly the own-workspace records. */
async function expectConsistent(): Promise<StoredCohort[]> {
  const records = api.backend.cohorts();
  expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  expect(new Set(records.map((record) => record.code)).size).toBe(records.length);
  const response = await fetch(`${api.url}/v2/cohorts?k=${KEY}&include-child-workspaces=true`);
  expect(response.status).toBe(200);
  const listed = (await response.json()) as { id: string; name: string }[];
  expect(listed.map((cohort) => [cohort.id, cohort.name])).toEqual(records.map((record) => [record.id, record.name]));
  return records;
}

beforeAll(async () => {
  process.on('uncaughtExceptionMonitor', record);
  process.on('unhandledRejection', record);
  const backend = createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts(), maxBodyBytes: LIMIT });
  api = await startLocalCohortsApi({ backend });
  quick = await startLocalCohortsApi({ backend, bodyTimeoutMs: 300, headersTimeoutMs: 400 });
});
afterAll(async () => {
  process.off('uncaughtExceptionMonitor', record);
  process.off('unhandledRejection', record);
  await Promise.all([api.close(), quick.close()]);
});
// After each hostile request nothing was thrown past the server, and it serves a normal request.
afterEach(async () => {
  expect(uncaught).toEqual([]);
  await expectConsistent();
});

describe('request lines and targets that are not URLs', () => {
  it.each([
    ['an IPv6 literal never closed (new URL throws)', 'http://[::1', /not a valid URL/],
    ['an absolute-form target with a port out of range', 'http://example.com:99999/v2/cohorts', /not a valid URL/],
    ['a target that is neither a path nor a URL', '%zz', /not valid HTTP\/1\.1/],
    ['a bad escape in the path', `/v2/cohorts/%zz?k=${KEY}`, /% that is not followed by two hex digits/],
    ['a bad escape in the query', '/v2/cohorts?k=%z', /% that is not followed by two hex digits/],
    ['a bad escape in an absolute-form target', `http://example.com/v2/cohorts/%G0?k=${KEY}`, /% that is not followed by two hex digits/],
    ['an authority-form target on GET', 'example.com:80', /not valid HTTP\/1\.1/],
    ['an asterisk-form target on GET', '*', /only for OPTIONS/],
    ['a scheme the API does not serve', `ftp://example.com/v2/cohorts?k=${KEY}`, /path \(\/v2\/cohorts\) or an http\(s\) URL/],
    ['a byte above ASCII in the path', '/v2/cohorts/\xfc', /not valid HTTP\/1\.1/],
  ])('given %s, then 400 in the envelope', async (_what, target, message) => {
    expectEnvelope(await rawRequest(api.port, get(target)), 400, 1002, message);
  });

  it('given an absolute-form target, then it is served like its path (servers must accept it)', async () => {
    const response = await rawRequest(api.port, get(`http://example.com/v2/cohorts/${SAMPLE_IDS.football}?k=${KEY}`));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ id: SAMPLE_IDS.football, name: 'Football fans' });
  });

  it('given a 10 kB target, then 404 whose message does not echo all of it; the log keeps 2,000 characters', async () => {
    const id = 'x'.repeat(10_000);
    const message = expectEnvelope(await rawRequest(api.port, get(`/v2/cohorts/${id}?k=${KEY}`)), 404, 3000, /^No cohort has the id x+…\.$/);
    expect(message.length).toBeLessThan(300);
    expect(api.backend.requests.at(-1)).toEqual({ method: 'GET', path: `/v2/cohorts/${id}`.slice(0, 2000), status: 404 });
  });

  it('given a 20 kB target, over what the parser reads, then 431 and the connection closes', async () => {
    const connection = await RawConnection.open(api.port);
    await connection.write(get(`/v2/cohorts/${'y'.repeat(20_000)}`));
    expectEnvelope(await connection.response(), 431, 1002, /larger than the server reads/);
    expect(await connection.closesWithin(3000)).toBe(true);
  });

  it.each([
    ['no HTTP version (HTTP/0.9)', `GET /v2/cohorts?k=${KEY}\r\n\r\n`, /no HTTP version/],
    ['an unknown HTTP version', `GET /v2/cohorts?k=${KEY} HTTP/9.9\r\nHost: x\r\n\r\n`, /not valid HTTP\/1\.1 \(Invalid HTTP version\)/],
    ['an unknown method', `BREW /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\n\r\n`, /Invalid method/],
    ['a lower-case method', `get /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\n\r\n`, /Invalid method/],
    ['a space inside the target', `GET /v2/co horts?k=${KEY} HTTP/1.1\r\nHost: x\r\n\r\n`, /not valid HTTP\/1\.1/],
    ['bare LF line endings', `GET /v2/cohorts?k=${KEY} HTTP/1.1\nHost: x\n\n`, /not valid HTTP\/1\.1/],
    ['an HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', /not valid HTTP\/1\.1/],
    ['a TLS ClientHello', '\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03', /not valid HTTP\/1\.1/],
    ['no Host header on HTTP/1.1', `GET /v2/cohorts?k=${KEY} HTTP/1.1\r\n\r\n`, /must have a Host header/],
  ])('given a request line with %s, then 400 in the envelope', async (_what, raw, message) => {
    expectEnvelope(await rawRequest(api.port, raw), 400, 1002, message);
  });

  it('given CONNECT, then 405 with the methods the API has (node would close the socket in silence)', async () => {
    const response = await rawRequest(api.port, `CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`);
    expectEnvelope(response, 405, 3000, /not a proxy/);
    expect(response.headers.allow).toBe('GET, HEAD, POST, PATCH, DELETE, OPTIONS');
  });
});

describe('header garbage', () => {
  it.each([
    ['a line without a colon', `GET /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\nthis is garbage\r\n\r\n`, 400, /Invalid header token/],
    ['a control character in a value', `GET /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\nX-Thing: a\x01b\r\n\r\n`, 400, /Invalid header value char/],
    ['a non-numeric Content-Length', `POST /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n`, 400, /Content-Length/],
    ['Content-Length beside chunked', `POST /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`, 400, /Transfer-Encoding/],
    ['an expectation other than 100-continue', `GET /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\nExpect: the-unexpected\r\n\r\n`, 417, /100-continue/],
    ['20 kB of headers', `GET /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\n${'X-Pad: aaaaaaaaaaaaaaaaaaaa\r\n'.repeat(800)}\r\n`, 431, /larger than the server reads/],
  ])('given %s, then the envelope', async (_what, raw, status, message) => {
    expectEnvelope(await rawRequest(api.port, raw), status, 1002, message);
  });

  it('given a chunk size that is no number mid-body, then 400 for the request in hand', async () => {
    const raw = `POST /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"nam\r\nzz\r\n`;
    expectEnvelope(await rawRequest(api.port, raw), 400, 1002, /chunk size/);
    expect(api.backend.requests.at(-1)).toEqual({ method: 'POST', path: '/v2/cohorts', status: 400 });
  });

  it('given garbage pipelined behind a good request, then the good one is answered first, then 400, then the socket closes', async () => {
    const connection = await RawConnection.open(api.port);
    await connection.write(`${get(`/v2/cohorts/${SAMPLE_IDS.football}?k=${KEY}`)}NOT HTTP AT ALL\r\n\r\n`);
    const first = await connection.response();
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toMatchObject({ id: SAMPLE_IDS.football });
    expectEnvelope(await connection.response(), 400, 1002, /not valid HTTP\/1\.1/);
    expect(await connection.closesWithin(3000)).toBe(true);
  });
});

describe('bodies too large or too slow', () => {
  const name = (length: number) => {
    const shell = JSON.stringify({ name: '', query: QUERY });
    return 'n'.repeat(length - shell.length);
  };

  it('given a body of exactly the limit, then it is read (201); one byte more, then 413', async () => {
    const exact = JSON.stringify({ name: name(LIMIT), query: QUERY });
    expect(Buffer.byteLength(exact)).toBe(LIMIT);
    const created = await rawRequest(api.port, post(`/v2/cohorts?k=${KEY}`, exact));
    expect(created.status).toBe(201);
    const over = JSON.stringify({ name: name(LIMIT + 1), query: QUERY });
    expectEnvelope(await rawRequest(api.port, post(`/v2/cohorts?k=${KEY}`, over)), 413, 1002, new RegExp(`larger than ${LIMIT} bytes`));
    expect(api.backend.cohorts().filter((cohort) => cohort.name.startsWith('nnn'))).toHaveLength(1);
  });

  it('given a Content-Length over the limit, then 413 before any byte of the body is sent', async () => {
    const connection = await RawConnection.open(api.port);
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n`);
    expectEnvelope(await connection.response(), 413, 1002, /larger than 4096 bytes/);
    expect(api.backend.requests.at(-1)).toEqual({ method: 'POST', path: '/v2/cohorts', status: 413 });
    // The connection is closed after the answer, so the body that never came cannot be read as a request.
    expect(await connection.closesWithin(3000)).toBe(true);
  });

  it('given a declared oversized body sent in full at once, then the answer still arrives whole', async () => {
    const body = 'z'.repeat(64 * 1024);
    expectEnvelope(await rawRequest(api.port, post(`/v2/cohorts?k=${KEY}`, body)), 413, 1002, /larger than/);
  });

  it('given a chunked body that never ends, then 413 as soon as it passes the limit, while the client is still sending', async () => {
    const connection = await RawConnection.open(api.port);
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = `400\r\n${'c'.repeat(0x400)}\r\n`;
    let sent = 0;
    const sending = (async () => {
      while (!connection.closed && connection.writable && sent < 10_000) {
        await connection.write(chunk);
        sent += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const response = await connection.response();
    const sentWhenAnswered = sent;
    expectEnvelope(response, 413, 1002, /larger than 4096 bytes/);
    // Five 1 kB chunks pass the limit; the answer did not wait for the end that never comes.
    expect(sentWhenAnswered).toBeLessThan(10_000);
    expect(await connection.closesWithin(5000)).toBe(true);
    await sending;
  });

  it('given an unannounced body on HTTP/1.0 (length until close), then it is not read as a body', async () => {
    // HTTP/1.0 without Content-Length has no body on a request: what follows is a second request.
    const response = await rawRequest(api.port, `GET /v2/cohorts?k=${KEY} HTTP/1.0\r\n\r\n${'u'.repeat(10_000)}`);
    expect(response.status).toBe(200);
  });

  it('given Expect: 100-continue and a body over the limit, then 413 instead of 100 Continue', async () => {
    const connection = await RawConnection.open(api.port);
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n`);
    expectEnvelope(await connection.response(), 413, 1002, /larger than/);
    expect(connection.unread).toBe('');
    connection.destroy();
  });

  it('given Expect: 100-continue and a body under the limit, then 100 Continue, then the cohort is created', async () => {
    const connection = await RawConnection.open(api.port);
    const body = JSON.stringify({ name: 'Continued', query: QUERY });
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`);
    await vi.waitFor(() => expect(connection.unread).toMatch(/^HTTP\/1\.1 100 Continue\r\n/));
    await connection.write(body);
    const response = await connection.response();
    expect(response.status).toBe(201);
    expect(JSON.parse(response.body)).toMatchObject({ name: 'Continued' });
    connection.destroy();
  });

  it('given a body that stops arriving, then 408 after the body timeout, and nothing is created', async () => {
    const before = api.backend.cohorts().length;
    const connection = await RawConnection.open(quick.port);
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":"Slo`);
    expectEnvelope(await connection.response(), 408, 1002, /did not arrive within 300 ms/);
    expect(api.backend.requests.at(-1)).toEqual({ method: 'POST', path: '/v2/cohorts', status: 408 });
    expect(await connection.closesWithin(5000)).toBe(true);
    expect(api.backend.cohorts()).toHaveLength(before);
  });

  it('given headers that stop arriving, then 408 after the headers timeout', async () => {
    const connection = await RawConnection.open(quick.port);
    await connection.write(`GET /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nX-Slow: `);
    expectEnvelope(await connection.response(), 408, 1002, /did not arrive in time/);
    expect(await connection.closesWithin(5000)).toBe(true);
  });

  it('given a connection that sends nothing at all, then 408 after the headers timeout (no idle socket is held)', async () => {
    const connection = await RawConnection.open(quick.port);
    expectEnvelope(await connection.response(), 408, 1002, /did not arrive in time/);
    expect(api.backend.requests.at(-1)).toEqual({ method: '', path: '', status: 408 });
    expect(await connection.closesWithin(5000)).toBe(true);
  });

  it('given a client that ends its side mid-body, then 400 (the body ended early) and nothing is created', async () => {
    const before = api.backend.cohorts().length;
    const connection = await RawConnection.open(api.port);
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"na`);
    connection.end();
    expectEnvelope(await connection.response(), 400, 1002, /not valid HTTP\/1\.1/);
    expect(api.backend.cohorts()).toHaveLength(before);
  });

  it('given a client that vanishes mid-body, then its body timer answers no one and the server goes on', async () => {
    const before = api.backend.cohorts().length;
    const connection = await RawConnection.open(quick.port);
    await connection.write(`POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"na`);
    connection.destroy();
    // Longer than the body timeout, so a timer left behind would fire on the dead socket.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(api.backend.cohorts()).toHaveLength(before);
  });
});

describe('methods and content types', () => {
  it.each([
    ['PUT', '/v2/cohorts', 'GET, HEAD, POST'],
    ['DELETE', '/v2/cohorts', 'GET, HEAD, POST'],
    ['PATCH', '/v2/cohorts', 'GET, HEAD, POST'],
    ['POST', `/v2/cohorts/${SAMPLE_IDS.football}`, 'GET, HEAD, PATCH, DELETE'],
    ['PUT', `/v2/cohorts/${SAMPLE_IDS.football}`, 'GET, HEAD, PATCH, DELETE'],
    ['TRACE', '/v2/cohorts', 'GET, HEAD, POST'],
  ])('given %s %s, then 405 with Allow: %s', async (method, path, allow) => {
    const response = await rawRequest(api.port, `${method} ${path}?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`);
    expectEnvelope(response, 405, 3000, new RegExp(`takes ${allow}`));
    expect(response.headers.allow).toBe(allow);
  });

  it('given an unknown path, then 404 in the envelope', async () => {
    expectEnvelope(await rawRequest(api.port, get(`/v3/anything?k=${KEY}`)), 404, 3000, /There is no GET \/v3\/anything/);
  });

  it('given HEAD, then the headers of GET and no body', async () => {
    const response = await rawRequest(api.port, `HEAD /v2/cohorts/${SAMPLE_IDS.football}?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\n\r\n`, { head: true });
    expect(response.status).toBe(200);
    expect(Number(response.headers['content-length'])).toBeGreaterThan(0);
    expect(response.body).toBe('');
  });

  it.each([
    ['text/plain', ['Content-Type: text/plain']],
    ['no content type', []],
    ['form data', ['Content-Type: application/x-www-form-urlencoded']],
    ['JSON in Latin-1', ['Content-Type: application/json; charset=iso-8859-1']],
    ['a type that only starts with json', ['Content-Type: application/jsonl']],
  ])('given a POST with %s, then 415 and nothing is created', async (_what, headers) => {
    const before = api.backend.cohorts().length;
    const body = JSON.stringify({ name: 'Typed', query: QUERY });
    expectEnvelope(await rawRequest(api.port, post(`/v2/cohorts?k=${KEY}`, body, headers)), 415, 1002, /must be JSON/);
    expect(api.backend.cohorts()).toHaveLength(before);
  });

  it('given a PATCH with text/plain, then 415 and the cohort is unchanged; merge-patch+json is JSON', async () => {
    const target = `/v2/cohorts/${SAMPLE_IDS.football}?k=${KEY}`;
    const patch = (type: string) => rawRequest(api.port, send('PATCH', target, '{"name":"Patched"}', [`Content-Type: ${type}`]));
    expectEnvelope(await patch('text/plain'), 415, 1002, /must be JSON/);
    expect(api.backend.cohorts().find((cohort) => cohort.id === SAMPLE_IDS.football)?.name).toBe('Football fans');
    const merged = await patch('application/merge-patch+json; charset="UTF-8"');
    expect(merged.status).toBe(200);
    const renamed = await patch('application/json');
    expect(JSON.parse(renamed.body)).toMatchObject({ name: 'Patched' });
  });

  it.each([
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /not UTF-8/],
    ['text that is not JSON', Buffer.from('{"name": "half'), /not JSON/],
    ['JSON that is not an object', Buffer.from('[1, 2, 3]'), /not valid/],
    ['an empty body', Buffer.alloc(0), /not JSON/],
  ])('given %s with a JSON content type, then 400 / 1002', async (_what, body, message) => {
    const head = `POST /v2/cohorts?k=${KEY} HTTP/1.1\r\n${hostHeader()}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    expectEnvelope(await rawRequest(api.port, Buffer.concat([Buffer.from(head), body])), 400, 1002, message);
  });
});

describe('handlers that fail', () => {
  it('given a rejectQuery that throws, then 500 / 5000 in the envelope and the server goes on', async () => {
    const backend = createCohortsBackend({
      apiKeys: [KEY],
      rejectQuery: () => {
        throw new Error('a bug in the host');
      },
    });
    const own = await startLocalCohortsApi({ backend });
    try {
      const response = await rawRequest(own.port, post(`/v2/cohorts?k=${KEY}`, JSON.stringify({ name: 'Boom', query: QUERY })));
      expectEnvelope(response, 500, 5000, /failed unexpectedly/);
      expect(JSON.stringify(response.body)).not.toContain('a bug in the host');
      expect((await fetch(`${own.url}/v2/cohorts?k=${KEY}`)).status).toBe(200);
    } finally {
      await own.close();
    }
  });

  it('given a backend whose handle rejects, then 500 in the envelope', async () => {
    const real = createCohortsBackend({ apiKeys: [KEY] });
    const broken = Object.assign(Object.create(real) as typeof real, { handle: () => Promise.reject(new Error('broken')) });
    const own = await startLocalCohortsApi({ backend: broken });
    try {
      expectEnvelope(await rawRequest(own.port, `GET /v2/cohorts?k=${KEY} HTTP/1.1\r\nHost: x\r\n\r\n`), 500, 5000, /failed unexpectedly/);
    } finally {
      await own.close();
    }
  });
});

describe('200 concurrent writers', () => {
  it('given 100 creates and 100 updates at once, then every answer is right and every record checks out', async () => {
    const before = api.backend.cohorts().length;
    // Each update renames its own fresh cohort, so the result of every PATCH can be checked.
    const seeds = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        fetch(`${api.url}/v2/cohorts?k=${KEY}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: `seed ${i}`, query: QUERY }) }).then(
          async (response) => ({ status: response.status, body: (await response.json()) as { id: string } }),
        ),
      ),
    );
    expect(seeds.map((seed) => seed.status)).toEqual(Array(100).fill(201));
    const writes = [
      ...Array.from({ length: 100 }, (_, i) => ({ method: 'POST', path: '/v2/cohorts', body: { name: `created ${i}`, query: QUERY, tags: [`c${i}`] } })),
      ...seeds.map((seed, i) => ({ method: 'PATCH', path: `/v2/cohorts/${seed.body.id}`, body: { name: `renamed ${i}`, tags: [`p${i}`] } })),
    ];
    const answers = await Promise.all(
      writes.map(async (write) => {
        const response = await fetch(`${api.url}${write.path}?k=${KEY}`, { method: write.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(write.body) });
        return { status: response.status, body: (await response.json()) as { id: string; name: string; tags: string[]; code: number } };
      }),
    );
    const created = answers.slice(0, 100);
    const patched = answers.slice(100);
    expect(created.map((answer) => [answer.status, answer.body.name, answer.body.tags])).toEqual(Array.from({ length: 100 }, (_, i) => [201, `created ${i}`, [`c${i}`]]));
    expect(patched.map((answer) => [answer.status, answer.body.id, answer.body.name])).toEqual(seeds.map((seed, i) => [200, seed.body.id, `renamed ${i}`]));
    const createdIds = created.map((answer) => answer.body.id);
    expect(new Set(createdIds).size).toBe(100);
    expect(new Set(created.map((answer) => answer.body.code)).size).toBe(100);

    // Afterwards: each created cohort is listed exactly once and reads back as created; each patch holds.
    const records = await expectConsistent();
    for (const [i, id] of createdIds.entries()) {
      expect(records.filter((record) => record.id === id)).toHaveLength(1);
      const response = await fetch(`${api.url}/v2/cohorts/${id}?k=${KEY}`);
      expect(await response.json()).toMatchObject({ id, name: `created ${i}`, tags: [`c${i}`], query: QUERY });
    }
    for (const [i, seed] of seeds.entries()) {
      expect(records.find((record) => record.id === seed.body.id)).toMatchObject({ name: `renamed ${i}`, tags: [`p${i}`], query: QUERY });
    }
    // Nothing was written twice: 100 seeds, 100 creates, and whatever existed before.
    expect(records).toHaveLength(before + 200);
  });
});

describe('after all of it', () => {
  it('the server answers a normal request, the sample cohorts are intact and the request log is bounded', async () => {
    const response = await fetch(`${api.url}/v2/cohorts/${SAMPLE_IDS.lookalike}?k=${KEY}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: SAMPLE_IDS.lookalike, name: 'Football fans (lookalike)' });
    expect(api.backend.requests.length).toBeLessThanOrEqual(1000);
    expect(api.backend.requests.at(-1)).toEqual({ method: 'GET', path: `/v2/cohorts/${SAMPLE_IDS.lookalike}`, status: 200 });
  });
});
