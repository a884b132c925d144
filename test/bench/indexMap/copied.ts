// The plain alternative to src/query/persistentMap.ts, with its API: a Map copied once per batch
// (`new Map(previous)`, then the draft's sets and deletes). The bench builds src/query/nodeIndex.ts
// with it in place of the hash trie (../indexMap.ts) to show what the trie is kept for.
import type { MapDraft } from '../../../src/query/persistentMap';

export type { MapDraft };

/** An immutable map from strings to values: every change is a copy of the whole map. */
export class PersistentMap<V> {
  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>(new Map());
  }

  private constructor(private readonly map: ReadonlyMap<string, V>) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** The map after every change `edit` makes to a copy of this one. */
  batch(edit: (draft: MapDraft<V>) => void): PersistentMap<V> {
    const next = new Map(this.map);
    edit(next);
    return new PersistentMap(next);
  }
}
