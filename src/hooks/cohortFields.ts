/** The editable fields of a cohort as the editor holds them, and what changed between two versions. */
import { diffCohort, type CohortDraft } from '../api/patch';
import type { Cohort, SegmentType } from '../api/types';
import type { JsonObject } from '../query/ast';
import { jsonEqual } from '../query/equal';
import { createIdGenerator } from '../query/ids';
import { createEmptyQuery } from '../query/nodes';
import { serializeQuery } from '../serialize/serialize';

/** Everything a person edits in the cohort editor; text fields are never undefined. */
export interface CohortEditorFields {
  name: string;
  description: string;
  tags: string[];
  /** Create only: `real_time` or `offline`. */
  segmentType: SegmentType;
  /** Update only: `Enabled` or `Disabled` (other strings are kept as they came). */
  state: string;
  /** Cohort API JSON, as the builder emits it. */
  query: JsonObject;
}

/** A field (not the query) whose value a save would change. */
export interface FieldChange {
  field: 'name' | 'description' | 'tags' | 'state';
  before: string | readonly string[] | undefined;
  after: string | readonly string[] | undefined;
}

/** The fields of an existing cohort, or of a new one (an AND of one OR of one empty event clause). */
export function fieldsOf(cohort: Cohort | undefined): CohortEditorFields {
  return {
    name: cohort?.name ?? '',
    description: cohort?.description ?? '',
    tags: [...(cohort?.tags ?? [])],
    segmentType: cohort?.segmentType ?? 'real_time',
    state: cohort?.state ?? 'Enabled',
    // Serialized, so the ids of this throwaway AST never leave; the builder makes its own.
    query: cohort?.query ?? serializeQuery(createEmptyQuery(createIdGenerator('new'))),
  };
}

/** True when two sets of fields are the same to a person (the query by JSON equality). */
export function sameFields(a: CohortEditorFields, b: CohortEditorFields): boolean {
  return (
    // The name is sent trimmed, so a trailing space is nothing to save.
    a.name.trim() === b.name.trim() &&
    a.description === b.description &&
    a.segmentType === b.segmentType &&
    a.state === b.state &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, index) => tag === b.tags[index]) &&
    jsonEqual(a.query, b.query)
  );
}

/** The draft of `fields` as `useUpdateCohort` takes it: the name trimmed, an empty description removed. */
export function draftOf(fields: CohortEditorFields): CohortDraft {
  return { name: fields.name.trim(), description: fields.description, tags: fields.tags, state: fields.state, query: fields.query };
}

const FIELDS: readonly FieldChange['field'][] = ['name', 'description', 'tags', 'state'];

/** The fields (not the query) that saving `fields` over `original` would change, in form order. */
export function fieldChanges(original: Cohort, fields: CohortEditorFields): FieldChange[] {
  const patch = diffCohort(original, draftOf(fields));
  // A cleared description is `null` in the patch: no value.
  return FIELDS.filter((field) => patch[field] !== undefined).map((field) => ({ field, before: original[field], after: patch[field] ?? undefined }));
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads stored fields back, or `undefined` when the stored value is not a set of fields. */
export function parseStoredFields(raw: unknown): CohortEditorFields | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  const query = value.query;
  const tags = value.tags;
  if (!isString(value.name) || !isString(value.description) || !isString(value.segmentType) || !isString(value.state)) return undefined;
  if (!Array.isArray(tags) || !tags.every(isString)) return undefined;
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return undefined;
  return { name: value.name, description: value.description, tags, segmentType: value.segmentType, state: value.state, query: query as JsonObject };
}
