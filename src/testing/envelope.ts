/** Writes the Cohorts API error envelope in each of its three known spellings. */
import type { JsonObject } from '../query/ast';
import type { EnvelopeSpelling } from './types';

/** What an error says, before it is spelled. */
export interface BackendError {
  status: number;
  code: number;
  message: string;
  cause?: string;
}

/** The documentation page the envelope points at. */
export const ERROR_DOCS = 'https://docs.permutive.com/';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  417: 'Expectation Failed',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// The values of `type` are not documented; these only need to be plausible and stable.
const TYPE: Record<number, string> = {
  400: 'invalid_request',
  401: 'authentication',
  403: 'permission',
  404: 'not_found',
  405: 'not_found',
  409: 'conflict',
};

/**
 * The error code of a status that the backend answers on its own account (not a documented
 * endpoint error). The API documents codes for bodies (1002), keys (2000, 2001, 2005), missing
 * things (3000), conflicts (4000) and failures (5000), nothing finer; every request that cannot be
 * read (408, 413, 415, 417, 431, a malformed line) is the bad-request family, a method the path
 * does not have is "no such route".
 */
export function codeFor(status: number): number {
  if (status === 404 || status === 405) return 3000;
  if (status === 401) return 2005;
  if (status === 403) return 2001;
  if (status === 409) return 4000;
  return status >= 500 ? 5000 : 1002;
}

/** The status text of an HTTP status, as the envelope's `status` string spells it. */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}

/**
 * The envelope, spelled as the documentation shows it: v1 has `type`, `status_code` and a status
 * string but no `cause`; v2 a status string and `cause`; camel a `requestId`, `status: {code}` and
 * no `docs`.
 */
export function errorEnvelope(spelling: EnvelopeSpelling, requestId: string, error: BackendError): JsonObject {
  const cause = error.cause ?? error.message;
  switch (spelling) {
    case 'v1':
      return {
        request_id: requestId,
        error: {
          type: TYPE[error.status] ?? (error.status >= 500 ? 'server' : 'invalid_request'),
          status_code: error.status,
          status: statusText(error.status),
          code: error.code,
          message: error.message,
          docs: ERROR_DOCS,
        },
      };
    case 'v2':
      return {
        request_id: requestId,
        error: { status: statusText(error.status), code: error.code, message: error.message, cause, docs: ERROR_DOCS },
      };
    case 'camel':
      return { requestId, error: { status: { code: error.status }, code: error.code, message: error.message, cause } };
  }
}
