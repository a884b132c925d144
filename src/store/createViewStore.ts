/**
 * A builder's view state: what is folded, where a dragged node would land, and what the live
 * region says. It is kept apart from the query store so that none of it reaches the host, the
 * history or `onChange`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NodeId } from '../query/ast';
import type { DropOver } from '../query/drops';

export type { DropOver } from '../query/drops';


/** The drag in progress, as the cards draw it. */
export interface DragView {
  activeId: NodeId;
  over?: DropOver;
  /** True when the drop would be refused. */
  refused: boolean;
}

/** How a drop target is marked: a line before or after a node, or the inside of a group (allowed or refused). */
export type DropMark = 'before' | 'after' | 'inside' | 'refused';

/** The view state and its setters. */
export interface ViewState {
  collapsed: ReadonlySet<NodeId>;
  /** Clauses just added (or a new cohort's first clause) whose issues wait until one of their fields is left. */
  quiet: ReadonlySet<NodeId>;
  drag?: DragView;
  /** The latest announcement; `seq` lets the same words be said twice. */
  announcement: { text: string; seq: number };
  /** A visible message about the latest arrangement (why a drop was refused), until the next edit. */
  notice?: { text: string; revision: number };
  setCollapsed(id: NodeId, collapsed: boolean): void;
  /** Holds back the issues of a clause until `speak(id)` (a field of it lost focus). */
  hush(id: NodeId): void;
  speak(id: NodeId): void;
  collapseAll(ids: Iterable<NodeId>): void;
  expandAll(): void;
  setDrag(drag: DragView | undefined): void;
  announce(text: string): void;
  showNotice(text: string, revision: number): void;
  clearNotice(): void;
}

/** The view store of one builder. */
export type ViewStore = StoreApi<ViewState>;

/** Creates the view store of one builder (zustand/vanilla: no React). */
export function createViewStore(quiet: Iterable<NodeId> = []): ViewStore {
  return createStore<ViewState>()((set, get) => ({
    collapsed: new Set(),
    quiet: new Set(quiet),
    hush: (id) => {
      if (!get().quiet.has(id)) set({ quiet: new Set([...get().quiet, id]) });
    },
    speak: (id) => {
      const current = get().quiet;
      if (!current.has(id)) return;
      const next = new Set(current);
      next.delete(id);
      set({ quiet: next });
    },
    announcement: { text: '', seq: 0 },
    setCollapsed: (id, collapsed) => {
      const current = get().collapsed;
      if (current.has(id) === collapsed) return;
      const next = new Set(current);
      if (collapsed) next.add(id);
      else next.delete(id);
      set({ collapsed: next });
    },
    collapseAll: (ids) => set({ collapsed: new Set(ids) }),
    expandAll: () => {
      if (get().collapsed.size > 0) set({ collapsed: new Set() });
    },
    setDrag: (drag) => set({ drag }),
    announce: (text) => set({ announcement: { text, seq: get().announcement.seq + 1 } }),
    showNotice: (text, revision) => set({ notice: { text, revision } }),
    clearNotice: () => {
      if (get().notice) set({ notice: undefined });
    },
  }));
}

/** True while a clause's issues are held back (just added, not yet left). */
export function selectQuiet(state: ViewState, id: NodeId): boolean {
  return state.quiet.has(id);
}

/** True when the node is folded to its one-line summary. */
export function selectCollapsed(state: ViewState, id: NodeId): boolean {
  return state.collapsed.has(id);
}

/** How a node is marked by the drag in progress: a line before or after it, or its inside (allowed or refused). */
export function selectDropMark(state: ViewState, id: NodeId): DropMark | undefined {
  const drag = state.drag;
  const over = drag?.over;
  if (!over || over.kind === 'new-group' || over.id !== id) return undefined;
  if (drag.refused) return 'refused';
  return over.kind === 'node' ? over.side : 'inside';
}

/** True while the node is the one being dragged. */
export function selectIsDragged(state: ViewState, id: NodeId | null): boolean {
  return id !== null && state.drag?.activeId === id;
}

/** How the new-group zone is marked by the drag in progress. */
export function selectNewGroupMark(state: ViewState): DropMark | undefined {
  if (state.drag?.over?.kind !== 'new-group') return undefined;
  return state.drag.refused ? 'refused' : 'inside';
}
