/**
 * A hostile HTTP server on 127.0.0.1 for the client's tests: it records every request in full
 * (method, URL, raw headers, body) and answers however the test's handler says, including never,
 * forever, or far too much.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it arrived. */
export interface RecordedRequest {
  method: string;
  /** The request target, as sent (path and query). */
  url: string;
  /** Header names and values, as sent. */
  rawHeaders: string[];
  headers: IncomingMessage['headers'];
  body: string;
}

/** What a handler gets: the request (body already read) and the response to write. */
export type HostileHandler = (request: RecordedRequest, response: ServerResponse, incoming: IncomingMessage) => void;

/** A running server. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: RecordedRequest[];
  /** Replaces the handler for the requests that come next. */
  handle(handler: HostileHandler): void;
  /** Every text the server received: targets, header lines and bodies. */
  received(): string[];
  /** Stops it, cutting every open connection (a body that never ends included). */
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1. */
export async function startHostileServer(handler: HostileHandler = (_request, response) => response.writeHead(404).end()): Promise<HostileServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        rawHeaders: [...incoming.rawHeaders],
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      current(request, response, incoming);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    received: () => requests.flatMap((request) => [request.method, request.url, ...request.rawHeaders, request.body]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Writes `total` bytes of `chunk` repeated, respecting backpressure, and resolves with how many
 * bytes went out before the client went away (or all of them).
 */
export function streamBytes(response: ServerResponse, total: number, chunk = Buffer.alloc(64 * 1024, 0x20)): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(written);
    };
    response.on('close', finish);
    const pump = () => {
      while (!done && written < total && !response.destroyed) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - written));
        written += piece.length;
        if (!response.write(piece)) {
          response.once('drain', pump);
          return;
        }
      }
      if (written >= total && !done) response.end(finish);
    };
    pump();
  });
}

/**
 * Writes one byte every `everyMs` for ever (until the client or the server closes the connection):
 * a body that never ends but is never idle either.
 */
export function trickleForever(response: ServerResponse, everyMs = 10): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!response.destroyed) response.write(' ');
    }, everyMs);
    response.on('close', () => {
      clearInterval(timer);
      resolve();
    });
  });
}
