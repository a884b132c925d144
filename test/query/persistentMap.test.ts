import fc from 'fast-check';
import { PersistentMap } from '../../src/query/persistentMap';

// Two pairs of keys whose 32-bit hashes are equal (found by search): they must share a bucket.
const CLASHING = ['k4uzx', 'kf2ad', 'k4uzy', 'kf2ae'];

const keyArb = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...CLASHING));
const changeArb = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('delete' as const), key: keyArb }),
);

function contents(map: PersistentMap<number>): [string, number][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function sorted(map: Map<string, number>): [string, number][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('PersistentMap', () => {
  it('given any sequence of sets and deletes, then it holds what a Map holds, and every earlier version is unchanged', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 60 }), fc.boolean(), (changes, batched) => {
        const model = new Map<string, number>();
        const versions: { map: PersistentMap<number>; expected: [string, number][] }[] = [];
        let map = PersistentMap.empty<number>();
        const step = (change: (typeof changes)[number], apply: (key: string, value?: number) => void) => {
          if (change.kind === 'set') {
            model.set(change.key, change.value);
            apply(change.key, change.value);
          } else {
            model.delete(change.key);
            apply(change.key);
          }
        };
        if (batched) {
          map = map.batch((draft) => {
            for (const change of changes) step(change, (key, value) => (value === undefined ? draft.delete(key) : draft.set(key, value)));
          });
        } else {
          for (const change of changes) {
            step(change, (key, value) => (map = value === undefined ? map.delete(key) : map.set(key, value)));
            versions.push({ map, expected: sorted(model) });
          }
        }
        expect(contents(map)).toEqual(sorted(model));
        expect(map.size).toBe(model.size);
        for (const key of [...model.keys(), ...CLASHING, 'absent']) {
          expect(map.get(key)).toBe(model.get(key));
          expect(map.has(key)).toBe(model.has(key));
        }
        for (const version of versions) expect(contents(version.map)).toEqual(version.expected);
      }),
      { numRuns: 300 },
    );
  });

  it('given keys whose hashes clash, then each keeps its own value and deleting one keeps the other', () => {
    const map = PersistentMap.empty<number>().set(CLASHING[0]!, 1).set(CLASHING[1]!, 2).set('other', 3);
    expect([map.get(CLASHING[0]!), map.get(CLASHING[1]!), map.size]).toEqual([1, 2, 3]);
    const without = map.delete(CLASHING[0]!);
    expect([without.get(CLASHING[0]!), without.get(CLASHING[1]!), without.size]).toEqual([undefined, 2, 2]);
    expect(map.get(CLASHING[0]!)).toBe(1);
  });

  it('given a change that changes nothing, then the same map', () => {
    const map = PersistentMap.empty<number>().set('a', 1);
    expect(map.set('a', 1)).toBe(map);
    expect(map.delete('b')).toBe(map);
    expect(map.batch(() => {})).toBe(map);
  });

  it('given thousands of keys, then each is found and a change shares the rest', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    const map = PersistentMap.empty<number>().batch((draft) => keys.forEach((key, i) => draft.set(key, i)));
    const next = map.set('n42', -1);
    expect(keys.every((key, i) => map.get(key) === i)).toBe(true);
    expect(next.get('n42')).toBe(-1);
    expect(map.get('n42')).toBe(42);
    expect(next.size).toBe(5000);
  });
});
