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
}

/** Loads the dnd-kit part of drag and drop. */
export const loadDnd = (): Promise<DndModule> => import('./DndLayer');

const DndLoaderContext = createContext<DndLoader>({ load: loadDnd, prefetch: true });

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
