import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AnyNode, Combinator, IdGenerator, NodeId, Query } from '../query/ast';
import { defaultIdGenerator } from '../query/ids';
import type { QueryIssue } from '../query/issues';
import { addNode, duplicateNode, moveNode, removeNode, replaceNode, updateNode, wrapInGroup } from '../query/ops';
import { validateQuery } from '../query/validate';
import { indexQuery } from '../query/walk';
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
}

/** The actions: each delegates to a pure op of src/query and ignores no-ops. */
export interface QueryActions {
  /** Replaces the whole query without reporting it as an edit (a new value from the host). */
  load(query: Query): void;
  /** Applies any pure op as one edit. */
  apply(op: (query: Query) => Query, meta?: EditMeta): void;
  add(parentId: NodeId, node: AnyNode, index?: number): void;
  remove(id: NodeId): void;
  update(id: NodeId, updater: (node: AnyNode) => AnyNode, meta?: EditMeta): void;
  replace(id: NodeId, node: AnyNode): void;
  move(id: NodeId, targetParentId: NodeId, index: number): void;
  wrap(id: NodeId, combinator: Combinator): void;
  duplicate(id: NodeId): void;
  setCombinator(groupId: NodeId, combinator: Combinator): void;
}

/** The whole store state. */
export type QueryStoreState = QueryData & QueryActions;

/** A builder's store: one per builder instance, never shared. */
export type QueryStore = StoreApi<QueryStoreState>;

/** Options of `createQueryStore`. */
export interface QueryStoreOptions {
  initial: Query;
  idGenerator?: IdGenerator;
}

// Where nodes have no card of their own: their issues show on the clause that holds them.
function cardOwner(query: Query): (id: NodeId) => NodeId {
  const index = indexQuery(query);
  return (id) => {
    let entry = index.get(id);
    while (entry && entry.layer === 'where' && entry.parent) entry = index.get(entry.parent.id);
    return entry?.node.id ?? id;
  };
}

/** Creates the per-instance store of a builder (zustand/vanilla: no React). */
export function createQueryStore({ initial, idGenerator = defaultIdGenerator }: QueryStoreOptions): QueryStore {
  return createStore<QueryStoreState>()((set, get) => {
    const commit = (next: Query, origin: ChangeOrigin) => {
      const state = get();
      if (next === state.query && origin === 'edit') return;
      const issues = validateQuery(next);
      set({ query: next, issues, issueIndex: indexIssues(issues, state.issueIndex, cardOwner(next)), revision: state.revision + 1, origin });
    };
    const apply = (op: (query: Query) => Query) => commit(op(get().query), 'edit');
    const issues = validateQuery(initial);
    return {
      query: initial,
      issues,
      issueIndex: indexIssues(issues, new Map(), cardOwner(initial)),
      revision: 0,
      origin: 'load',
      ids: idGenerator,
      load: (query) => commit(query, 'load'),
      apply: (op) => apply(op),
      add: (parentId, node, index) => apply((q) => addNode(q, parentId, node, index)),
      remove: (id) => apply((q) => removeNode(q, id)),
      update: (id, updater) => apply((q) => updateNode(q, id, updater)),
      replace: (id, node) => apply((q) => replaceNode(q, id, node)),
      move: (id, targetParentId, index) => apply((q) => moveNode(q, id, targetParentId, index)),
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
    };
  });
}
