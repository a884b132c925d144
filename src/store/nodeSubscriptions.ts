import type { NodeId } from '../query/ast';
import { changedNodeIds } from './changedNodes';
import type { QueryStore } from './createQueryStore';

/** Subscribes to the changes of one node (see `changedNodeIds` for what counts as a change). */
export type SubscribeToNode = (id: NodeId, listener: () => void) => () => void;

const registries = new WeakMap<QueryStore, SubscribeToNode>();

/**
 * Per-node subscriptions over one store. Every card subscribing to the whole store would make each
 * keystroke call thousands of selectors in a 500-clause query; here one store listener works out
 * which nodes changed and calls only their listeners.
 */
export function nodeSubscriptions(store: QueryStore): SubscribeToNode {
  const known = registries.get(store);
  if (known) return known;
  const listeners = new Map<NodeId, Set<() => void>>();
  let unsubscribe: (() => void) | undefined;
  const notify = (state: Parameters<Parameters<QueryStore['subscribe']>[0]>[0], previous: typeof state) => {
    if (state.query === previous.query && state.issueIndex === previous.issueIndex) return;
    const called: (() => void)[] = [];
    for (const id of changedNodeIds(previous, state)) {
      const set = listeners.get(id);
      if (set) called.push(...set);
    }
    for (const listener of called) listener();
  };
  const subscribe: SubscribeToNode = (id, listener) => {
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
  registries.set(store, subscribe);
  return subscribe;
}
