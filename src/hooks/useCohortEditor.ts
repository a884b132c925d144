/** `useCohortEditor`: the state behind CohortEditor, headless, for hosts that draw their own screen. */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { CohortApiError } from '../api/errors';
import type { Cohort, CohortsClient } from '../api/types';
import type { JsonObject } from '../query/ast';
import { jsonEqual } from '../query/equal';
import { diffQuery, type QueryDiff } from '../query/diffQuery';
import { hasErrors, type QueryIssue } from '../query/issues';
import { parseQuery } from '../serialize/parse';
import { draftOf, fieldChanges, fieldsOf, parseStoredFields, sameFields, type CohortEditorFields, type FieldChange } from './cohortFields';
import { useCreateCohort } from './useCreateCohort';
import { useDraftStorage, type DraftStorageArea, type StoredDraft } from './useDraftStorage';
import { useUpdateCohort } from './useUpdateCohort';

/** Why Save cannot run now: no name, a query with errors, or (update) nothing to save. */
export type SaveBlocker = 'name' | 'query' | 'unchanged';

/** Options of `useCohortEditor`. */
export interface UseCohortEditorOptions {
  client: CohortsClient;
  /** The cohort to edit; absent to create one. */
  cohort?: Cohort;
  /** Where drafts are kept; default `window.localStorage` when there is one; `null` keeps none. */
  storage?: DraftStorageArea | null;
  /** Storage keys are this prefix plus the cohort id or `new`. */
  draftKeyPrefix?: string;
  /** Milliseconds after the last edit before the draft is stored (default 400). */
  autosaveDelayMs?: number;
  onSaved?(cohort: Cohort): void;
  onSaveError?(error: CohortApiError): void;
}

/** What a save would change (update mode): fields, and clauses of the query. */
export interface EditorChanges {
  fields: FieldChange[];
  /** True when the query differs (by JSON equality) from the original's. */
  queryChanged: boolean;
  /** The clause diff; undefined while either query cannot be read. Lags typing by a render (deferred). */
  query: QueryDiff | undefined;
}

/** What `useCohortEditor` returns. */
export interface CohortEditorState {
  /** `create` until the first successful save, then `update` of the saved cohort. */
  mode: 'create' | 'update';
  /** The cohort as last loaded or saved. */
  original: Cohort | undefined;
  fields: CohortEditorFields;
  setField<K extends Exclude<keyof CohortEditorFields, 'query'>>(key: K, value: CohortEditorFields[K]): void;
  /** Takes the builder's `onChange` arguments. */
  setQuery(json: JsonObject, details: { issues: readonly QueryIssue[] }): void;
  queryIssues: readonly QueryIssue[];
  /** Empty when Save may run. */
  blockers: SaveBlocker[];
  /** True when the fields differ from the original (or, creating, from an empty cohort). */
  dirty: boolean;
  /** Update mode only. */
  changes: EditorChanges | undefined;
  /** Saves (create or update); does nothing while blocked or already saving. */
  save(): void;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: CohortApiError | undefined;
  /** A draft found in storage from an earlier visit, with its two choices. */
  draft: { offered: StoredDraft<CohortEditorFields> | undefined; restore(): void; discard(): void };
}

const DEFAULT_PREFIX = 'permutive-cohort-builder:draft:';

// Touching window.localStorage throws when the browser blocks storage; no draft is better than no editor.
function defaultStorage(): DraftStorageArea | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Fields, query issues, change list, save and local drafts of one cohort edit. */
export function useCohortEditor(options: UseCohortEditorOptions): CohortEditorState {
  const { client, cohort, draftKeyPrefix = DEFAULT_PREFIX } = options;
  const [fallbackStorage] = useState(defaultStorage);
  const storage = options.storage === undefined ? fallbackStorage : options.storage;
  const [original, setOriginal] = useState(cohort);
  const [fields, setFields] = useState(() => fieldsOf(cohort));
  const [known, setKnown] = useState<{ json: JsonObject; issues: readonly QueryIssue[] } | undefined>(undefined);
  const [savedOnce, setSavedOnce] = useState(false);
  const mode = original ? 'update' : 'create';

  // The builder reports issues with each edit; a query that came from elsewhere is checked here.
  const queryIssues = useMemo(() => (known?.json === fields.query ? known.issues : parseQuery(fields.query).issues), [known, fields.query]);
  const baseline = useMemo(() => fieldsOf(original), [original]);
  const dirty = !sameFields(baseline, fields);

  const drafts = useDraftStorage({
    storage,
    key: `${draftKeyPrefix}${original?.id ?? 'new'}`,
    value: fields,
    dirty,
    parse: parseStoredFields,
    basedOn: original?.lastUpdatedAt,
    delayMs: options.autosaveDelayMs,
  });

  const onSuccess = (saved: Cohort) => {
    drafts.clear();
    setOriginal(saved);
    setSavedOnce(true);
    // A new cohort's state comes from the server; keeping the form's guess would read as a change.
    // (`mode` is the one the save started in: the mutation runs the callbacks of that render.)
    if (mode === 'create') setFields((current) => ({ ...current, state: saved.state ?? current.state }));
    options.onSaved?.(saved);
  };
  const callbacks = { onSuccess, onError: (error: CohortApiError) => options.onSaveError?.(error) };
  const create = useCreateCohort(client, callbacks);
  const update = useUpdateCohort(client, callbacks);
  const active = mode === 'create' ? create : update;

  const blockers: SaveBlocker[] = [];
  if (fields.name.trim() === '') blockers.push('name');
  if (hasErrors(queryIssues)) blockers.push('query');
  if (mode === 'update' && !dirty) blockers.push('unchanged');

  // The diff parses both queries: deferred, so typing paints before the change list catches up.
  const deferredQuery = useDeferredValue(fields.query);
  const originalAst = useMemo(() => (original?.query ? parseQuery(original.query).query : undefined), [original]);
  const queryDiff = useMemo(() => {
    const draftAst = parseQuery(deferredQuery).query;
    return originalAst && draftAst ? diffQuery(originalAst, draftAst) : undefined;
  }, [originalAst, deferredQuery]);
  const changes = original
    ? { fields: fieldChanges(original, fields), queryChanged: !jsonEqual(original.query, fields.query), query: queryDiff }
    : undefined;

  const save = () => {
    if (blockers.length > 0 || active.isPending) return;
    if (original) update.mutate({ original, draft: draftOf(fields) });
    else {
      const { name, description, tags, segmentType, query } = fields;
      create.mutate({ name: name.trim(), query, description: description.trim() === '' ? undefined : description, tags, segmentType });
    }
  };

  const setField = useCallback<CohortEditorState['setField']>((key, value) => setFields((current) => ({ ...current, [key]: value })), []);
  const setQuery = useCallback((json: JsonObject, details: { issues: readonly QueryIssue[] }) => {
    setKnown({ json, issues: details.issues });
    setFields((current) => ({ ...current, query: json }));
  }, []);
  const offered = drafts.offered;
  const restore = () => {
    if (offered) setFields(offered.value);
    drafts.dismiss();
  };

  const status = active.isPending ? 'pending' : active.isError ? 'error' : savedOnce && !dirty ? 'success' : 'idle';
  return {
    mode,
    original,
    fields,
    setField,
    setQuery,
    queryIssues,
    blockers,
    dirty,
    changes,
    save,
    status,
    error: active.error,
    draft: { offered, restore, discard: drafts.clear },
  };
}
