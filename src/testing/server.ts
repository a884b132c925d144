/**
 * The local Cohorts API over node:http, for tests and for host apps' own development.
 * Node only: the browser gets the same backend through msw.ts, which must never import this file.
 * node:http is imported lazily (see startLocalCohortsApi) as a second line of defence.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCohortsBackend } from './backend';
import type { BackendResponse, CohortsBackend } from './types';

/** Options of `startLocalCohortsApi`. */
export interface LocalCohortsApiOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default `127.0.0.1`: the API is never exposed beyond this machine unless asked. */
  host?: string;
  /** The backend to serve; a default one (key `LOCAL_API_KEY`) when absent. */
  backend?: CohortsBackend;
}

/** A running local Cohorts API. */
export interface LocalCohortsApi {
  /** `http://127.0.0.1:PORT`; use it as the client's `baseUrl`. */
  url: string;
  port: number;
  backend: CohortsBackend;
  /** Stops the server and cuts open connections; calling it again returns the same promise. */
  close(): Promise<void>;
}

// A browser app on another port (a dev server) may call the local API directly.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'content-type, accept, x-api-key',
  'access-control-expose-headers': 'x-request-id',
};

function readText(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function write(res: ServerResponse, response: BackendResponse): void {
  // The client may have gone (a timeout or abort) while a latency fault held the answer.
  if (res.destroyed || res.writableEnded) return;
  const body = Buffer.from(response.body ?? '', 'utf8');
  const headers = { ...CORS, ...response.headers };
  if (response.drop) {
    // Headers and half the body go out, then the socket dies: the client sees a response whose
    // body never completes. With no body to cut, the socket dies before any byte is sent.
    if (body.length === 0 || response.status === 204) {
      res.destroy();
      return;
    }
    res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    return;
  }
  res.writeHead(response.status, response.status === 204 ? headers : { ...headers, 'content-length': String(body.length) });
  res.end(response.status === 204 ? undefined : body);
}

/** Starts the local Cohorts API on node:http. */
export async function startLocalCohortsApi(options: LocalCohortsApiOptions = {}): Promise<LocalCohortsApi> {
  const backend = options.backend ?? createCohortsBackend();
  const host = options.host ?? '127.0.0.1';
  // Loaded on call, not at import: a bundle that re-exports this file beside msw.ts (one
  // `./testing` entry) then still loads in a browser, as long as nobody starts a server there.
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://local');
    readText(req)
      .then((body) =>
        backend.handle({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body }),
      )
      .then(
        (response) => write(res, response),
        () => write(res, { status: 500, headers: { 'content-type': 'text/plain' }, body: 'The local Cohorts API failed.' }),
      );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  // Closing twice (a test's own close, then afterEach) is harmless: both get the same promise.
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}`,
    port,
    backend,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}
