import { createContext, useContext } from 'react';
import type { IdGenerator } from '../query/ast';
import type { QueryStore } from '../store/createQueryStore';
import type { ViewStore } from '../store/createViewStore';

/** One builder's stores: the query (and its history) and the view (folding, drag, announcements). */
export interface BuilderInstance {
  store: QueryStore;
  view: ViewStore;
}

// One context for the instance: its value is made once per builder and never changes, so the
// provider never re-renders a consumer.
const BuilderInstanceContext = createContext<BuilderInstance | null>(null);

/**
 * Provides one builder's stores to the cards below it; `value` must keep its identity. The bare
 * provider, not a component around it, so a render of the builder's root renders nothing here.
 */
export const BuilderInstanceProvider = BuilderInstanceContext.Provider;

function useInstance(): BuilderInstance {
  const instance = useContext(BuilderInstanceContext);
  if (!instance) throw new Error('This component must be used inside a CohortQueryBuilder (or a BuilderInstanceProvider).');
  return instance;
}

/** The query store of the nearest builder; throws a clear error outside one (a programming mistake). */
export function useQueryStore(): QueryStore {
  return useInstance().store;
}

/** The view store of the nearest builder; throws outside one (a programming mistake). */
export function useViewStore(): ViewStore {
  return useInstance().view;
}

/** The id generator of the nearest builder's nodes (stable for its life). */
export function useIdGenerator(): IdGenerator {
  return useInstance().store.ids;
}
