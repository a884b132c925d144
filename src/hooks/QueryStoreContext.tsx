import { createContext, useContext, type ReactNode } from 'react';
import type { QueryStore } from '../store/createQueryStore';

const QueryStoreContext = createContext<QueryStore | null>(null);

/** Provides one builder's store to the clause cards below it. */
export function QueryStoreProvider({ store, children }: { store: QueryStore; children: ReactNode }) {
  return <QueryStoreContext.Provider value={store}>{children}</QueryStoreContext.Provider>;
}

/** The store of the nearest builder; throws a clear error outside one (a programming mistake). */
export function useQueryStore(): QueryStore {
  const store = useContext(QueryStoreContext);
  if (!store) throw new Error('useQueryStore must be used inside a CohortQueryBuilder (or a QueryStoreProvider).');
  return store;
}
