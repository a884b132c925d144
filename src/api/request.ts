/** Sends one request: URL, auth, headers, timeout and abort, and the errors of getting no response. */
import { CohortApiError } from './errors';
import { createRedactor, sanitizeError, secretsOf, stripKey, type Redactor } from './redact';
import type { CohortsClientOptions } from './types';

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
  /** The URL without the key. */
  url: string;
  redact: Redactor;
}

function buildUrl(options: CohortsClientOptions, request: ApiRequest): string {
  const params = new URLSearchParams(request.params);
  if (options.apiKey !== undefined && (options.auth ?? 'query') === 'query') params.set('k', options.apiKey);
  const query = params.toString();
  return `${options.baseUrl.replace(/\/+$/, '')}${request.path}${query === '' ? '' : `?${query}`}`;
}

async function headersOf(options: CohortsClientOptions): Promise<Record<string, string>> {
  const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
  return { accept: 'application/json', ...extra };
}

function abortError(context: RequestContext, reason: 'abort' | 'timeout', timeoutMs: number): CohortApiError {
  const what = `${context.method} ${context.url}`;
  return reason === 'timeout'
    ? new CohortApiError({ kind: 'timeout', message: `${what} got no complete response within ${timeoutMs} ms.`, method: context.method, url: context.url })
    : new CohortApiError({ kind: 'abort', message: `${what} was aborted.`, method: context.method, url: context.url });
}

/**
 * Sends a request and reads its whole body, within the timeout. Rejects only with a
 * `CohortApiError` of kind `abort`, `timeout` or `network`; any HTTP status resolves.
 */
export async function send(
  options: CohortsClientOptions,
  request: ApiRequest,
): Promise<{ response: ApiResponse; context: RequestContext }> {
  const url = buildUrl(options, request);
  let redact = createRedactor(secretsOf(options.apiKey));
  const context: RequestContext = { method: request.method, url: redact(stripKey(url)), redact: (text) => redact(text) };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (request.signal?.aborted) throw abortError(context, 'abort', timeoutMs);

  // One controller for both reasons to stop; `why` remembers which fired first.
  const controller = new AbortController();
  let why: 'abort' | 'timeout' | undefined;
  const onAbort = () => {
    why ??= 'abort';
    controller.abort();
  };
  request.signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          why ??= 'timeout';
          controller.abort();
        }, timeoutMs)
      : undefined;
  try {
    const headers = await headersOf(options);
    redact = createRedactor(secretsOf(options.apiKey, headers));
    if (options.apiKey !== undefined && options.auth === 'header') headers['x-api-key'] = options.apiKey;
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = { method: request.method, headers, signal: controller.signal };
    if (request.body !== undefined) init.body = JSON.stringify(request.body);
    // Resolved per call, unbound: a stored `fetch` would miss MSW's patch and throw "Illegal invocation".
    const response = await (options.fetch ?? ((input, rest) => globalThis.fetch(input, rest)))(url, init);
    // The body is read inside the timeout too: a server can stall or drop mid-body.
    const text = await response.text();
    return { response: { status: response.status, statusText: response.statusText, headers: response.headers, text }, context };
  } catch (error) {
    if (why !== undefined) throw abortError(context, why, timeoutMs);
    if (error instanceof Error && error.name === 'AbortError') throw abortError(context, 'abort', timeoutMs);
    const cause = sanitizeError(error, redact);
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    throw new CohortApiError({
      kind: 'network',
      message: `${context.method} ${context.url} got no complete response${detail}.`,
      cause,
      method: context.method,
      url: context.url,
    });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}
