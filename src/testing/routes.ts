/** The five endpoints of the local Cohorts API, with the documented validation and errors. */
import type { JsonObject } from '../query/ast';
import { hasErrors } from '../query/issues';
import { readCreateCohortBody, readUpdateCohortBody } from '../schema/cohort';
import type { Read } from '../schema/reader';
import { parseQuery } from '../serialize/parse';
import type { BackendError } from './envelope';
import type { toWire } from './records';
import type { BackendResponse, StoredCohort } from './types';

/** How routes write responses; the backend owns the envelope spelling. */
export interface Answer {
  json(status: number, body: unknown, requestId: string): BackendResponse;
  empty(status: number, requestId: string): BackendResponse;
  fail(error: BackendError, requestId: string): BackendResponse;
}

/** What the routes work on. */
export interface RouteContext {
  records: Map<string, StoredCohort>;
  answer: Answer;
  workspaceId: string;
  now(): string;
  nextCohort(): { id: string; code: number };
  responseCase: 'snake' | 'camel';
  deleteStatus: 200 | 204;
  toWire: typeof toWire;
  rejectQuery?: (query: JsonObject) => string | undefined;
}

// The prefix before /v2/cohorts is free, so the API can sit behind a proxy path.
const ROUTE = /\/v2\/cohorts(?:\/([^/]+))?\/?$/;

const COLLECTION = ['GET', 'HEAD', 'POST'] as const;
const MEMBER = ['GET', 'HEAD', 'PATCH', 'DELETE'] as const;

/** The methods a path has (for 405 and its Allow header), or undefined when no route has the path (404). */
export function allowedMethods(path: string): readonly string[] | undefined {
  const match = ROUTE.exec(path);
  if (!match) return undefined;
  return match[1] === undefined ? COLLECTION : MEMBER;
}

/** At most `length` characters of something the sender wrote, for a message that echoes it. */
export function shortened(text: string, length = 200): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

const badBody = (message: string, cause?: string): BackendError => ({ status: 400, code: 1002, message, cause });

/**
 * Parses and checks a body: JSON, its shape (with the client's own readers, schema/cohort.ts), then
 * its query with the library's own parser. The query stored is the one JSON.parse made, the very
 * object the reader checked: a reader that rebuilt objects would drop a top-level `__proto__` key.
 */
function readBody<T>(
  text: string,
  read: (value: unknown) => Read<T>,
  rejectQuery: RouteContext['rejectQuery'],
): { body: T; query: JsonObject | undefined } | { error: BackendError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: badBody('The request body is not JSON.') };
  }
  const parsed = read(json);
  if (!parsed.ok) return { error: badBody(`The request body is not valid: ${parsed.problems.join('; ')}.`) };
  // The reader has checked that `query`, when present, is a JSON object.
  const query = Object.prototype.hasOwnProperty.call(json, 'query') ? ((json as { query: JsonObject }).query) : undefined;
  if (query !== undefined) {
    const { issues } = parseQuery(query);
    if (hasErrors(issues)) {
      const errors = issues.filter((issue) => issue.severity === 'error');
      return {
        error: badBody(
          `The query is not valid: ${errors.map((issue) => issue.message).join(' ')}`,
          errors.map((issue) => `query.${issue.path.join('.')}: ${issue.message}`).join('\n'),
        ),
      };
    }
    const refusal = rejectQuery?.(query);
    if (refusal !== undefined) return { error: badBody(`The query is not valid: ${refusal}`) };
  }
  return { body: parsed.data, query };
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The router of the five endpoints. */
export function createRoutes(context: RouteContext) {
  const { records, answer } = context;
  const wire = (record: StoredCohort, full: boolean) => context.toWire(record, context.responseCase, full);
  const notFound = (id: string): BackendError => ({ status: 404, code: 3000, message: `No cohort has the id ${id}.` });
  // Lookalikes are built by Permutive from a seed cohort; the API documents that they cannot be
  // changed through it. 409 (conflict with the resource's nature), not 400: the body is fine.
  const lookalike = (verb: string): BackendError => ({
    status: 409,
    code: 4000,
    message: `Lookalike cohorts cannot be ${verb} through the API.`,
  });

  function list(params: URLSearchParams, requestId: string): BackendResponse {
    const all = params.get('include-child-workspaces') === 'true';
    const visible = [...records.values()].filter((record) => all || record.workspaceId === context.workspaceId);
    return answer.json(200, visible.map((record) => wire(record, false)), requestId);
  }

  function create(text: string, requestId: string): BackendResponse {
    const read = readBody(text, readCreateCohortBody, context.rejectQuery);
    if ('error' in read) return answer.fail(read.error, requestId);
    const { id, code } = context.nextCohort();
    const at = context.now();
    const record: StoredCohort = {
      id,
      code,
      name: read.body.name,
      query: read.query,
      tags: read.body.tags ?? [],
      state: 'Enabled',
      segmentType: read.body.segment_type ?? 'real_time',
      workspaceId: context.workspaceId,
      liveAudienceSize: 0,
      createdAt: at,
      lastUpdatedAt: at,
      lookalike: false,
    };
    if (read.body.description !== undefined) record.description = read.body.description;
    records.set(id, record);
    return answer.json(201, wire(record, true), requestId);
  }

  function update(record: StoredCohort, text: string, requestId: string): BackendResponse {
    if (record.lookalike) return answer.fail(lookalike('updated'), requestId);
    const read = readBody(text, readUpdateCohortBody, context.rejectQuery);
    if ('error' in read) return answer.fail(read.error, requestId);
    const patch = read.body;
    if (patch.name !== undefined) record.name = patch.name;
    if (patch.description === null) delete record.description;
    else if (patch.description !== undefined) record.description = patch.description;
    if (read.query !== undefined) record.query = read.query;
    if (patch.tags !== undefined) record.tags = patch.tags;
    if (patch.state !== undefined) record.state = patch.state;
    record.lastUpdatedAt = context.now();
    return answer.json(200, wire(record, true), requestId);
  }

  function remove(record: StoredCohort, requestId: string): BackendResponse {
    if (record.lookalike) return answer.fail(lookalike('deleted'), requestId);
    records.delete(record.id);
    return answer.empty(context.deleteStatus, requestId);
  }

  return {
    /**
     * Answers one authorised request whose method the path has (see `allowedMethods`); `text` is
     * the body of a POST or PATCH, already known to be JSON by its content type.
     */
    route(method: string, path: string, params: URLSearchParams, text: string, requestId: string): BackendResponse {
      const match = ROUTE.exec(path);
      if (!match) return answer.fail({ status: 404, code: 3000, message: `There is no ${method} ${shortened(path)}.` }, requestId);
      if (match[1] === undefined) return method === 'POST' ? create(text, requestId) : list(params, requestId);
      const id = decoded(match[1]);
      const record = id === undefined ? undefined : records.get(id);
      if (!record) return answer.fail(notFound(shortened(id ?? match[1])), requestId);
      if (method === 'PATCH') return update(record, text, requestId);
      if (method === 'DELETE') return remove(record, requestId);
      return answer.json(200, wire(record, true), requestId);
    },
  };
}
