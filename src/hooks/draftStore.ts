/**
 * The draft under one storage key, outside React: what is stored there, whose it is, and writes
 * that never replace a draft the person has not chosen about. Other tabs are heard through
 * `storage` events, other editors of this page through an event of this library's own (a
 * document hears no `storage` events for its own writes). No React here.
 */

/** The part of the Web Storage API a draft needs (localStorage, sessionStorage, or an in-memory one). */
export type DraftStorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A draft as it is stored. */
export interface StoredDraft<T> {
  /** When its last edit was made (ISO 8601). */
  savedAt: string;
  /** The version of the record it was made from (e.g. the cohort's `lastUpdatedAt`), when known. */
  basedOn?: string;
  value: T;
}

/** A write that storage refused. */
export interface DraftWriteError {
  /** `quota`: storage is full; `unavailable`: storage refused otherwise (private mode, blocked, disabled). */
  reason: 'quota' | 'unavailable';
  /** When the write was tried (ISO 8601). */
  at: string;
}

/**
 * Whose the stored draft is, seen from one editor: `self` (it wrote it, or the person took it
 * in), `found` (it was there when the editor opened and nobody chose about it yet), `other`
 * (another tab or editor wrote it since), `dismissed` (the person chose to keep theirs over it).
 */
export type DraftOrigin = 'self' | 'found' | 'other' | 'dismissed';

/** What a draft store holds now. Unchanged (the same object) until storage or a choice changes it. */
export interface DraftSnapshot<T> {
  stored: StoredDraft<T> | undefined;
  origin: DraftOrigin | undefined;
  /** Why the last write failed, until a write succeeds or the editor's own draft is removed. */
  writeError: DraftWriteError | undefined;
}

/** The draft store of one key. */
export interface DraftStore<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): DraftSnapshot<T>;
  /**
   * Stores `value`, unless the stored draft is one the person has not chosen about (`found`, or
   * an `other` that differs from `value`): then nothing is written and `held` is returned. A
   * refused write removes this key's older draft (it would be offered later as if current) and
   * tries once more; if that fails too the snapshot carries a `writeError`.
   */
  write(value: T, savedAt: string, basedOn: string | undefined): 'written' | 'held' | 'failed';
  /** Removes the stored draft if it is this editor's own (`self`). */
  removeOwn(): void;
  /** The person took `draft` (the snapshot's) into the editor: it is the editor's own from now on. */
  take(draft: StoredDraft<T>): void;
  /** The person keeps their own over `draft`: it stays stored but is no longer shown. */
  dismiss(draft: StoredDraft<T>): void;
  /** The person threw `draft` away: removed from storage if it is still the one stored. */
  discard(draft: StoredDraft<T>): void;
}

/** The event that tells this page's other editors a key changed (its `detail` is the key). */
export const DRAFT_CHANGE_EVENT = 'permutive-cohort-builder:draft-change';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function reasonOf(error: unknown): DraftWriteError['reason'] {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return (typeof name === 'string' && QUOTA_NAMES.has(name)) || code === 22 || code === 1014 ? 'quota' : 'unavailable';
}

/** The text under `key`. Storage may throw on any call (private mode, blocked cookies, quota): a failed read is "none". */
export function readRaw(storage: DraftStorageArea, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function attempt(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false;
  }
}

/** A stored draft read back, or `undefined` when the text is not one (storage is shared and may hold anything). */
export function parseDraft<T>(raw: string | null, parse: (value: unknown) => T | undefined): StoredDraft<T> | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<StoredDraft<unknown>> | null;
    if (!data || typeof data.savedAt !== 'string' || Number.isNaN(Date.parse(data.savedAt))) return undefined;
    const value = parse(data.value);
    if (value === undefined) return undefined;
    return { savedAt: data.savedAt, basedOn: typeof data.basedOn === 'string' ? data.basedOn : undefined, value };
  } catch {
    return undefined;
  }
}

/** Options of `createDraftStore`. */
export interface DraftStoreOptions<T> {
  storage: DraftStorageArea;
  key: string;
  parse: (value: unknown) => T | undefined;
  equal: (a: T, b: T) => boolean;
}

/**
 * Makes the store of one key. Drafts are told apart by their stored text: the text this editor
 * last wrote (or took, or dismissed) is remembered, so no writer id has to be stored.
 */
export function createDraftStore<T>({ storage, key, parse, equal }: DraftStoreOptions<T>): DraftStore<T> {
  const listeners = new Set<() => void>();
  let raw: string | null = null;
  let opened: string | null | undefined; // the text found at the first read: undefined until then
  let own: string | undefined;
  let dismissed: string | undefined;
  let writeError: DraftWriteError | undefined;
  let snapshot: DraftSnapshot<T> | undefined;

  const originOf = (text: string | null): DraftOrigin | undefined => {
    if (text === null) return undefined;
    if (text === own) return 'self';
    if (text === dismissed) return 'dismissed';
    return text === opened ? 'found' : 'other';
  };
  const build = (): DraftSnapshot<T> => {
    const stored = parseDraft(raw, parse);
    return { stored, origin: stored ? originOf(raw) : undefined, writeError };
  };
  const notify = () => {
    snapshot = build();
    for (const listener of [...listeners]) listener();
  };
  // Reads storage again; tells listeners only when the text changed.
  const refresh = () => {
    const next = readRaw(storage, key);
    if (next === raw && snapshot) return;
    raw = next;
    notify();
  };
  const announce = () => {
    if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(DRAFT_CHANGE_EVENT, { detail: key }));
  };
  const getSnapshot = () => {
    if (opened === undefined) {
      raw = readRaw(storage, key);
      opened = raw;
    }
    return (snapshot ??= build());
  };
  const isCurrent = (draft: StoredDraft<T>) => getSnapshot().stored === draft;

  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === key) refresh();
  };
  const onChange = (event: Event) => {
    if ((event as CustomEvent<unknown>).detail === key) refresh();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        window.addEventListener('storage', onStorage);
        window.addEventListener(DRAFT_CHANGE_EVENT, onChange);
        // Whatever changed between the render and this subscription.
        if (opened !== undefined) refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        window.removeEventListener('storage', onStorage);
        window.removeEventListener(DRAFT_CHANGE_EVENT, onChange);
      };
    },
    getSnapshot,
    write(value, savedAt, basedOn) {
      getSnapshot();
      refresh();
      const { stored, origin } = getSnapshot();
      // The check reads storage now, not the last event: another tab may have written since.
      if (stored && (origin === 'found' || (origin === 'other' && !equal(stored.value, value)))) return 'held';
      const text = JSON.stringify({ savedAt, basedOn, value } satisfies StoredDraft<T>);
      let failure: unknown;
      const set = () => {
        try {
          storage.setItem(key, text);
          return true;
        } catch (error) {
          failure = error;
          return false;
        }
      };
      // Full or refusing storage: the older draft must not stay behind as if it were current.
      const written = set() || (attempt(() => storage.removeItem(key)) && set());
      if (written) {
        own = text;
        writeError = undefined;
      } else {
        writeError = { reason: reasonOf(failure), at: new Date().toISOString() };
      }
      raw = readRaw(storage, key);
      notify();
      announce();
      return written ? 'written' : 'failed';
    },
    removeOwn() {
      getSnapshot();
      refresh();
      const removed = originOf(raw) === 'self' && attempt(() => storage.removeItem(key));
      if (!removed && writeError === undefined) return;
      // Nothing of this editor's is left to keep, so a failed write no longer matters either.
      writeError = undefined;
      raw = readRaw(storage, key);
      notify();
      if (removed) announce();
    },
    take(draft) {
      if (!isCurrent(draft)) return;
      own = raw ?? undefined;
      notify();
    },
    dismiss(draft) {
      if (!isCurrent(draft)) return;
      dismissed = raw ?? undefined;
      notify();
    },
    discard(draft) {
      if (!isCurrent(draft)) return;
      if (attempt(() => storage.removeItem(key))) announce();
      dismissed = raw ?? undefined;
      refresh();
    },
  };
}
