/**
 * Undo/redo over immutable queries. Ops share untouched subtrees, so a step costs one root
 * reference, not a copy of the tree; that is why history holds whole queries, not patches.
 */
import type { Query } from '../query/ast';

/** Past and future queries around the current one, oldest first in `past`, nearest first in `future`. */
export interface History {
  readonly past: readonly Query[];
  readonly future: readonly Query[];
  /** The coalesce key of the latest edit: the next edit with the same key joins its step. */
  readonly coalesce?: string;
}

/** A history with nothing to undo or redo. */
export const emptyHistory: History = Object.freeze({ past: Object.freeze([]), future: Object.freeze([]) });

/** How many steps a store keeps unless told otherwise. */
export const DEFAULT_HISTORY_LIMIT = 100;

function bounded(list: readonly Query[], limit: number): readonly Query[] {
  return list.length > limit ? list.slice(list.length - Math.max(0, limit)) : list;
}

/** The history after an edit that replaced `before`: a new step, or the open step when `coalesce` repeats. */
export function recordEdit(history: History, before: Query, coalesce: string | undefined, limit: number): History {
  // Typing in one input is one step: the first keystroke saved the query before it, later ones add nothing.
  if (coalesce !== undefined && coalesce === history.coalesce && history.future.length === 0) return history;
  return { past: bounded([...history.past, before], limit), future: [], coalesce };
}

/** The query to go back to and the history after it, or undefined when there is nothing to undo. */
export function undoStep(history: History, current: Query): { query: Query; history: History } | undefined {
  if (history.past.length === 0) return undefined;
  const query = history.past[history.past.length - 1]!;
  return { query, history: { past: history.past.slice(0, -1), future: [current, ...history.future] } };
}

/** The query to go forward to and the history after it, or undefined when there is nothing to redo. */
export function redoStep(history: History, current: Query, limit: number): { query: Query; history: History } | undefined {
  if (history.future.length === 0) return undefined;
  const query = history.future[0]!;
  return { query, history: { past: bounded([...history.past, current], limit), future: history.future.slice(1) } };
}
