import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnyNode, Combinator, IdGenerator, NodeId, Query, QueryNode } from '../query/ast';
import type { ArrangeTarget, MoveCheck } from '../query/arrange';
import { fieldEditKey, withField } from '../query/fields';
import { createIdGenerator } from '../query/ids';
import { addClause, addGroup, duplicate, makeGroup, moveTo, remove, setCombinator, ungroup, ungroupEach } from '../query/intents';
import type { QueryIssue } from '../query/issues';
import type { NewClauseKind } from '../query/newClause';
import { replaceNode, updateNode } from '../query/ops';
import { paste, type PasteCheck, type PasteTarget } from '../query/paste';
import { validateQuery } from '../query/validate';
import { indexAfterEdit, indexQuery } from '../query/walk';
import { DEFAULT_HISTORY_LIMIT, emptyHistory, recordEdit, redoStep, undoStep, type History } from './history';
import { indexIssues, type IssueIndex } from './issueIndex';
import { createNodeListeners, type SubscribeToNode } from './nodeListeners';

/** What caused the latest change: an edit by the person (reported to the host) or a load. */
export type ChangeOrigin = 'edit' | 'load';

/** The data half of the store. */
export interface QueryData {
  query: Query;
  issues: readonly QueryIssue[];
  /** Issues by node id, with stable arrays for nodes whose issues did not change. */
  issueIndex: IssueIndex;
  /** Bumped on every change. */
  revision: number;
  origin: ChangeOrigin;
  /** Undo/redo steps: whole queries before and after the current one. */
  history: History;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The actions, named for what a person means. Each delegates to a pure function of src/query,
 * ignores no-ops, and is one undo step (typing in one field coalesces into one).
 */
export interface QueryActions {
  /**
   * Replaces the whole query without reporting it as an edit (a new value from the host). A new
   * query clears the history; the query from before the latest edit (a host refusing that edit)
   * restores the history from before it, as if the edit had not happened.
   */
  load(query: Query): void;
  /**
   * Adds a clause of this kind to a group (a lone root clause is first wrapped in an AND), or, given
   * a clause that is a member of an AND, an alternative to it (the two then form an OR); the new id.
   */
  addClause(parentId: NodeId, kind: NewClauseKind): NodeId | undefined;
  /** Adds a group of the other combinator, holding one new clause of `kind` (default an event clause); the new group's id. */
  addGroup(parentId: NodeId, kind?: NewClauseKind): NodeId | undefined;
  /** Puts a group's members in its place where that keeps the meaning. */
  ungroup(groupId: NodeId): void;
  /** Ungroups an OR group of clauses in the top-level AND: each clause must then match (the meaning changes; see `ungroupPlan`). */
  ungroupEach(groupId: NodeId): void;
  /** Puts a clause of the top-level AND (or the whole query) in an OR group of its own; the group's id. */
  makeGroup(clauseId: NodeId): NodeId | undefined;
  /**
   * Pastes parsed nodes (ids from this store's `ids`) at a place, fitted to the AND-of-ORs shape,
   * as one undo step; into an empty query, in its place. The verdict, and the pasted nodes' ids.
   */
  paste(nodes: readonly QueryNode[], target: PasteTarget): { check: PasteCheck; ids: NodeId[] };
  /** Removes a node, and a nested group it leaves empty. */
  remove(id: NodeId): void;
  /** Adds a copy after the node; the copy's id. */
  duplicate(id: NodeId): NodeId | undefined;
  /** Moves a node where the AND-of-ORs shape allows it; says why not otherwise (and changes nothing). */
  moveTo(id: NodeId, target: ArrangeTarget): MoveCheck;
  setCombinator(groupId: NodeId, combinator: Combinator): void;
  /** Sets one field of a node; successive edits of the same field are one undo step. */
  setField(id: NodeId, field: string, value: unknown): void;
  /** Replaces a node (a raw JSON clause that now parses as a known kind, say). */
  replace(id: NodeId, node: AnyNode): void;
  /**
   * Replaces the whole query (typed as JSON, a template) as one undo step, or, with `coalesce`,
   * one step for a run of them (a code session). `query` must have ids of this store's generator;
   * to keep the ids and objects of unchanged nodes, pass it through `reconcileQuery` first (code mode
   * does, so the reconcile loads with the code view, not with every builder).
   */
  replaceQuery(query: Query, coalesce?: string): void;
  /** Ends the open undo step (after a save, say): the next edit starts a step of its own. */
  checkpoint(): void;
  /** Goes back one step; false when there is none. An undo is an edit: the host hears of it. */
  undo(): boolean;
  /** Goes forward one undone step; false when there is none. */
  redo(): boolean;
}

/** The whole store state. */
export type QueryStoreState = QueryData & QueryActions;

/** A builder's store: one per builder instance, never shared. */
export interface QueryStore extends StoreApi<QueryStoreState> {
  /** Subscribes to the changes of one node only (its object, place, issues or issue counts). */
  subscribeNode: SubscribeToNode;
  /** Makes the ids of new nodes: owned by the instance, so a server render and hydration agree. */
  ids: IdGenerator;
}

/** Options of `createQueryStore`. */
export interface QueryStoreOptions {
  initial: Query;
  /** Ids of new nodes; default: `${idPrefix}1`, `${idPrefix}2`, ... */
  idGenerator?: IdGenerator;
  idPrefix?: string;
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
export function createQueryStore({ initial, idGenerator, idPrefix = 'n', historyLimit = DEFAULT_HISTORY_LIMIT }: QueryStoreOptions): QueryStore {
  const ids = idGenerator ?? createIdGenerator(idPrefix);
  const store = createStore<QueryStoreState>()((set, get) => {
    // The state before the latest edit: a host that refuses the edit loads `query` back, and the
    // history goes back with it. Not state: nothing renders it.
    let lastEdit: { query: Query; history: History } | undefined;
    const commit = (next: Query, origin: ChangeOrigin, history: History) => {
      const state = get();
      // Ops index what they make; a reloaded query is indexed here from the current one, so no
      // per-node selector ever walks the whole tree after an edit.
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
    const apply = (next: Query, coalesce?: string) => {
      const state = get();
      if (next !== state.query) edit(next, recordEdit(state.history, state.query, coalesce, historyLimit));
    };
    const applyWithId = (result: { query: Query; id?: NodeId }) => {
      apply(result.query);
      return result.id;
    };
    const issues = validateQuery(initial);
    return {
      query: initial,
      issues,
      issueIndex: indexIssues(issues, new Map(), cardOwner(initial)),
      revision: 0,
      origin: 'load',
      history: emptyHistory,
      canUndo: false,
      canRedo: false,
      load: (query) => {
        const state = get();
        const history = query === state.query ? state.history : query === lastEdit?.query ? lastEdit.history : emptyHistory;
        lastEdit = undefined;
        commit(query, 'load', history);
      },
      addClause: (parentId, kind) => applyWithId(addClause(get().query, parentId, kind, ids)),
      addGroup: (parentId, kind) => applyWithId(addGroup(get().query, parentId, ids, kind)),
      ungroup: (groupId) => apply(ungroup(get().query, groupId)),
      ungroupEach: (groupId) => apply(ungroupEach(get().query, groupId, ids)),
      makeGroup: (clauseId) => applyWithId(makeGroup(get().query, clauseId, ids)),
      paste: (nodes, target) => {
        const { query, check, ids: pasted } = paste(get().query, nodes, target, ids);
        apply(query);
        return { check, ids: pasted };
      },
      remove: (id) => apply(remove(get().query, id)),
      duplicate: (id) => applyWithId(duplicate(get().query, id, ids)),
      moveTo: (id, target) => {
        const { query, check } = moveTo(get().query, id, target, ids);
        apply(query);
        return check;
      },
      setCombinator: (groupId, combinator) => apply(setCombinator(get().query, groupId, combinator)),
      setField: (id, field, value) => {
        const query = get().query;
        const node = indexQuery(query).get(id)?.node;
        if (!node) return;
        const next = updateNode(query, id, (current) => withField(current as unknown as Record<string, unknown>, field, value) as unknown as AnyNode);
        apply(next, fieldEditKey(node, field, value));
      },
      // Typing in a raw JSON clause replaces it on each valid keystroke: one step per clause.
      replace: (id, node) => apply(replaceNode(get().query, id, node), `${id}:replace`),
      replaceQuery: (query, coalesce) => apply(query, coalesce),
      checkpoint: () => {
        const history = get().history;
        if (history.coalesce !== undefined) set({ history: { past: history.past, future: history.future } });
      },
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
  return Object.assign(store, { subscribeNode: createNodeListeners(store), ids });
}
