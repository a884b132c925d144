/** `useDraftStorage`: keep unsaved edits in local storage and offer them back after a reload. */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

/** The part of the Web Storage API a draft needs (localStorage, sessionStorage, or an in-memory one). */
export type DraftStorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A draft as it was stored. */
export interface StoredDraft<T> {
  /** When it was written (ISO 8601). */
  savedAt: string;
  /** The version of the record it was made from (e.g. the cohort's `lastUpdatedAt`), when known. */
  basedOn?: string;
  value: T;
}

/** Options of `useDraftStorage`. */
export interface DraftStorageOptions<T> {
  /** Where drafts live; `null` or `undefined` keeps nothing. */
  storage: DraftStorageArea | null | undefined;
  /** The storage key of this draft (one per record, or one for "new"). */
  key: string;
  /** The current edits. */
  value: T;
  /** True when `value` differs from what is saved on the server; only then is it stored. */
  dirty: boolean;
  /** Checks a stored value (storage is shared and may hold anything); `undefined` ignores it. */
  parse: (raw: unknown) => T | undefined;
  basedOn?: string;
  /** Wait this long after the last edit before writing (default 400 ms). */
  delayMs?: number;
}

/** What `useDraftStorage` returns. */
export interface DraftStorage<T> {
  /** The draft found when the component mounted, until `dismiss` or `clear`. */
  offered: StoredDraft<T> | undefined;
  /** Stops offering the draft (after restoring it, say); storage is left alone. */
  dismiss(): void;
  /** Forgets the draft: stops offering it, cancels a pending write and removes it from storage. */
  clear(): void;
}

// Storage may throw on every call (Safari private mode, quota, blocked cookies): a draft is a
// convenience, so failures are swallowed rather than breaking the editor.
function read<T>(storage: DraftStorageArea | null | undefined, key: string, parse: (raw: unknown) => T | undefined): StoredDraft<T> | undefined {
  try {
    const text = storage?.getItem(key);
    if (!text) return undefined;
    const data = JSON.parse(text) as Partial<StoredDraft<unknown>> | null;
    if (!data || typeof data.savedAt !== 'string' || Number.isNaN(Date.parse(data.savedAt))) return undefined;
    const value = parse(data.value);
    if (value === undefined) return undefined;
    return { savedAt: data.savedAt, basedOn: typeof data.basedOn === 'string' ? data.basedOn : undefined, value };
  } catch {
    return undefined;
  }
}

function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // See read(): storage failures are not the person's problem.
  }
}

const subscribeNothing = () => () => undefined;

interface PendingWrite {
  timer: ReturnType<typeof setTimeout>;
  write(): void;
  done: boolean;
}

/**
 * Stores `value` under `key` while it is `dirty` (debounced; flushed on unmount and page hide),
 * removes it once it is clean, and offers a draft found at mount until it is dismissed. A
 * pending offer is never removed by a clean value, so a person who has not chosen yet loses nothing.
 */
export function useDraftStorage<T>({ storage, key, value, dirty, parse, basedOn, delayMs = 400 }: DraftStorageOptions<T>): DraftStorage<T> {
  const [offer, setOffer] = useState(() => ({ key, draft: read(storage, key, parse) }));
  // The server render has no storage: showing the offer only on the client keeps hydration equal.
  const onClient = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const offered = onClient && offer.key === key ? offer.draft : undefined;
  const pending = useRef<PendingWrite | undefined>(undefined);

  useEffect(() => {
    if (!storage) return;
    if (!dirty) {
      pending.current = undefined;
      if (!offered) attempt(() => storage.removeItem(key));
      return;
    }
    const next: PendingWrite = {
      done: false,
      write() {
        if (next.done) return;
        next.done = true;
        const draft: StoredDraft<T> = { savedAt: new Date().toISOString(), basedOn, value };
        attempt(() => storage.setItem(key, JSON.stringify(draft)));
      },
      timer: setTimeout(() => next.write(), delayMs),
    };
    pending.current = next;
    return () => clearTimeout(next.timer);
  }, [storage, key, value, dirty, basedOn, delayMs, offered]);

  // A reload or a closed tab must not lose the last keystrokes that were still waiting.
  useEffect(() => {
    const flush = () => pending.current?.write();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const dismiss = useCallback(() => setOffer((current) => ({ key: current.key, draft: undefined })), []);
  const clear = useCallback(() => {
    const waiting = pending.current;
    if (waiting) {
      waiting.done = true;
      clearTimeout(waiting.timer);
    }
    attempt(() => storage?.removeItem(key));
    dismiss();
  }, [storage, key, dismiss]);

  return { offered, dismiss, clear };
}
