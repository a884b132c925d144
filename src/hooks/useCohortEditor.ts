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
import { useCreateCohort, type UnknownCreateOutcome } from './useCreateCohort';
import { useDraftSlot } from './useDraftSlot';
import { useDraftStorage, type DraftStorageArea, type DraftWriteError, type StoredDraft } from './useDraftStorage';
import { useUpdateCohort } from './useUpdateCohort';

/**
 * Why Save cannot run now: no name, a query with errors, (update) nothing to save, or
 * (`unresolved`) the last create may have made the cohort and the person has not chosen yet
 * between opening it and creating it again.
 */
export type SaveBlocker = 'name' | 'query' | 'unchanged' | 'unresolved';

/** Options of `useCohortEditor`. */
export interface UseCohortEditorOptions {
  client: CohortsClient;
  /** The cohort to edit; absent to create one. */
  cohort?: Cohort;
  /** Where drafts are kept; default `window.localStorage` when there is one; `null` keeps none. */
  storage?: DraftStorageArea | null;
  /**
   * Storage keys are this prefix plus the cohort id, or for a new cohort `new` (`new-2`, `new-3`…
   * while other open editors, in this page or other tabs, hold `new`).
   */
  draftKeyPrefix?: string;
  /** The storage key of a new cohort's draft, instead of a slot of its own (the host keeps two editors apart). */
  draftKey?: string;
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
  /** `unknown-outcome`: a create failed in a way that does not say whether the cohort exists (see `unknownOutcome`). */
  status: 'idle' | 'pending' | 'success' | 'error' | 'unknown-outcome';
  error: CohortApiError | undefined;
  /** Set while `status` is `unknown-outcome`: what is known, what was found, and the choices. */
  unknownOutcome: EditorUnknownOutcome | undefined;
  draft: EditorDraft;
}

/** An ambiguous create, as the editor offers it: the facts (see `UnknownCreateOutcome`) and the person's choices. */
export interface EditorUnknownOutcome extends UnknownCreateOutcome {
  /** Takes `cohort` (one of the search's candidates) as the one created: the editor edits it from now on, and `onSaved` is called with it. */
  open(cohort: Cohort): void;
  /** Sends the create again (the person's choice: it may make a second cohort); does nothing while name or query block a save. */
  createAgain(): void;
  /** Looks for the cohort again (a slow create can land after the first search). */
  searchAgain(): void;
}

/** The editor's local draft: one kept from earlier, one from another tab, and whether storing it fails. */
export interface EditorDraft {
  /** A draft found in storage from an earlier visit (or a closed tab); nothing is stored over it until Restore or Discard. */
  offered: StoredDraft<CohortEditorFields> | undefined;
  restore(): void;
  discard(): void;
  /** Newer edits of this cohort stored by another tab or editor; nothing is stored over them until the person chooses. */
  newer: StoredDraft<CohortEditorFields> | undefined;
  /** Replaces the fields with the newer draft's. */
  takeNewer(): void;
  /** Keeps these fields, storing them over the newer draft (the other tab is told in turn). */
  keepMine(): void;
  /** Set while there are changes to save and storage refused the last write: the edits live only in this page. */
  writeError: DraftWriteError | undefined;
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
  const { client, cohort, draftKeyPrefix = DEFAULT_PREFIX, draftKey } = options;
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

  // A new cohort's draft key is a slot of this editor's own, claimed on the client.
  const slot = useDraftSlot(storage, `${draftKeyPrefix}new`, !original && draftKey === undefined);
  const drafts = useDraftStorage({
    storage,
    key: original ? `${draftKeyPrefix}${original.id}` : (draftKey ?? slot),
    value: fields,
    dirty,
    parse: parseStoredFields,
    equal: sameFields,
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
  const unknown = mode === 'create' && !create.isPending ? create.unknownOutcome : undefined;

  const blockers: SaveBlocker[] = [];
  if (fields.name.trim() === '') blockers.push('name');
  if (hasErrors(queryIssues)) blockers.push('query');
  if (mode === 'update' && !dirty) blockers.push('unchanged');
  if (unknown) blockers.push('unresolved');

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

  const sendCreate = () => {
    const { name, description, tags, segmentType, query } = fields;
    create.mutate({ name: name.trim(), query, description: description.trim() === '' ? undefined : description, tags, segmentType });
  };
  const save = () => {
    if (blockers.length > 0 || active.isPending) return;
    if (original) update.mutate({ original, draft: draftOf(fields) });
    else sendCreate();
  };

  const setField = useCallback<CohortEditorState['setField']>((key, value) => setFields((current) => ({ ...current, [key]: value })), []);
  const setQuery = useCallback((json: JsonObject, details: { issues: readonly QueryIssue[] }) => {
    setKnown({ json, issues: details.issues });
    setFields((current) => ({ ...current, query: json }));
  }, []);
  const { offered, newer } = drafts;
  const restore = () => {
    if (offered) setFields(offered.value);
    drafts.take();
  };
  const takeNewer = () => {
    if (newer) setFields(newer.value);
    drafts.take();
  };

  const unknownOutcome: EditorUnknownOutcome | undefined = unknown && {
    ...unknown,
    // The create did happen: this is its success, arriving late.
    open: (created: Cohort) => {
      create.reset();
      onSuccess(created);
    },
    createAgain: () => {
      if (blockers.some((blocker) => blocker !== 'unresolved') || create.isPending) return;
      sendCreate();
    },
    searchAgain: create.searchAgain,
  };

  const status = active.isPending ? 'pending' : unknown ? 'unknown-outcome' : active.isError ? 'error' : savedOnce && !dirty ? 'success' : 'idle';
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
    unknownOutcome,
    draft: {
      offered,
      restore,
      discard: drafts.discard,
      newer,
      takeNewer,
      keepMine: drafts.keepMine,
      writeError: dirty ? drafts.writeError : undefined,
    },
  };
}
