/**
 * How the node:http server writes answers: normal ones, refusals whose request is still arriving
 * (a lingering close), and raw ones on a socket whose parser gave up. Node only, like server.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { statusText } from './envelope';
import type { BackendResponse } from './types';

/** CORS headers on every answer: a browser app on another port (a dev server) may call the local API directly. */
export const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'content-type, accept, x-api-key',
  'access-control-expose-headers': 'x-request-id',
};
/** Every method the API has, for the Allow header of a request no route can take (CONNECT). */
export const ALL_METHODS = 'GET, HEAD, POST, PATCH, DELETE, OPTIONS';
// After refusing a request whose body is still coming, the connection stays open this long,
// reading and discarding, before it closes (nginx's "lingering close"): closing a socket with
// unread data sends a TCP reset, and a reset can destroy the answer before the sender reads it.
const LINGER_MS = 2_000;
/** An error listener that only keeps node from throwing an event nobody else listens to. */
export const noop = () => undefined;

/** The status and message for a `clientError`; node's parser reasons are fixed strings, never the input. */
export function parseProblem(error: NodeJS.ErrnoException): { status: number; message: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW') return { status: 431, message: 'The request line and headers are larger than the server reads.' };
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, message: 'The request line and headers did not arrive in time.' };
  const reason = (error.message || 'unreadable').replace(/^Parse Error: /, '').replace(/\.$/, '');
  return { status: 400, message: `The request is not valid HTTP/1.1 (${reason}).` };
}

/** Writes an answer on a socket whose parser gave up, so no ServerResponse exists; then closes it. */
export function writeRaw(socket: Duplex, response: BackendResponse): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = Buffer.from(response.body ?? '', 'utf8');
  const headers = { ...CORS, ...response.headers, 'content-length': String(body.length), connection: 'close' };
  const head = [`HTTP/1.1 ${response.status} ${statusText(response.status)}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]));
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/**
 * Writes a response. With `linger` (the request it answers, whose body may still be coming), the
 * connection closes once the rest of that body has been read and discarded, or after LINGER_MS.
 */
export function write(res: ServerResponse, response: BackendResponse, linger?: IncomingMessage): void {
  // The client may have gone (a timeout or abort) while a latency fault held the answer.
  if (res.destroyed || res.writableEnded || res.headersSent) return;
  const body = Buffer.from(response.body ?? '', 'utf8');
  const headers: Record<string, string> = { ...CORS, ...response.headers };
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
  if (response.status !== 204) headers['content-length'] = String(body.length);
  if (linger === undefined) {
    res.writeHead(response.status, headers);
    res.end(response.status === 204 ? undefined : body);
    return;
  }
  res.writeHead(response.status, { ...headers, connection: 'close' });
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    if (!res.destroyed && !res.writableEnded) res.end();
  };
  const timer = setTimeout(end, LINGER_MS);
  timer.unref();
  res.write(response.status === 204 ? Buffer.alloc(0) : body);
  if (linger.complete) end();
  else {
    linger.once('end', end);
    linger.once('close', end);
    linger.resume();
  }
}
