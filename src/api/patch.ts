/** The PATCH body that turns one version of a cohort into another: only what changed. */
import type { JsonObject } from '../query/ast';
import { jsonEqual } from '../query/equal';
import type { CohortState, UpdateCohortPatch } from './types';

/**
 * The editable fields of a cohort as a person left them. A field that is `undefined` is not being
 * edited and never goes into the patch. `description` of `null` or `''` means "no description".
 */
export interface CohortDraft {
  name?: string;
  description?: string | null;
  query?: JsonObject;
  tags?: readonly string[];
  state?: CohortState | (string & {});
}

function sameTags(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const before = a ?? [];
  return before.length === b.length && before.every((tag, index) => tag === b[index]);
}

// An empty text field and a missing description are the same thing to a person.
function descriptionOf(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

/**
 * The PATCH body from `original` to `draft`: a field left out stays unchanged, a removed
 * description is sent as `null` (which deletes it), the query is compared by deep JSON equality
 * (key order ignored) and tags in order. Returns `{}` when nothing changed.
 */
export function diffCohort(original: CohortDraft, draft: CohortDraft): UpdateCohortPatch {
  const patch: UpdateCohortPatch = {};
  if (draft.name !== undefined && draft.name !== original.name) patch.name = draft.name;
  if (draft.description !== undefined) {
    const before = descriptionOf(original.description);
    const after = descriptionOf(draft.description);
    if (before !== after) patch.description = after;
  }
  if (draft.query !== undefined && !jsonEqual(original.query, draft.query)) patch.query = draft.query;
  if (draft.tags !== undefined && !sameTags(original.tags, draft.tags)) patch.tags = [...draft.tags];
  // Any other state string goes through as it is, so the client's validation refuses it loudly.
  if (draft.state !== undefined && draft.state !== original.state) patch.state = draft.state as CohortState;
  return patch;
}

/** True when a patch would change nothing. */
export function isEmptyPatch(patch: UpdateCohortPatch): boolean {
  return Object.values(patch).every((value) => value === undefined);
}
