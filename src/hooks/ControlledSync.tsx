import { useCallback, useLayoutEffect, useSyncExternalStore } from 'react';
import type { JsonObject } from '../query/ast';
import { refused, type ControlledBinding } from './controlledBinding';
import { useQueryStore } from './QueryStoreContext';

/**
 * Renders nothing; reconciles the store with each new host value, and snaps back an edit the host
 * did not take. It subscribes to "is there a refused edit", not to every change: when the host
 * takes an edit (the builder's memo comparison settles that before this renders), the answer stays
 * no and React bails out here, so a keystroke renders nothing outside the edited clause.
 */
export function ControlledSync({ value, sync, binding }: { value: JsonObject | undefined; sync: (value: JsonObject | undefined) => void; binding: ControlledBinding }) {
  const store = useQueryStore();
  // Not cached by store state: the comparison settles the binding without a store change.
  const isRefused = useSyncExternalStore(store.subscribe, useCallback(() => refused(binding), [binding]));
  useLayoutEffect(() => sync(value), [value, sync]);
  useLayoutEffect(() => {
    // Checked again now: a host value committed in this same render may have taken the edit.
    if (isRefused && refused(binding)) store.getState().load(binding.accepted.query);
  }, [isRefused, binding, store]);
  return null;
}
