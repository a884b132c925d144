import type { JsonObject } from '../query/ast';
import { serializeQueryShared } from '../serialize/serializeShared';
import type { QueryStore, QueryStoreState } from '../store/createQueryStore';
import { useTransitionSelector } from './useTransitionSelector';

const selectJson = (state: QueryStoreState) => serializeQueryShared(state.query);

/**
 * The store's query as Cohort API JSON, for showing it: written when the store changes (unchanged
 * clauses reused), and shown in a transition, after the edit has painted.
 */
export function useSerializedQuery(store: QueryStore): JsonObject {
  return useTransitionSelector(store, selectJson);
}
