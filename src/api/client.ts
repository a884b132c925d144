/** `createCohortsClient`: the five Cohorts API endpoints over fetch, validated both ways. */
import { CohortApiError } from './errors';
import { createRedactor, sanitizeError, secretsOf } from './redact';
import { send, type ApiRequest, type ApiResponse, type RequestContext } from './request';
import { httpError, readCohort, readCohortList } from './response';
import type { CohortsClient, CohortsClientOptions, RedirectPolicy } from './types';
import { cohortPath, createBody, updateBody } from './validate';

const REDIRECT_POLICIES: readonly RedirectPolicy[] = ['same-origin', 'follow-without-key', 'error'];

/**
 * Makes a Cohorts API client. The key (if any) stays in this closure: the client object has
 * only methods, so logging or serialising it shows nothing secret.
 */
export function createCohortsClient(options: CohortsClientOptions): CohortsClient {
  const config: CohortsClientOptions = { ...options, auth: options.auth ?? 'query' };
  if (typeof config.baseUrl !== 'string' || config.baseUrl === '') {
    throw new TypeError('createCohortsClient needs a baseUrl (the Cohorts API, or your own proxy).');
  }
  if (config.redirects !== undefined && !REDIRECT_POLICIES.includes(config.redirects)) {
    throw new TypeError(`createCohortsClient: redirects must be one of ${REDIRECT_POLICIES.join(', ')}.`);
  }

  // Every failure leaves as a CohortApiError: anything else (a throwing headers() callback, a
  // custom fetch that throws synchronously) is wrapped, with secrets removed.
  async function call<T>(
    request: ApiRequest,
    read: (response: ApiResponse, context: RequestContext) => T,
  ): Promise<T> {
    try {
      const { response, context } = await send(config, request);
      if (response.status < 200 || response.status >= 300) throw httpError(response, context);
      return read(response, context);
    } catch (error) {
      if (error instanceof CohortApiError) throw error;
      // Not expected (send and the readers throw CohortApiErrors): whether anything left is unknown.
      const redact = createRedactor(secretsOf(config.apiKey, {}, config.baseUrl));
      const cause = sanitizeError(error, redact);
      throw new CohortApiError({
        kind: 'network',
        outcome: 'unknown',
        message: `${request.method} ${request.path} failed${cause instanceof Error ? `: ${cause.message}` : ''}.`,
        cause,
        method: request.method,
      });
    }
  }

  // Local validation also throws inside the promise, never synchronously.
  const rejecting = <T>(make: () => Promise<T>): Promise<T> => {
    try {
      return make();
    } catch (error) {
      return Promise.reject(error);
    }
  };

  return {
    createCohort: (input, { signal } = {}) =>
      rejecting(() => call({ method: 'POST', path: '/v2/cohorts', body: createBody(input), signal }, readCohort)),
    updateCohort: (id, patch, { signal } = {}) =>
      rejecting(() => call({ method: 'PATCH', path: cohortPath(id), body: updateBody(patch), signal }, readCohort)),
    getCohort: (id, { signal } = {}) =>
      rejecting(() => call({ method: 'GET', path: cohortPath(id), signal }, readCohort)),
    listCohorts: ({ includeChildWorkspaces, signal } = {}) =>
      call(
        {
          method: 'GET',
          path: '/v2/cohorts',
          params: includeChildWorkspaces ? { 'include-child-workspaces': 'true' } : undefined,
          signal,
        },
        readCohortList,
      ),
    // The API documents 200 and 204 with no body; whatever body comes is ignored.
    deleteCohort: (id, { signal } = {}) =>
      rejecting(() => call({ method: 'DELETE', path: cohortPath(id), signal }, () => undefined)),
  };
}
