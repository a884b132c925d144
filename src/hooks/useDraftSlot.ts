/** `useDraftSlot`: the draft key of a new-cohort editor, its own while it is open (see draftSlots.ts). */
import { useMemo, useSyncExternalStore } from 'react';
import { createSlotStore } from './draftSlots';
import type { DraftStorageArea } from './draftStore';

const subscribeNothing = () => () => undefined;
const nothing = () => undefined;

/**
 * A key under `base` that no other open editor uses (`base`, `base-2`, …), preferring a free one
 * that holds a draft; `undefined` on the server, before the first effects, and when `claim` is
 * false or there is no storage.
 */
export function useDraftSlot(storage: DraftStorageArea | null | undefined, base: string, claim: boolean): string | undefined {
  const store = useMemo(() => (claim && storage ? createSlotStore(storage, base) : undefined), [storage, base, claim]);
  return useSyncExternalStore(store?.subscribe ?? subscribeNothing, store?.getSnapshot ?? nothing, nothing);
}
