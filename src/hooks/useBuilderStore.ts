import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { IdGenerator, JsonObject, Query } from '../query/ast';
import { jsonEqual } from '../query/equal';
import { defaultIdGenerator } from '../query/ids';
import type { QueryIssue } from '../query/issues';
import { createEmptyQuery } from '../query/nodes';
import { parseQuery } from '../serialize/parse';
import { serializeQueryShared } from '../serialize/serializeShared';
import { createQueryStore, type QueryStore } from '../store/createQueryStore';
import { hold, refused, type ControlledBinding } from './controlledBinding';

/** What `onChange` gets besides the JSON: the AST it came from and its issues. */
export interface BuilderChangeDetails {
  query: Query;
  issues: readonly QueryIssue[];
}

/**
 * Called with the Cohort API JSON after every edit. Successive values share the objects of
 * unchanged clauses, so the JSON is frozen (as React props are immutable): copy before changing it.
 */
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
  /** The contract's state outside React, which the builder's memo comparison settles too. */
  binding: ControlledBinding;
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
  const [binding] = useState<ControlledBinding>(() => ({ prop: value, accepted: { json: value, query: store.getState().query }, current: () => store.getState().query }));
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  // Serialization happens here, at the edge, once per edit: never in a render.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.origin !== 'edit' || state.query === previous.query) return;
        const json = serializeQueryShared(state.query);
        binding.emitted = { json, query: state.query };
        hold(json, binding);
        onChangeRef.current?.(json, { query: state.query, issues: state.issues });
      }),
    [store, binding],
  );

  const [sync] = useState(() => (current: JsonObject | undefined) => {
    const state = store.getState();
    if (current === undefined) return;
    hold(current, binding);
    if (current === binding.prop || current === binding.accepted.json) {
      binding.prop = current;
      // The host kept its value: an edit it did not take snaps back.
      if (refused(binding)) state.load(binding.accepted.query);
      return;
    }
    binding.prop = current;
    const last = binding.emitted;
    if (last && (current === last.json || jsonEqual(current, last.json))) {
      binding.accepted = { json: current, query: last.query };
      if (state.query !== last.query) state.load(last.query);
      return;
    }
    const next = load(current, state.ids);
    setLoadIssues(next.issues);
    // A value that is not a query leaves the draft as it is, with the reason shown.
    if (!next.query) return;
    binding.accepted = { json: current, query: next.query };
    state.load(next.query);
  });
  return { store, loadIssues, sync, binding };
}
