/** Sends one call: URL, auth, headers, redirects, deadline, body limit, and the errors of getting no usable response. */
import { DEFAULT_MAX_RESPONSE_BYTES, discardBody, readBodyText } from './body';
import { createDeadline, Stopped, type StopReason } from './deadline';
import { CohortApiError, outcomeOfStatus, type CohortApiErrorKind, type CohortApiOutcome } from './errors';
import { createRedactor, sanitizeError, secretsOf, stripKey, type Redactor } from './redact';
import { absoluteUrl, isRedirectStatus, nextHop, type Hop } from './redirect';
import type { CohortsClientOptions } from './types';

/** How much of an error (non-2xx) body is read: its envelope is small; the rest is dropped. */
export const ERROR_BODY_BYTES = 64 * 1024;

/** The default of `timeoutMs`. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** One request to the API. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path below the base URL, already encoded: `/v2/cohorts/abc`. */
  path: string;
  params?: Record<string, string>;
  /** A JSON value to send. */
  body?: unknown;
  signal?: AbortSignal;
}

/** A complete response: its body has been read in full. */
export interface ApiResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/** What the response readers need to describe a failure without leaking the key. */
export interface RequestContext {
  method: string;
  /** The URL of the last request of the call (after redirects), without the key or URL credentials. */
  url: string;
  /** The call for messages: `GET <url>`, and where redirects led (`POST <url> → GET <url>`). */
  what: string;
  redact: Redactor;
  /** True when a redirect turned a write into a GET: the write may have been handled. */
  rewritten: boolean;
}

/** The outcome of a failure that `status` settles, raised to `unknown` after a write was redirected to a GET. */
export function outcomeAfter(status: number, context: Pick<RequestContext, 'rewritten'>): CohortApiOutcome {
  const outcome = outcomeOfStatus(status);
  return context.rewritten && outcome === 'not-applied' ? 'unknown' : outcome;
}

// Codes of failures to connect at all: the request never left.
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function neverConnected(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 4) return false;
  const code: unknown = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NOT_CONNECTED.has(code)) return true;
  const inner: unknown[] = error instanceof AggregateError ? [...(error.errors as unknown[])] : [];
  return [error.cause, ...inner].some((cause) => neverConnected(cause, depth + 1));
}

function buildUrl(options: CohortsClientOptions, request: ApiRequest): string {
  const params = new URLSearchParams(request.params);
  if (options.apiKey !== undefined && (options.auth ?? 'query') === 'query') params.set('k', options.apiKey);
  const query = params.toString();
  return `${options.baseUrl.replace(/\/+$/, '')}${request.path}${query === '' ? '' : `?${query}`}`;
}

// `new Promise` so that a headers function (or a fetch) that throws synchronously rejects instead.
function attempt<T>(run: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(run()));
}

/** Where a call was when it failed: the outcome of a failure depends on it. */
type Stage = { at: 'start' } | { at: 'headers' } | { at: 'waiting' } | { at: 'body'; status: number };

/**
 * Sends a request, follows the redirects `redirects` allows, and reads the whole body, all within
 * one deadline. Rejects only with a `CohortApiError` (`abort`, `timeout`, `network`, `redirect`,
 * `too-large`); any other status resolves.
 */
export async function send(
  options: CohortsClientOptions,
  request: ApiRequest,
): Promise<{ response: ApiResponse; context: RequestContext }> {
  const first = buildUrl(options, request);
  let redact = createRedactor(secretsOf(options.apiKey, {}, options.baseUrl));
  const show = (url: string) => redact(stripKey(url));
  const context: RequestContext = { method: request.method, url: show(first), what: '', redact: (text) => redact(text), rewritten: false };
  context.what = `${request.method} ${context.url}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const deadline = createDeadline(request.signal, timeoutMs);
  let stage: Stage = { at: 'start' };

  const fail = (kind: CohortApiErrorKind, message: string, outcome: CohortApiOutcome, extra: { cause?: unknown; status?: number } = {}) =>
    new CohortApiError({ kind, message, outcome, method: context.method, url: context.url, ...extra });

  try {
    if (deadline.reason !== undefined) throw new Stopped(deadline.reason);
    stage = { at: 'headers' };
    const headers = await deadline.race(attempt(() => (typeof options.headers === 'function' ? options.headers() : options.headers)));
    const extra = headers ?? {};
    redact = createRedactor(secretsOf(options.apiKey, extra, options.baseUrl));
    const origin = absoluteUrl(first)?.origin ?? '';
    const policy = options.redirects ?? 'same-origin';
    const keyParam = options.apiKey !== undefined && (options.auth ?? 'query') === 'query' ? options.apiKey : undefined;
    let hop: Hop = { url: first, method: request.method, body: request.body === undefined ? undefined : JSON.stringify(request.body), keyed: true, rewritten: false };

    for (let followed = 0; ; followed++) {
      context.url = show(hop.url);
      context.what = `${request.method} ${show(first)}${followed === 0 ? '' : ` (redirected to ${hop.method} ${context.url})`}`;
      context.rewritten = hop.rewritten;
      // The key and the host's headers go to the key's origin only.
      const sent: Record<string, string> = { accept: 'application/json', ...(hop.keyed ? extra : {}) };
      if (hop.keyed && options.apiKey !== undefined && options.auth === 'header') sent['x-api-key'] = options.apiKey;
      if (hop.body !== undefined) sent['content-type'] = 'application/json';
      const init: RequestInit = { method: hop.method, headers: sent, signal: deadline.signal, redirect: 'manual' };
      if (hop.body !== undefined) init.body = hop.body;
      stage = { at: 'waiting' };
      const url = hop.url;
      // Resolved per call, unbound: a stored `fetch` would miss MSW's patch and throw "Illegal invocation".
      const fetcher = options.fetch ?? ((input: string, rest: RequestInit) => globalThis.fetch(input, rest));
      const response = await deadline.race(attempt(() => fetcher(url, init)), discardBody);
      const what = context.what;

      if (response.type === 'opaqueredirect') {
        throw fail('redirect', `${what} was redirected, and the browser does not tell where to, so the redirect was not followed (the API key must stay with its origin). Point baseUrl at the final address.`, 'unknown');
      }
      if (response.redirected) {
        discardBody(response);
        throw fail('redirect', `${what} was redirected by the fetch itself, though it was asked not to (redirect: 'manual'), so the key may have gone elsewhere. Use a fetch that honours redirect: 'manual'.`, 'unknown', { status: response.status });
      }
      const location = isRedirectStatus(response.status) ? response.headers.get('location') : null;
      if (location !== null) {
        discardBody(response);
        const next = nextHop(hop, response.status, location, { origin, policy, followed, keyParam, carriesKey: (text) => redact(text) !== text });
        if ('refused' in next) {
          const to = next.target === undefined ? '' : ` (to ${show(next.target)})`;
          throw fail('redirect', `${what} was redirected with HTTP ${response.status}${to}, and the redirect was not followed: ${next.refused}.`, context.rewritten && next.outcome === 'not-applied' ? 'unknown' : next.outcome, { status: response.status });
        }
        hop = next;
        continue;
      }

      stage = { at: 'body', status: response.status };
      const ok = response.status >= 200 && response.status < 300;
      // An error body is only read for its envelope; its head is enough, and bounds the redaction work.
      const body = ok ? await readBodyText(response, deadline, maxBytes, 'nothing') : await readBodyText(response, deadline, maxBytes > 0 ? Math.min(maxBytes, ERROR_BODY_BYTES) : ERROR_BODY_BYTES, 'head');
      if (body.tooLarge && ok) {
        throw fail('too-large', `${what} answered HTTP ${response.status}${request.method === 'GET' ? '' : ', so the change was made,'} with a body over ${maxBytes} bytes (maxResponseBytes), which was not read.`, 'applied', { status: response.status });
      }
      return { response: { status: response.status, statusText: response.statusText, headers: response.headers, text: body.text }, context };
    }
  } catch (error) {
    if (error instanceof CohortApiError) throw error;
    const why: StopReason | undefined = deadline.reason ?? (error instanceof Error && error.name === 'AbortError' ? 'abort' : undefined);
    const notSent = stage.at === 'start' || stage.at === 'headers' || (stage.at === 'waiting' && why === undefined && neverConnected(error));
    const outcome: CohortApiOutcome =
      stage.at === 'body' ? outcomeAfter(stage.status, context) : notSent && !context.rewritten ? 'not-applied' : 'unknown';
    const during = {
      start: ' before it was sent',
      headers: ' before it was sent, while its headers were computed',
      waiting: '',
      body: stage.at === 'body' ? ` while the body of its HTTP ${stage.status} answer was read` : '',
    }[stage.at];
    if (why === 'timeout') throw fail('timeout', `${context.what} got no complete response within ${timeoutMs} ms${during ? `: time ran out${during}` : ''}.`, outcome);
    if (why === 'abort') throw fail('abort', `${context.what} was aborted${during}.`, outcome);
    const cause = sanitizeError(error, redact);
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw fail('network', `${context.what} got no complete response${during}${detail}.`, outcome, { cause });
  } finally {
    deadline.dispose();
  }
}
