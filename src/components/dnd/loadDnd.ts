import { createContext, useContext } from 'react';
import type { DndLayer } from './DndLayer';

/** The part of drag and drop that needs dnd-kit, loaded on first use. */
export interface DndModule {
  DndLayer: typeof DndLayer;
}

/** How a builder gets its drag and drop. */
export interface DndLoader {
  /** Loads the module (a dynamic import: its own chunk in a host's bundle). */
  load: () => Promise<DndModule>;
  /** Load it when the browser is next idle, before anyone drags (the default); else only on the first drag. */
  prefetch: boolean;
  /** The module, when this page has loaded it already: a builder then mounts it within the event that starts a drag. */
  loaded?: () => DndModule | undefined;
}

let arrived: DndModule | undefined;

/** Loads the dnd-kit part of drag and drop (once a page: the browser keeps the module). */
export const loadDnd = (): Promise<DndModule> => import('./DndLayer').then((module) => (arrived = module));

// Every builder of the page knows once one of them (or anyone) has loaded it, so a builder mounted
// later drags from its first press, without waiting for its own idle callback.
const DndLoaderContext = createContext<DndLoader>({ load: loadDnd, prefetch: true, loaded: () => arrived });

/** Replaces how the builders inside get drag and drop: a seam for tests (count loads, hold one back, skip the prefetch). */
export const DndLoaderProvider = DndLoaderContext.Provider;

/** How this builder gets its drag and drop. */
export function useDndLoader(): DndLoader {
  return useContext(DndLoaderContext);
}

/** Runs `task` when the browser is idle (or soon, where it cannot tell); returns a function that cancels it. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    // Within two seconds even on a page that is never idle.
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
