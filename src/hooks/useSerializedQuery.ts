import { useCallback } from 'react';
import type { JsonObject, Query } from '../query/ast';
import { serializeQuery } from '../serialize/serialize';
import type { QueryStore } from '../store/createQueryStore';
import { useStoreSelector } from './useStoreSelector';

// One serialization per query object, shared by every reader of the same store state.
const cache = new WeakMap<Query, JsonObject>();

function serialized(query: Query): JsonObject {
  let json = cache.get(query);
  if (!json) {
    json = serializeQuery(query);
    cache.set(query, json);
  }
  return json;
}

/** The store's query as Cohort API JSON, serialized once per change. */
export function useSerializedQuery(store: QueryStore): JsonObject {
  return useStoreSelector(store, useCallback((state) => serialized(state.query), []));
}
