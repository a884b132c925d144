/**
 * Draft keys of new-cohort editors. Each open editor holds a slot (`<base>`, `<base>-2`, …) so no
 * two of them (in one page or in two tabs) write to one key; a slot whose editor is gone (a
 * closed tab, a reload) is free again, and the next editor prefers the free slot holding the
 * newest draft, so a draft left behind is offered back. No React here.
 *
 * Across tabs a slot is a Web Lock (`navigator.locks`), which the browser frees when its page
 * goes, however it goes. Without Web Locks (older browsers, plain http, jsdom) only the editors of
 * this page are kept apart; two tabs may then share a key and are told of each other's edits.
 */
import { parseDraft, readRaw, type DraftStorageArea } from './draftStore';

/** How many slots are tried before an editor gets a key of its own that no later visit finds. */
export const MAX_SLOTS = 8;

/** The key of slot `index` (0-based): the first is `base` itself, as before slots existed. */
export function slotKey(base: string, index: number): string {
  return index === 0 ? base : `${base}-${index + 1}`;
}

/** The slots in the order an editor tries them: free slots holding drafts newest first, then empty ones. */
export function slotOrder(storage: DraftStorageArea, base: string): string[] {
  const keys = Array.from({ length: MAX_SLOTS }, (_, index) => slotKey(base, index));
  const savedAt = new Map<string, number>();
  for (const key of keys) {
    // Unreadable storage: every slot counts as empty.
    const draft = parseDraft(readRaw(storage, key), (value) => value);
    if (draft) savedAt.set(key, Date.parse(draft.savedAt));
  }
  const withDrafts = keys.filter((key) => savedAt.has(key)).sort((a, b) => savedAt.get(b)! - savedAt.get(a)!);
  return [...withDrafts, ...keys.filter((key) => !savedAt.has(key))];
}

/** The slot an editor holds, as an external store: `undefined` until it has one. */
export interface SlotStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): string | undefined;
}

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown>;
}

function webLocks(): LockManagerLike | undefined {
  if (typeof navigator === 'undefined') return undefined;
  return (navigator as { locks?: LockManagerLike }).locks;
}

// Holds `name` if no one does; resolves with its release, or undefined when it is taken.
function acquire(locks: LockManagerLike, name: string): Promise<(() => void) | undefined> {
  return new Promise((resolve) => {
    locks
      .request(name, { ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve(undefined);
          return;
        }
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(() => resolve(undefined));
  });
}

// The stand-in for Web Locks: the slots held in this page, per storage. It belongs to the page,
// as the locks it stands for belong to the origin, so it lives in module scope.
const pageSlots = new WeakMap<DraftStorageArea, Set<string>>();

// Web Locks this page holds for no editor, for a moment before they go back: an editor mounted
// again at once (StrictMode, a remount) takes its slot back without a round trip to the browser.
const lingering = new Map<string, { release: () => void; timer: ReturnType<typeof setTimeout> }>();
const LINGER_MS = 100;

function uniqueKey(base: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `${base}-${random}`;
}

/**
 * The slot store of one editor. The slot is claimed when the first listener subscribes (never
 * during a render, so a server render touches no storage) and given back when the last leaves.
 */
export function createSlotStore(storage: DraftStorageArea, base: string): SlotStore {
  const listeners = new Set<() => void>();
  const locks = webLocks();
  let key: string | undefined;
  let release: (() => void) | undefined;
  let claiming = false;

  const hold = (name: string, free: (() => void) | undefined) => {
    key = name;
    release = free;
  };
  const drop = () => {
    const [name, free] = [key, release];
    key = undefined;
    release = undefined;
    if (name === undefined || !free) return;
    if (!locks) return free();
    lingering.set(name, {
      release: free,
      timer: setTimeout(() => {
        lingering.delete(name);
        free();
      }, LINGER_MS),
    });
  };
  const claim = () => {
    const order = slotOrder(storage, base);
    if (!locks) {
      const held = pageSlots.get(storage) ?? new Set<string>();
      pageSlots.set(storage, held);
      const name = order.find((candidate) => !held.has(candidate)) ?? uniqueKey(base);
      held.add(name);
      return hold(name, () => held.delete(name));
    }
    const kept = order.find((name) => lingering.has(name));
    if (kept !== undefined) {
      const entry = lingering.get(kept)!;
      lingering.delete(kept);
      clearTimeout(entry.timer);
      return hold(kept, entry.release);
    }
    claiming = true;
    void (async () => {
      let name: string | undefined;
      let free: (() => void) | undefined;
      for (const candidate of order) {
        free = await acquire(locks, candidate);
        if (free) {
          name = candidate;
          break;
        }
      }
      claiming = false;
      hold(name ?? uniqueKey(base), free);
      // Unsubscribed while the lock was on its way: give it straight back.
      if (listeners.size === 0) drop();
      else for (const listener of [...listeners]) listener();
    })();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (key === undefined && !claiming) {
        claim();
        if (key !== undefined) listener();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && !claiming) drop();
      };
    },
    getSnapshot: () => key,
  };
}
