import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnyNode, Combinator, IdGenerator, NodeId, Query } from '../query/ast';
import { defaultIdGenerator } from '../query/ids';
import type { QueryIssue } from '../query/issues';
import { addNode, duplicateNode, moveNode, removeNode, replaceNode, updateNode, wrapInGroup } from '../query/ops';
import { validateQuery } from '../query/validate';
import { indexAfterEdit, indexQuery } from '../query/walk';
import { applyArrange, checkArrange, type ArrangeTarget, type MoveCheck } from './arrange';
import { DEFAULT_HISTORY_LIMIT, emptyHistory, recordEdit, redoStep, undoStep, type History } from './history';
import { indexIssues, type IssueIndex } from './issueIndex';

/** What caused the latest change: an edit by the person (reported to the host) or a load. */
export type ChangeOrigin = 'edit' | 'load';

/** Describes an edit; `coalesce` groups successive edits (typing in one input) into one step. */
export interface EditMeta {
  coalesce?: string;
}

/** The data half of the store. */
export interface QueryData {
  query: Query;
  issues: readonly QueryIssue[];
  /** Issues by node id, with stable arrays for nodes whose issues did not change. */
  issueIndex: IssueIndex;
  /** Bumped on every change. */
  revision: number;
  origin: ChangeOrigin;
  /** The id generator new nodes take their ids from. */
  ids: IdGenerator;
  /** Undo/redo steps: whole queries before and after the current one. */
  history: History;
  canUndo: boolean;
  canRedo: boolean;
}

/** The actions: each delegates to a pure op of src/query and ignores no-ops. */
export interface QueryActions {
  /**
   * Replaces the whole query without reporting it as an edit (a new value from the host). A new
   * query clears the history; the query from before the latest edit (a host refusing that edit)
   * restores the history from before it, as if the edit had not happened.
   */
  load(query: Query): void;
  /** Applies any pure op as one edit. */
  apply(op: (query: Query) => Query, meta?: EditMeta): void;
  add(parentId: NodeId, node: AnyNode, index?: number): void;
  remove(id: NodeId): void;
  update(id: NodeId, updater: (node: AnyNode) => AnyNode, meta?: EditMeta): void;
  replace(id: NodeId, node: AnyNode): void;
  /** Moves a node with the bare op (layers checked, shape not): prefer `arrange`. */
  move(id: NodeId, targetParentId: NodeId, index: number): void;
  /** Moves a node where the AND-of-ORs shape allows it; says why not otherwise (and changes nothing). */
  arrange(id: NodeId, target: ArrangeTarget): MoveCheck;
  wrap(id: NodeId, combinator: Combinator): void;
  duplicate(id: NodeId): void;
  setCombinator(groupId: NodeId, combinator: Combinator): void;
  /** Goes back one step; false when there is none. An undo is an edit: the host hears of it. */
  undo(): boolean;
  /** Goes forward one undone step; false when there is none. */
  redo(): boolean;
}

/** The whole store state. */
export type QueryStoreState = QueryData & QueryActions;

/** A builder's store: one per builder instance, never shared. */
export type QueryStore = StoreApi<QueryStoreState>;

/** Options of `createQueryStore`. */
export interface QueryStoreOptions {
  initial: Query;
  idGenerator?: IdGenerator;
  /** How many undo steps to keep (default 100). */
  historyLimit?: number;
}

// Where nodes have no card of their own: their issues show on the clause that holds them.
function cardOwner(query: Query): (id: NodeId) => NodeId {
  const index = indexQuery(query);
  return (id) => {
    let entry = index.get(id);
    while (entry && entry.layer === 'where' && entry.parentId !== undefined) entry = index.get(entry.parentId);
    return entry?.node.id ?? id;
  };
}

/** Creates the per-instance store of a builder (zustand/vanilla: no React). */
export function createQueryStore({ initial, idGenerator = defaultIdGenerator, historyLimit = DEFAULT_HISTORY_LIMIT }: QueryStoreOptions): QueryStore {
  return createStore<QueryStoreState>()((set, get) => {
    // The state before the latest edit: a host that refuses the edit loads `query` back, and the
    // history goes back with it. Not state: nothing renders it.
    let lastEdit: { query: Query; history: History } | undefined;
    const commit = (next: Query, origin: ChangeOrigin, history: History) => {
      const state = get();
      // Ops index what they make already; a custom op or a reloaded query is indexed here from the
      // current query's index, so no per-node selector ever walks the whole tree after an edit.
      indexAfterEdit(state.query, next);
      const issues = validateQuery(next);
      set({
        query: next,
        issues,
        issueIndex: indexIssues(issues, state.issueIndex, cardOwner(next)),
        revision: state.revision + 1,
        origin,
        history,
        canUndo: history.past.length > 0,
        canRedo: history.future.length > 0,
      });
    };
    const edit = (next: Query, history: History) => {
      const state = get();
      if (next === state.query) return false;
      lastEdit = { query: state.query, history: state.history };
      commit(next, 'edit', history);
      return true;
    };
    const apply = (op: (query: Query) => Query, meta?: EditMeta) => {
      const state = get();
      const next = op(state.query);
      if (next !== state.query) edit(next, recordEdit(state.history, state.query, meta?.coalesce, historyLimit));
    };
    const issues = validateQuery(initial);
    return {
      query: initial,
      issues,
      issueIndex: indexIssues(issues, new Map(), cardOwner(initial)),
      revision: 0,
      origin: 'load',
      ids: idGenerator,
      history: emptyHistory,
      canUndo: false,
      canRedo: false,
      load: (query) => {
        const state = get();
        const history = query === state.query ? state.history : query === lastEdit?.query ? lastEdit.history : emptyHistory;
        lastEdit = undefined;
        commit(query, 'load', history);
      },
      apply,
      add: (parentId, node, index) => apply((q) => addNode(q, parentId, node, index)),
      remove: (id) => apply((q) => removeNode(q, id)),
      update: (id, updater, meta) => apply((q) => updateNode(q, id, updater), meta),
      replace: (id, node) => apply((q) => replaceNode(q, id, node)),
      move: (id, targetParentId, index) => apply((q) => moveNode(q, id, targetParentId, index)),
      arrange: (id, target) => {
        const check = checkArrange(get().query, id, target);
        if (check.ok) apply((q) => applyArrange(q, id, target, get().ids));
        return check;
      },
      wrap: (id, combinator) => apply((q) => wrapInGroup(q, id, combinator, get().ids)),
      // A lone root clause has no group to hold its copy: it is wrapped in an AND first.
      duplicate: (id) =>
        apply((q) => duplicateNode(q.id === id && q.kind !== 'group' ? wrapInGroup(q, id, 'and', get().ids) : q, id, get().ids)),
      setCombinator: (groupId, combinator) =>
        apply((q) =>
          updateNode(q, groupId, (node) =>
            (node.kind === 'group' || node.kind === 'where-group') && node.combinator !== combinator ? { ...node, combinator } : node,
          ),
        ),
      undo: () => {
        const state = get();
        const step = undoStep(state.history, state.query);
        return step ? edit(step.query, step.history) : false;
      },
      redo: () => {
        const state = get();
        const step = redoStep(state.history, state.query, historyLimit);
        return step ? edit(step.query, step.history) : false;
      },
    };
  });
}
