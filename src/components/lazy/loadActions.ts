import { createContext, useContext, useEffect, useMemo } from 'react';
import type * as Actions from '../actions/actions';
import { whenIdle } from '../dnd/loadDnd';

/** What only a person's choice needs: the actions menu's items, copy and paste. Loaded on first use. */
export type ActionsModule = typeof Actions;

/** How a builder gets its actions module. */
export interface ActionsLoader {
  /** Loads the module (a dynamic import: its own chunk in a host's bundle). */
  load: () => Promise<ActionsModule>;
  /** Load it when the browser is next idle, before anyone opens a menu (the default); else only on first use. */
  prefetch: boolean;
}

let loading: Promise<ActionsModule> | undefined;

// The module each loader has delivered, so that a menu opened after it arrived is built within the
// click or key press that opens it. Code, not state: nothing of a builder lives here.
const arrived = new WeakMap<ActionsLoader['load'], ActionsModule>();
const prefetched = new WeakSet<ActionsLoader['load']>();

/** Loads the actions module; a failed load is forgotten, so the next try loads again. */
export const loadActions = (): Promise<ActionsModule> =>
  (loading ??= import('../actions/actions').then(
    (module) => {
      arrived.set(loadActions, module);
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));

const ActionsLoaderContext = createContext<ActionsLoader>({ load: loadActions, prefetch: true });

/** Replaces how the builders inside get their actions module: a seam for tests (count loads, hold one back, skip the prefetch). */
export const ActionsLoaderProvider = ActionsLoaderContext.Provider;

/** The actions module of a builder: `now()` once it has arrived, `get()` to load it (at most once at a time per loader). */
export interface ActionsSource {
  now: () => ActionsModule | undefined;
  get: () => Promise<ActionsModule>;
}

/** This builder's actions module. */
export function useActionsSource(): ActionsSource {
  const { load } = useContext(ActionsLoaderContext);
  return useMemo(
    () => ({
      now: () => arrived.get(load),
      get: () =>
        load().then((module) => {
          arrived.set(load, module);
          return module;
        }),
    }),
    [load],
  );
}

/** Loads this builder's actions module when the browser is next idle (once a page per loader), unless the loader says not to. */
export function usePrefetchActions(source: ActionsSource): void {
  const { load, prefetch } = useContext(ActionsLoaderContext);
  useEffect(() => {
    if (!prefetch || prefetched.has(load) || arrived.has(load)) return;
    prefetched.add(load);
    let asked = false;
    const cancel = whenIdle(() => {
      asked = true;
      source.get().catch(() => prefetched.delete(load));
    });
    // Unmounted before the browser was idle: the next builder asks instead.
    return () => {
      if (asked) return;
      cancel();
      prefetched.delete(load);
    };
  }, [load, prefetch, source]);
}
