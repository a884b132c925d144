import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { IdGenerator, JsonObject, Query } from '../query/ast';
import { jsonEqual } from '../query/equal';
import { createIdGenerator } from '../query/ids';
import type { QueryIssue } from '../query/issues';
import { createEmptyQuery } from '../query/nodes';
import { newCohortClause } from '../query/newClause';
import { parseQuery } from '../serialize/parse';
import { serializeQueryShared } from '../serialize/serializeShared';
import { createQueryStore, type QueryStore } from '../store/createQueryStore';
import { createViewStore } from '../store/createViewStore';
import type { BuilderInstance } from './QueryStoreContext';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import { useModeWarning } from './useModeWarning';

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

/** Options of `useBuilderValue`: the controlled/uncontrolled contract of the builder. */
export interface BuilderValueOptions {
  value?: JsonObject;
  defaultValue?: JsonObject;
  onChange?: BuilderChangeHandler;
  /** Prefix of the ids of the instance's nodes (from `useId`, so server and client agree). */
  idPrefix: string;
  /** Makes the ids instead (a deterministic one in tests); read once, when the builder mounts. */
  idGenerator?: IdGenerator;
  /** How many undo steps to keep (read once, when the builder mounts). */
  historyLimit?: number;
  /** The value last saved: when it changes, the open undo step ends. */
  savedValue?: JsonObject;
}

/** The builder's stores, and the problems of the latest host value that is not a query. */
export interface BuilderValue {
  /** The query and view stores, made once for the builder's life. */
  instance: BuilderInstance;
  /** Errors of the latest value from the host that is not a query (the draft was kept). */
  loadIssues: readonly QueryIssue[];
}

/** A host value and the query it stands for. */
interface Settled {
  json: unknown;
  query: Query;
}

const NO_ISSUES: readonly QueryIssue[] = Object.freeze([]);
const subscribeNothing = () => () => undefined;

function load(json: unknown, store: Pick<QueryStore, 'ids'>): { query?: Query; issues: readonly QueryIssue[] } {
  if (json === undefined) return { query: createEmptyQuery(store.ids), issues: NO_ISSUES };
  const { query, issues } = parseQuery(json, { idGenerator: store.ids });
  return { query, issues: query ? NO_ISSUES : issues };
}

/**
 * One builder's store and its contract with the host (after Radix's `useControllableState` and
 * ariakit's `useStoreProps`): the value is Cohort API JSON; the JSON the builder emitted comes
 * back as an echo and keeps the AST (ids, focus); a foreign value is parsed afresh; an edit the
 * host did not take (its value stayed) snaps back; a value that is not a query keeps the draft
 * and is reported in `loadIssues`. Edits are reported from a store listener, outside render;
 * the host's value is reconciled in one layout effect. Nothing lives outside the instance.
 */
export function useBuilderValue({ value, defaultValue, onChange, idPrefix, idGenerator, historyLimit, savedValue }: BuilderValueOptions): BuilderValue {
  const controlled = useModeWarning('CohortQueryBuilder', value !== undefined);
  const [instance] = useState(() => {
    const ids = idGenerator ?? createIdGenerator(idPrefix);
    const first = load(controlled ? value : defaultValue, { ids });
    const store = createQueryStore({ initial: first.query ?? createEmptyQuery(ids), idGenerator: ids, historyLimit });
    // The queries of the JSON this instance emitted, so an echo (even of an older edit) is known.
    const emitted = new WeakMap<object, Query>();
    // A new cohort's clause keeps its errors to itself until it is touched.
    const fresh = newCohortClause(store.getState().query);
    return { store, view: createViewStore(fresh ? [fresh] : []), emitted, firstIssues: first.issues, firstAccepted: { json: value, query: store.getState().query } as Settled };
  });
  const { store, emitted } = instance;
  const [loadIssues, setLoadIssues] = useState(instance.firstIssues);
  const onChangeRef = useRef(onChange);
  const last = useRef<{ json: JsonObject; query: Query } | undefined>(undefined);
  // The host's latest value that is not a query (the first one included): there is nothing to
  // snap back to, so the draft stays until the host sends another value.
  const rejected = useRef<unknown>(instance.firstIssues.length > 0 ? instance.firstAccepted.json : undefined);
  // The host's latest value that is a query, and that query: what a refused edit snaps back to.
  const acceptedRef = useRef<Settled | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  // Serialization happens here, at the edge, once per edit: never in a render.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.origin !== 'edit' || state.query === previous.query) return;
        const json = serializeQueryShared(state.query);
        emitted.set(json, state.query);
        last.current = { json, query: state.query };
        onChangeRef.current?.(json, { query: state.query, issues: state.issues });
      }),
    [store, emitted],
  );

  // A controlled builder renders after each edit, so that an edit the host did not take is seen
  // (its value did not follow) and snapped back, as React does with a controlled input.
  const query = useSyncExternalStore(controlled ? store.subscribe : subscribeNothing, () => store.getState().query, () => store.getState().query);

  useIsomorphicLayoutEffect(() => {
    if (!controlled || value === undefined || value === rejected.current) return;
    const state = store.getState();
    const accepted = acceptedRef.current ?? instance.firstAccepted;
    // The host kept its value: an edit it did not take goes back (the history with it).
    const refused = () => state.query !== accepted.query && state.load(accepted.query);
    if (value === accepted.json) return void refused();
    const echo = emitted.get(value) ?? (last.current && jsonEqual(value, last.current.json) ? last.current.query : undefined);
    if (echo) {
      acceptedRef.current = { json: value, query: echo };
      setLoadIssues(NO_ISSUES);
      // An echo of an earlier edit (the host stepped back): show that edit.
      if (state.query !== echo) state.load(echo);
      return;
    }
    if (jsonEqual(value, accepted.json as JsonObject)) {
      // A fresh copy of the value the host kept.
      acceptedRef.current = { json: value, query: accepted.query };
      return void refused();
    }
    const next = load(value, store);
    setLoadIssues(next.issues);
    if (!next.query) {
      // Not a query: the draft stays, with the reason shown, until the host sends another value.
      rejected.current = value;
      return;
    }
    rejected.current = undefined;
    acceptedRef.current = { json: value, query: next.query };
    state.load(next.query);
  }, [controlled, value, query, store, emitted, instance]);

  // A save is a point Undo can return to: typing on after it is a step of its own.
  useEffect(() => store.getState().checkpoint(), [store, savedValue]);

  return { instance, loadIssues };
}
