/**
 * Ambiguous creates: whether a failed `POST /v2/cohorts` may have created the cohort, and
 * finding the cohort it may have made. The API has no idempotency key, so after a timeout, a
 * dropped connection or an unreadable 2xx the only way to know is to look. No React here.
 */
import type { CohortApiError, CohortApiOutcome } from '../api/errors';
import type { Cohort, CohortSummary, CohortsClient, CreateCohortInput } from '../api/types';
import { jsonEqual } from '../query/equal';

/** A cohort that an ambiguous create may have made, read in full. */
export interface CreateCandidate {
  cohort: Cohort;
  /** True when its name, query, description, tags and segment type are the ones that were sent. */
  sameAsSent: boolean;
}

/**
 * How far before the request a cohort's `createdAt` may be and still count: `createdAt` is the
 * server's clock, the request time the browser's. Candidates are shown with their time, so a
 * wide window costs a line of text; a narrow one could hide the cohort and make a duplicate.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** At most this many candidates are read in full (newest first). */
export const MAX_CANDIDATES = 5;

/**
 * Whether a failed write took effect (see `CohortApiOutcome`). The client's errors say it
 * themselves; an error without `outcome` (from an older copy of the client in another bundle)
 * is read from its kind.
 */
export function outcomeOf(error: CohortApiError): CohortApiOutcome {
  const own = (error as { outcome?: unknown }).outcome;
  if (own === 'not-applied' || own === 'unknown' || own === 'applied') return own;
  if (error.kind === 'network' || error.kind === 'timeout') return 'unknown';
  return error.kind === 'invalid-response' ? 'applied' : 'not-applied';
}

const time = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

/** The listed cohorts named `name` and created at or after `since` (ms), newest first. */
export function createdSince(list: readonly CohortSummary[], name: string, since: number): CohortSummary[] {
  return list
    .filter((cohort) => cohort.name.trim() === name.trim() && time(cohort.createdAt) >= since)
    .sort((a, b) => time(b.createdAt) - time(a.createdAt))
    .slice(0, MAX_CANDIDATES);
}

/** True when `cohort` holds what `input` sent (the API fills in a missing segment type as real time). */
export function sameAsSent(cohort: Cohort, input: CreateCohortInput): boolean {
  const tags = input.tags ?? [];
  return (
    cohort.name.trim() === input.name.trim() &&
    jsonEqual(cohort.query, input.query) &&
    (cohort.description ?? '') === (input.description ?? '') &&
    cohort.tags.length === tags.length &&
    cohort.tags.every((tag, index) => tag === tags[index]) &&
    (cohort.segmentType ?? 'real_time') === (input.segmentType ?? 'real_time')
  );
}

/**
 * Lists the cohorts and reads in full those that `input` may have created since `sentAt` (ms).
 * Rejects with the `CohortApiError` of the list or of a read; a candidate deleted meanwhile (404)
 * is left out.
 */
export async function findCreated(client: CohortsClient, input: CreateCohortInput, sentAt: number, signal?: AbortSignal): Promise<CreateCandidate[]> {
  const list = await client.listCohorts({ signal });
  const found = await Promise.all(
    createdSince(list, input.name, sentAt - CLOCK_SKEW_MS).map((summary) =>
      client.getCohort(summary.id, { signal }).then(
        (cohort): CreateCandidate => ({ cohort, sameAsSent: sameAsSent(cohort, input) }),
        (error: CohortApiError) => {
          if (error.kind === 'http' && error.status === 404) return undefined;
          throw error;
        },
      ),
    ),
  );
  return found.filter((candidate) => candidate !== undefined);
}
