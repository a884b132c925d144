/**
 * The local Cohorts API over node:http, for tests and for host apps' own development.
 * Node only: the browser gets the same backend through msw.ts, which must never import this file.
 * node:http is imported lazily (see startLocalCohortsApi) as a second line of defence.
 *
 * Whatever arrives gets an answer in the API's error envelope, and nothing a client sends can end
 * the process: a request line node's parser refuses (a `clientError`) gets 400 or 431, a target it
 * lets through but that is no URL gets 400, a body is read no further than the backend's limit
 * (413, from Content-Length before any byte when it is declared) nor longer than a timeout (408).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createCohortsBackend } from './backend';
import { ALL_METHODS, noop, parseProblem, write, writeRaw } from './server-wire';
import { readTarget } from './target';
import type { CohortsBackend } from './types';

/** Options of `startLocalCohortsApi`. */
export interface LocalCohortsApiOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default `127.0.0.1`: the API is never exposed beyond this machine unless asked. */
  host?: string;
  /** The backend to serve; a default one (key `LOCAL_API_KEY`) when absent. Its `maxBodyBytes` bounds bodies. */
  backend?: CohortsBackend;
  /** How long a body may take to arrive once the headers are in, in ms; then 408. Default 10,000. */
  bodyTimeoutMs?: number;
  /** How long the request line and headers may take to arrive, in ms; then 408. Default 10,000. */
  headersTimeoutMs?: number;
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

const DEFAULT_TIMEOUT_MS = 10_000;

/** What the server knows of a request it is reading or answering, by socket, for `clientError`. */
interface Exchange {
  refuse(status: number, message: string): void;
}

function timeout(value: number | undefined, name: string): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a whole number of milliseconds above 0, not ${value}.`);
  return value;
}

/** Starts the local Cohorts API on node:http. */
export async function startLocalCohortsApi(options: LocalCohortsApiOptions = {}): Promise<LocalCohortsApi> {
  const backend = options.backend ?? createCohortsBackend();
  const host = options.host ?? '127.0.0.1';
  const bodyTimeoutMs = timeout(options.bodyTimeoutMs, 'bodyTimeoutMs');
  const headersTimeoutMs = timeout(options.headersTimeoutMs, 'headersTimeoutMs');
  const exchanges = new WeakMap<Duplex, Exchange>();

  /** Reads one request's target and body and hands it to the backend; every path ends in one answer. */
  function serve(req: IncomingMessage, res: ServerResponse, expect: 'continue' | 'unknown' | undefined): void {
    req.on('error', noop);
    res.on('error', noop);
    const socket = req.socket;
    const method = req.method ?? 'GET';
    const rawTarget = req.url ?? '';
    let path = rawTarget;
    let answered = false;
    let lingering = false;
    // Set once the body is being read; every answer clears it.
    let timer: NodeJS.Timeout | undefined = undefined;
    const finish = () => {
      answered = true;
      clearTimeout(timer);
    };
    // A refusal is answered at once, and the rest of the request (if any) is read and discarded.
    const refuse = (status: number, message: string, headers?: Record<string, string>) => {
      if (answered) return;
      finish();
      lingering = true;
      write(res, backend.refuse({ method, path, status, message, headers }), req);
    };
    const exchange: Exchange = {
      refuse(status, message) {
        // The parser failed inside this request (its body), so this request gets the answer.
        if (!answered && !req.complete) return refuse(status, message);
        // It failed on what came after a complete request (pipelined garbage): the answer to this
        // request goes first, the refusal follows it, and the socket closes. After a refusal the
        // connection closes anyway.
        if (lingering) return;
        lingering = true;
        res.once('finish', () => writeRaw(socket, backend.refuse({ method: '', path: '', status, message })));
      },
    };
    exchanges.set(socket, exchange);
    res.once('close', () => {
      clearTimeout(timer);
      if (exchanges.get(socket) === exchange) exchanges.delete(socket);
    });

    if (req.httpVersionMajor !== 1) return refuse(400, 'The request line has no HTTP version: only HTTP/1.0 and HTTP/1.1 are served.');
    if (req.httpVersionMinor === 1 && req.headers.host === undefined) return refuse(400, 'An HTTP/1.1 request must have a Host header.');
    const target = readTarget(method, rawTarget);
    if ('error' in target) return refuse(400, target.error);
    path = target.path;
    if (expect === 'unknown') return refuse(417, 'Only Expect: 100-continue is understood.');
    if (method === 'OPTIONS') {
      // A CORS preflight: no key, no log, as browsers send it.
      finish();
      write(res, { status: 204, headers: {} }, req.complete ? undefined : req);
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > backend.maxBodyBytes) return refuse(413, `The request body is larger than ${backend.maxBodyBytes} bytes.`);
    if (expect === 'continue') res.writeContinue();

    const chunks: Buffer[] = [];
    let size = 0;
    timer = setTimeout(() => refuse(408, `The request body did not arrive within ${bodyTimeoutMs} ms.`), bodyTimeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (answered) return;
      size += chunk.length;
      if (size > backend.maxBodyBytes) {
        chunks.length = 0;
        refuse(413, `The request body is larger than ${backend.maxBodyBytes} bytes.`);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (answered) return;
      finish();
      backend
        .handle({ method, path: target.path, query: target.query, headers: req.headers, body: Buffer.concat(chunks) })
        .then(
          (response) => write(res, response),
          () => write(res, backend.refuse({ method, path, status: 500, message: 'The local Cohorts API failed unexpectedly.' })),
        )
        .catch(() => res.destroy());
    });
  }

  // No request may end the process: whatever throws while answering one closes that connection.
  const guarded =
    (expect?: 'continue' | 'unknown') =>
    (req: IncomingMessage, res: ServerResponse): void => {
      try {
        serve(req, res, expect);
      } catch {
        res.destroy();
      }
    };

  // Loaded on call, not at import: a bundle that re-exports this file beside msw.ts (one
  // `./testing` entry) then still loads in a browser, as long as nobody starts a server there.
  const { createServer } = await import('node:http');
  const server = createServer(
    {
      // Checked in serve(), so the answer is an envelope rather than node's bare 400.
      requireHostHeader: false,
      headersTimeout: headersTimeoutMs,
      // The body has its own timer (408 in the envelope); node's would answer the whole request.
      requestTimeout: 0,
      connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(headersTimeoutMs / 4))),
    },
    guarded(),
  );
  // With these listeners node answers nothing itself: 100 Continue only below the body limit, other
  // expectations 417, CONNECT (which would otherwise close the socket in silence) 405.
  server.on('checkContinue', guarded('continue'));
  server.on('checkExpectation', guarded('unknown'));
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    try {
      socket.on('error', noop);
      const headers = { allow: ALL_METHODS };
      writeRaw(socket, backend.refuse({ method: 'CONNECT', path: req.url ?? '', status: 405, message: 'The Cohorts API is not a proxy: CONNECT is not one of its methods.', headers }));
    } catch {
      socket.destroy();
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    try {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE' || !socket.writable) {
        socket.destroy();
        return;
      }
      const { status, message } = parseProblem(error);
      const exchange = exchanges.get(socket);
      // Mid-body (a chunk size that is no number): the request in hand gets the answer.
      if (exchange) exchange.refuse(status, message);
      else writeRaw(socket, backend.refuse({ method: '', path: '', status, message }));
    } catch {
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  // After listening, an error is one failed accept (EMFILE under a flood): that connection is lost,
  // the server goes on. Without a listener node would throw it and end the process.
  server.on('error', noop);
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
