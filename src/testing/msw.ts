/**
 * The local Cohorts API as MSW handlers, for Storybook and browser tests. Browser-safe: it builds
 * on backend.ts only, never on server.ts (node:http cannot load in a browser).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { CohortsBackend } from './types';

/** Options of `createMswHandlers`. */
export interface MswHandlersOptions {
  /** The client's `baseUrl`: absolute (`https://api.permutive.app/cohorts-api`) or a path (`/cohorts-api`). */
  baseUrl: string;
}

/** MSW handlers that answer `${baseUrl}/v2/cohorts` and `${baseUrl}/v2/cohorts/:id` from the backend. */
export function createMswHandlers(backend: CohortsBackend, options: MswHandlersOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '');
  const resolver = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const response = await backend.handle({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: hasBody ? await request.text() : undefined,
    });
    // A fetch cannot see a half-written body through MSW; a network error is the nearest thing.
    if (response.drop) return HttpResponse.error();
    const empty = response.status === 204 || response.body === undefined;
    return new HttpResponse(empty ? null : response.body, { status: response.status, headers: response.headers });
  };
  return [http.all(`${base}/v2/cohorts`, resolver), http.all(`${base}/v2/cohorts/:id`, resolver)];
}
