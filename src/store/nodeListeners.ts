import type { NodeId, Query } from '../query/ast';
import { indexAfterEdit, indexQuery, type NodeIndex } from '../query/walk';
import type { IssueIndex } from './issueIndex';

/** The part of a store's state that per-node selections read. */
interface QueryData {
  query: Query;
  issueIndex: IssueIndex;
}

/** Subscribes to the changes of one node; returns the unsubscribe. */
export type SubscribeToNode = (id: NodeId, listener: () => void) => () => void;

interface Subscribable {
  getState(): QueryData;
  subscribe(listener: (state: QueryData, previous: QueryData) => void): () => void;
}

function addAncestors(index: NodeIndex, id: NodeId, out: Set<NodeId>): void {
  for (let entry = index.get(id); entry?.parentId !== undefined; entry = index.get(entry.parentId)) out.add(entry.parentId);
}

/**
 * The ids whose per-node selections may differ between two states: those the index diff reports
 * (node, parent, path, place among siblings), and those whose issues changed with their
 * ancestors (issue counts). Undefined when the diff cannot tell: then every node is told.
 */
export function changedIds(previous: QueryData, next: QueryData): ReadonlySet<NodeId> | undefined {
  const changed = indexAfterEdit(previous.query, next.query);
  if (!changed || previous.issueIndex === next.issueIndex) return changed;
  const out = new Set(changed);
  const before = indexQuery(previous.query);
  const after = indexQuery(next.query);
  for (const id of new Set([...previous.issueIndex.keys(), ...next.issueIndex.keys()])) {
    if (previous.issueIndex.get(id) === next.issueIndex.get(id)) continue;
    out.add(id);
    addAncestors(before, id, out);
    addAncestors(after, id, out);
  }
  return out;
}

/**
 * Per-node listeners over one store instance. Every card subscribing to the whole store would
 * make each keystroke call thousands of selectors in a 500-clause query; here one store listener
 * asks the index diff which nodes changed and calls only their listeners.
 */
export function createNodeListeners(store: Subscribable): SubscribeToNode {
  const listeners = new Map<NodeId, Set<() => void>>();
  let unsubscribe: (() => void) | undefined;
  const notify = (state: QueryData, previous: QueryData) => {
    if (state.query === previous.query && state.issueIndex === previous.issueIndex) return;
    const ids = changedIds(previous, state);
    const called: (() => void)[] = [];
    if (!ids) for (const set of listeners.values()) called.push(...set);
    else for (const id of ids) called.push(...(listeners.get(id) ?? []));
    for (const listener of called) listener();
  };
  return (id, listener) => {
    let set = listeners.get(id);
    if (!set) listeners.set(id, (set = new Set()));
    set.add(listener);
    unsubscribe ??= store.subscribe(notify);
    return () => {
      set.delete(listener);
      if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
      if (listeners.size === 0) {
        unsubscribe?.();
        unsubscribe = undefined;
      }
    };
  };
}
