import { useLayoutEffect } from 'react';
import type { JsonObject } from '../query/ast';
import { useQueryStore } from './QueryStoreContext';
import type { QueryStoreState } from '../store/createQueryStore';
import { useStoreSelector } from './useStoreSelector';

const selectRevision = (state: QueryStoreState) => state.revision;

/**
 * Renders nothing; after every edit and every new host value it reconciles the two. It is its own
 * component so that the builder's root does not re-render on each keystroke.
 */
export function ControlledSync({ value, sync }: { value: JsonObject | undefined; sync: (value: JsonObject | undefined) => void }) {
  const store = useQueryStore();
  const revision = useStoreSelector(store, selectRevision);
  useLayoutEffect(() => sync(value), [value, revision, sync]);
  return null;
}
