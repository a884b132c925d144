/**
 * The local Cohorts API as MSW handlers, for Storybook and browser tests. Browser-safe: it builds
 * on backend.ts only, never on server.ts (node:http cannot load in a browser).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { readBounded } from './body';
import type { BackendResponse, CohortsBackend } from './types';

/** Options of `createMswHandlers`. */
export interface MswHandlersOptions {
  /** The client's `baseUrl`: absolute (`https://api.permutive.app/cohorts-api`) or a path (`/cohorts-api`). */
  baseUrl: string;
}

/** MSW handlers that answer `${baseUrl}/v2/cohorts` and `${baseUrl}/v2/cohorts/:id` from the backend. */
export function createMswHandlers(backend: CohortsBackend, options: MswHandlersOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '');
  // The node:http server's rules where a fetch can meet them: a body over the limit is refused
  // from its Content-Length (when the page could set one) or as soon as reading passes the limit.
  async function answer(request: Request): Promise<BackendResponse> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const tooLarge = () => backend.refuse({ method, path: url.pathname, status: 413, message: `The request body is larger than ${backend.maxBodyBytes} bytes.` });
    if (Number(request.headers.get('content-length') ?? 0) > backend.maxBodyBytes) return tooLarge();
    let body: Uint8Array | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readBounded(request.body, backend.maxBodyBytes);
      if ('tooLarge' in read) return tooLarge();
      body = read.bytes;
    }
    return backend.handle({ method, path: url.pathname, query: url.searchParams, headers: request.headers, body });
  }
  const resolver = async ({ request }: { request: Request }) => {
    let response: BackendResponse;
    try {
      response = await answer(request);
    } catch {
      // A body stream that errors: the page's own fetch failed while sending.
      return HttpResponse.error();
    }
    // A fetch cannot see a half-written body through MSW; a network error is the nearest thing.
    if (response.drop) return HttpResponse.error();
    const empty = response.status === 204 || response.body === undefined || request.method.toUpperCase() === 'HEAD';
    return new HttpResponse(empty ? null : response.body, { status: response.status, headers: response.headers });
  };
  return [http.all(`${base}/v2/cohorts`, resolver), http.all(`${base}/v2/cohorts/:id`, resolver)];
}
