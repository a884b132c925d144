import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { IdGenerator, JsonObject, Query } from '../query/ast';
import { jsonEqual } from '../query/equal';
import { defaultIdGenerator } from '../query/ids';
import type { QueryIssue } from '../query/issues';
import { createEmptyQuery } from '../query/nodes';
import { parseQuery } from '../serialize/parse';
import { serializeQuery } from '../serialize/serialize';
import { createQueryStore, type QueryStore } from '../store/createQueryStore';

/** What `onChange` gets besides the JSON: the AST it came from and its issues. */
export interface BuilderChangeDetails {
  query: Query;
  issues: readonly QueryIssue[];
}

/** Called with the Cohort API JSON after every edit. */
export type BuilderChangeHandler = (json: JsonObject, details: BuilderChangeDetails) => void;

/** Options of `useBuilderStore`: the controlled/uncontrolled contract of the builder. */
export interface BuilderStoreOptions {
  value?: JsonObject;
  defaultValue?: JsonObject;
  onChange?: BuilderChangeHandler;
  idGenerator?: IdGenerator;
  /** How many undo steps to keep (read once, when the builder mounts). */
  historyLimit?: number;
}

/** The store, plus the problems of a value that could not be loaded at all. */
export interface BuilderStoreResult {
  store: QueryStore;
  /** Errors of the latest value from the host that is not a query (the draft was kept). */
  loadIssues: readonly QueryIssue[];
  /** Reconciles the store with the host's `value` (call after each render that may change either). */
  sync: (value: JsonObject | undefined) => void;
}

interface Accepted {
  json: unknown;
  query: Query;
}

function load(json: unknown, ids: IdGenerator): { query?: Query; issues: QueryIssue[] } {
  if (json === undefined) return { query: createEmptyQuery(ids), issues: [] };
  const { query, issues } = parseQuery(json, { idGenerator: ids });
  return { query, issues: query ? [] : issues };
}

/**
 * One builder's store and its contract with the host. The host's value is Cohort API JSON: when
 * it hands back the JSON just emitted, the AST (ids, focus) stays; a foreign value is parsed
 * afresh; a rejected edit (the value did not follow) snaps back to the host's value.
 */
export function useBuilderStore({ value, defaultValue, onChange, idGenerator = defaultIdGenerator, historyLimit }: BuilderStoreOptions): BuilderStoreResult {
  const [initial] = useState(() => load(value ?? defaultValue, idGenerator));
  const [store] = useState(() => createQueryStore({ initial: initial.query ?? createEmptyQuery(idGenerator), idGenerator, historyLimit }));
  const [loadIssues, setLoadIssues] = useState<readonly QueryIssue[]>(initial.issues);
  const accepted = useRef<Accepted>({ json: value, query: store.getState().query });
  const emitted = useRef<{ json: JsonObject; query: Query } | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.origin !== 'edit' || state.query === previous.query) return;
        const json = serializeQuery(state.query);
        emitted.current = { json, query: state.query };
        onChangeRef.current?.(json, { query: state.query, issues: state.issues });
      }),
    [store],
  );

  const [sync] = useState(() => (current: JsonObject | undefined) => {
    const state = store.getState();
    if (current === undefined) return;
    const last = emitted.current;
    if (current === accepted.current.json) {
      // The host kept its value: an edit it did not take snaps back.
      if (state.query !== accepted.current.query) state.load(accepted.current.query);
      return;
    }
    if (last && (current === last.json || jsonEqual(current, last.json))) {
      accepted.current = { json: current, query: last.query };
      if (state.query !== last.query) state.load(last.query);
      return;
    }
    const next = load(current, state.ids);
    setLoadIssues(next.issues);
    // A value that is not a query leaves the draft as it is, with the reason shown.
    if (!next.query) return;
    accepted.current = { json: current, query: next.query };
    state.load(next.query);
  });
  return { store, loadIssues, sync };
}
