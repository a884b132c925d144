/** `useDraftStorage`: keep unsaved edits in local storage, offer them back, and never lose one unasked. */
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { createDraftStore, type DraftSnapshot, type DraftStorageArea, type DraftWriteError, type StoredDraft } from './draftStore';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

export type { DraftStorageArea, DraftWriteError, StoredDraft } from './draftStore';

/** Options of `useDraftStorage`. */
export interface DraftStorageOptions<T> {
  /** Where drafts live; `null` or `undefined` keeps nothing. */
  storage: DraftStorageArea | null | undefined;
  /** The storage key of this draft (one per record); `undefined` while it is not known yet (nothing is read or written). */
  key: string | undefined;
  /** The current edits. */
  value: T;
  /** True when `value` differs from what is saved on the server; only then is it stored. */
  dirty: boolean;
  /** Checks a stored value (storage is shared and may hold anything); `undefined` ignores it. Keep it stable (a module function). */
  parse: (raw: unknown) => T | undefined;
  /** Whether two values are the same edits (default: the same JSON text). Keep it stable. */
  equal?: (a: T, b: T) => boolean;
  basedOn?: string;
  /** Wait this long after the last edit before writing (default 400 ms). */
  delayMs?: number;
}

/** What `useDraftStorage` returns. */
export interface DraftStorage<T> {
  /**
   * The draft that was stored when the key was first read (an earlier visit, a closed tab),
   * until the person chooses. Nothing is written over it until then, edits made meanwhile included.
   */
  offered: StoredDraft<T> | undefined;
  /**
   * A draft another tab or editor stored since, which differs from `value`: the newer edit wins
   * the key, and this editor is told. Nothing is written over it until the person chooses
   * (`take` after using its value, or `keepMine`).
   */
  newer: StoredDraft<T> | undefined;
  /** Why the last write failed (storage full or refused), until a write succeeds or the edits are saved. */
  writeError: DraftWriteError | undefined;
  /** The person took the offered or newer draft: the caller has put its value in place. */
  take(): void;
  /** Stops showing the offered or newer draft; storage is left alone. */
  dismiss(): void;
  /** Removes the offered or newer draft from storage (unless it changed since) and stops showing it. */
  discard(): void;
  /** Keeps this editor's value over the newer draft: stores it now and stops showing the other. */
  keepMine(): void;
  /** After a save: cancels a pending write and removes this editor's own draft (another tab's stays). */
  clear(): void;
}

const jsonEqual = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
const EMPTY: DraftSnapshot<never> = { stored: undefined, origin: undefined, writeError: undefined };
const subscribeNothing = () => () => undefined;
// The server render has no storage: this is its snapshot, and hydration's, so both agree.
const empty = () => EMPTY;

interface PendingWrite {
  timer: ReturnType<typeof setTimeout>;
  write(): void;
  done: boolean;
}

/**
 * Stores `value` under `key` while it is `dirty` (debounced; flushed on unmount and page hide)
 * and removes it once it is clean. A draft someone else stored (`offered`, `newer`) is never
 * written over or removed until the person chooses; other tabs are heard through `storage`
 * events. The server render reads nothing: storage is first read on the client.
 */
export function useDraftStorage<T>(options: DraftStorageOptions<T>): DraftStorage<T> {
  const { storage, key, value, dirty, parse, basedOn, delayMs = 400 } = options;
  const equal = options.equal ?? jsonEqual;
  const store = useMemo(() => (storage && key !== undefined ? createDraftStore({ storage, key, parse, equal }) : undefined), [storage, key, parse, equal]);
  const { stored, origin, writeError } = useSyncExternalStore(store?.subscribe ?? subscribeNothing, store?.getSnapshot ?? empty, empty) as DraftSnapshot<T>;

  const differs = stored !== undefined && !equal(stored.value, value);
  const offered = origin === 'found' ? stored : undefined;
  const newer = origin === 'other' && differs ? stored : undefined;
  const shown = offered ?? newer;
  // Storage already holds these edits (whoever wrote them): nothing to write.
  const kept = stored !== undefined && !differs;

  const pending = useRef<PendingWrite | undefined>(undefined);
  const latest = useRef({ value, basedOn, dirty, shown });
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, basedOn, dirty, shown };
  });

  useEffect(() => {
    pending.current = undefined;
    if (!store || shown) return;
    if (!dirty) {
      store.removeOwn();
      return;
    }
    if (kept) return;
    // The time of the edit, not of the write: a flush at page hide is no newer than its edits.
    const savedAt = new Date().toISOString();
    const next: PendingWrite = {
      done: false,
      write() {
        if (next.done) return;
        next.done = true;
        store.write(value, savedAt, basedOn);
      },
      timer: setTimeout(() => next.write(), delayMs),
    };
    pending.current = next;
    return () => clearTimeout(next.timer);
  }, [store, value, dirty, shown, kept, basedOn, delayMs]);

  // A reload or a closed tab must not lose the last keystrokes that were still waiting.
  useEffect(() => {
    const flush = () => pending.current?.write();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const take = useCallback(() => {
    const draft = latest.current.shown;
    if (draft) store?.take(draft);
  }, [store]);
  const dismiss = useCallback(() => {
    const draft = latest.current.shown;
    if (draft) store?.dismiss(draft);
  }, [store]);
  const discard = useCallback(() => {
    const draft = latest.current.shown;
    if (draft) store?.discard(draft);
  }, [store]);
  const keepMine = useCallback(() => {
    const { shown: draft, dirty: changed, value: mine, basedOn: version } = latest.current;
    if (!store || !draft) return;
    store.dismiss(draft);
    // Now, not after the delay: the other tab should learn at once that these edits are the newer.
    if (changed) store.write(mine, new Date().toISOString(), version);
  }, [store]);
  const clear = useCallback(() => {
    const waiting = pending.current;
    if (waiting) {
      waiting.done = true;
      clearTimeout(waiting.timer);
    }
    store?.removeOwn();
  }, [store]);

  return { offered, newer, writeError, take, dismiss, discard, keepMine, clear };
}
