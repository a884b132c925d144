/** Checks request bodies before they leave, and writes them in the wire's snake_case. */
import { hasErrors, type QueryIssue } from '../query/issues';
import { readCreateCohortBody, readUpdateCohortBody } from '../schema/cohort';
import type { Read } from '../schema/reader';
import { parseQuery } from '../serialize/parse';
import { CohortApiError } from './errors';
import type { CreateCohortInput, UpdateCohortPatch } from './types';

function refuse(message: string, issues: readonly QueryIssue[] = []): CohortApiError {
  return new CohortApiError({ kind: 'validation', message, issues });
}

function checkShape(read: Read<unknown>): void {
  if (!read.ok) throw refuse(`The cohort was not sent: ${read.problems.join('; ')}.`);
}

function checkQuery(query: unknown): void {
  const { issues } = parseQuery(query);
  if (!hasErrors(issues)) return;
  // Warnings never block, so only the errors travel with the refusal.
  const errors = issues.filter((issue) => issue.severity === 'error');
  const [firstError] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw refuse(`The cohort was not sent: the query has errors. ${firstError?.message ?? ''}${more}`.trim(), errors);
}

// Only defined fields go on the wire: a field left out of a PATCH means "unchanged". The values
// are the caller's own: the query goes out as the very object that was checked, never a copy
// rebuilt by a schema (which would lose a "__proto__" key).
function defined(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** The wire body of a create, holding the caller's query object itself; throws a `validation` error when the body or its query has errors. */
export function createBody(input: CreateCohortInput): Record<string, unknown> {
  const body = defined({
    name: input.name,
    query: input.query,
    description: input.description,
    tags: input.tags,
    segment_type: input.segmentType,
  });
  checkShape(readCreateCohortBody(body));
  checkQuery(input.query);
  return body;
}

/** The wire body of an update, holding the caller's query object itself; throws a `validation` error when a field or the query has errors. */
export function updateBody(patch: UpdateCohortPatch): Record<string, unknown> {
  const body = defined({
    name: patch.name,
    description: patch.description,
    query: patch.query,
    tags: patch.tags,
    state: patch.state,
  });
  checkShape(readUpdateCohortBody(body));
  if (patch.query !== undefined) checkQuery(patch.query);
  return body;
}

/** The encoded path of one cohort; refuses an empty id rather than hitting the list endpoint. */
export function cohortPath(id: string): string {
  if (typeof id !== 'string' || id.trim() === '') throw refuse('The cohort id must be a non-empty string.');
  return `/v2/cohorts/${encodeURIComponent(id)}`;
}
