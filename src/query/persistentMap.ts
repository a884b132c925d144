/**
 * A persistent (immutable) map from strings to values: a hash array mapped trie. A change copies
 * only the few small arrays on the path to its key and shares the rest with the map it came from,
 * so the id index of a query can follow an edit at the cost of the edit, not of the query, and
 * every version in the undo history shares almost all of its index with the others.
 */

const BITS = 5;
const MASK = (1 << BITS) - 1;

interface Leaf<V> {
  readonly hash: number;
  readonly key: string;
  readonly value: V;
}

// Keys whose 32-bit hashes are equal share a bucket (rare, but it must stay correct).
interface Bucket<V> {
  readonly hash: number;
  leaves: Leaf<V>[];
  owner: object | undefined;
}

// `slots` holds a child for each bit set in `bitmap`, in bit order.
interface Branch<V> {
  bitmap: number;
  slots: Slot<V>[];
  owner: object | undefined;
}

type Slot<V> = Leaf<V> | Bucket<V> | Branch<V>;

const isBranch = <V>(slot: Slot<V>): slot is Branch<V> => 'bitmap' in slot;
const isBucket = <V>(slot: Slot<V>): slot is Bucket<V> => 'leaves' in slot;

// FNV-1a: ids are short strings; anything spread evenly over 32 bits would do.
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const EMPTY_BRANCH: Branch<never> = { bitmap: 0, slots: [], owner: undefined };

// A branch the current batch may change in place: it made it, so no other map can see it.
function editable<V>(branch: Branch<V>, owner: object | undefined): Branch<V> {
  return owner !== undefined && branch.owner === owner ? branch : { bitmap: branch.bitmap, slots: branch.slots.slice(), owner };
}

// Two leaves that clash at `shift`: a branch that tells them apart further down, or a bucket.
function split<V>(a: Leaf<V>, b: Leaf<V>, shift: number, owner: object | undefined): Slot<V> {
  if (shift >= 32) return { hash: a.hash, leaves: [a, b], owner };
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) return { bitmap: 1 << ia, slots: [split(a, b, shift + BITS, owner)], owner };
  return { bitmap: (1 << ia) | (1 << ib), slots: ia < ib ? [a, b] : [b, a], owner };
}

interface Change {
  /** +1 added, -1 removed, 0 replaced or nothing. */
  delta: number;
}

function setIn<V>(slot: Slot<V>, leaf: Leaf<V>, shift: number, owner: object | undefined, change: Change): Slot<V> {
  if (isBranch(slot)) {
    const bit = 1 << ((leaf.hash >>> shift) & MASK);
    const at = popcount(slot.bitmap & (bit - 1));
    if ((slot.bitmap & bit) === 0) {
      const next = editable(slot, owner);
      next.bitmap |= bit;
      next.slots.splice(at, 0, leaf);
      change.delta = 1;
      return next;
    }
    const child = slot.slots[at]!;
    const replaced = setIn(child, leaf, shift + BITS, owner, change);
    if (replaced === child) return slot;
    const next = editable(slot, owner);
    next.slots[at] = replaced;
    return next;
  }
  if (isBucket(slot)) {
    if (slot.hash !== leaf.hash) return nestBucket(slot, leaf, shift, owner, change);
    const at = slot.leaves.findIndex((l) => l.key === leaf.key);
    if (at >= 0 && Object.is(slot.leaves[at]!.value, leaf.value)) return slot;
    const leaves = owner !== undefined && slot.owner === owner ? slot.leaves : slot.leaves.slice();
    if (at >= 0) leaves[at] = leaf;
    else {
      leaves.push(leaf);
      change.delta = 1;
    }
    return { hash: slot.hash, leaves, owner };
  }
  if (slot.key === leaf.key) return Object.is(slot.value, leaf.value) ? slot : leaf;
  change.delta = 1;
  return split(slot, leaf, shift, owner);
}

// A leaf whose hash differs from a bucket's: a branch holding both, apart.
function nestBucket<V>(bucket: Bucket<V>, leaf: Leaf<V>, shift: number, owner: object | undefined, change: Change): Slot<V> {
  change.delta = 1;
  const ib = (bucket.hash >>> shift) & MASK;
  const il = (leaf.hash >>> shift) & MASK;
  if (ib === il) return { bitmap: 1 << ib, slots: [nestBucket(bucket, leaf, shift + BITS, owner, change)], owner };
  return { bitmap: (1 << ib) | (1 << il), slots: ib < il ? [bucket, leaf] : [leaf, bucket], owner };
}

// undefined: the slot is now empty.
function deleteIn<V>(slot: Slot<V>, hash: number, key: string, shift: number, owner: object | undefined, change: Change): Slot<V> | undefined {
  if (isBranch(slot)) {
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((slot.bitmap & bit) === 0) return slot;
    const at = popcount(slot.bitmap & (bit - 1));
    const child = slot.slots[at]!;
    const replaced = deleteIn(child, hash, key, shift + BITS, owner, change);
    if (replaced === child) return slot;
    if (replaced === undefined && slot.slots.length === 1) return undefined;
    // A branch left with one leaf is that leaf: lookups stay as short as for a fresh map.
    if (replaced === undefined && slot.slots.length === 2 && shift > 0) {
      const other = slot.slots[1 - at]!;
      if (!isBranch(other)) return other;
    }
    const next = editable(slot, owner);
    if (replaced === undefined) {
      next.bitmap &= ~bit;
      next.slots.splice(at, 1);
    } else next.slots[at] = replaced;
    return next;
  }
  if (isBucket(slot)) {
    if (slot.hash !== hash) return slot;
    const leaves = slot.leaves.filter((l) => l.key !== key);
    if (leaves.length === slot.leaves.length) return slot;
    change.delta = -1;
    return leaves.length === 1 ? leaves[0]! : { hash, leaves, owner };
  }
  if (slot.key !== key) return slot;
  change.delta = -1;
  return undefined;
}

function* leavesOf<V>(slot: Slot<V>): Generator<Leaf<V>> {
  if (isBranch(slot)) for (const child of slot.slots) yield* leavesOf(child);
  else if (isBucket(slot)) yield* slot.leaves;
  else yield slot;
}

/** The changes of a batch (`PersistentMap.batch`); changes nothing outside the batch. */
export interface MapDraft<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
}

/** An immutable map from strings to values; `set` and `delete` return a new map that shares the rest. */
export class PersistentMap<V> {
  /** The empty map. */
  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>(EMPTY_BRANCH as Branch<V>, 0);
  }

  private constructor(
    private readonly root: Branch<V>,
    /** The number of keys. */
    readonly size: number,
  ) {}

  /** The value of a key, or undefined. */
  get(key: string): V | undefined {
    return this.find(key)?.value;
  }

  /** True when the map has the key. */
  has(key: string): boolean {
    return this.find(key) !== undefined;
  }

  private find(key: string): Leaf<V> | undefined {
    const hash = hashOf(key);
    let slot: Slot<V> = this.root;
    for (let shift = 0; ; shift += BITS) {
      if (isBranch(slot)) {
        const bit = 1 << ((hash >>> shift) & MASK);
        if ((slot.bitmap & bit) === 0) return undefined;
        slot = slot.slots[popcount(slot.bitmap & (bit - 1))]!;
      } else if (isBucket(slot)) {
        return slot.leaves.find((l) => l.key === key);
      } else return slot.key === key ? slot : undefined;
    }
  }

  /** The map with `key` set to `value` (this map when it already was). */
  set(key: string, value: V): PersistentMap<V> {
    return this.batch((draft) => draft.set(key, value));
  }

  /** The map without `key` (this map when it had none). */
  delete(key: string): PersistentMap<V> {
    return this.batch((draft) => draft.delete(key));
  }

  /**
   * The map after every change `edit` makes to a draft. Arrays the batch itself made are changed
   * in place, so building a large map in one batch costs little more than a Map would.
   */
  batch(edit: (draft: MapDraft<V>) => void): PersistentMap<V> {
    // A new owner per batch: what an earlier batch made is never changed in place again.
    const owner = {};
    let root = this.root;
    let size = this.size;
    const change: Change = { delta: 0 };
    const draft: MapDraft<V> = {
      get: (key) => new PersistentMap(root, size).get(key),
      set: (key, value) => {
        change.delta = 0;
        root = setIn(root, { hash: hashOf(key), key, value }, 0, owner, change) as Branch<V>;
        size += change.delta;
      },
      delete: (key) => {
        change.delta = 0;
        root = (deleteIn(root, hashOf(key), key, 0, owner, change) as Branch<V> | undefined) ?? (EMPTY_BRANCH as Branch<V>);
        size += change.delta;
      },
    };
    edit(draft);
    return root === this.root ? this : new PersistentMap(root, size);
  }

  /** Every key and value, in no particular order. */
  *entries(): IterableIterator<[string, V]> {
    for (const leaf of leavesOf(this.root)) yield [leaf.key, leaf.value];
  }

  /** Every key, in no particular order. */
  *keys(): IterableIterator<string> {
    for (const leaf of leavesOf(this.root)) yield leaf.key;
  }
}
