import fc from 'fast-check';
import type { JsonObject, JsonValue } from '../../src/query/ast';
import { corpus, corpusCopy } from '../fixtures/corpus';
import { jsonArb, keyArb } from './arbitraries';

// Mutations of real queries: the inputs most like what a person or a buggy client sends.

type MutationKind = 'delete' | 'add' | 'replace' | 'wrap' | 'swap';

interface Mutation {
  kind: MutationKind;
  at: number;
  key: string;
  value: JsonValue;
  combinator: 'and' | 'or';
}

interface Slot {
  parent: JsonObject | JsonValue[];
  key: string | number;
}

function put(target: JsonObject | JsonValue[], key: string | number, value: JsonValue): void {
  // defineProperty keeps a "__proto__" key an own data property.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function slotsOf(root: JsonValue): Slot[] {
  const out: Slot[] = [];
  const stack: JsonValue[] = [root];
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      out.push({ parent: value, key });
      stack.push((value as Record<string | number, JsonValue>)[key]!);
    }
  }
  return out;
}

function swapped(value: JsonValue): JsonValue {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return Number.isFinite(Number(value)) ? Number(value) : value.length;
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null) return {};
  if (Array.isArray(value)) {
    const out: JsonObject = {};
    value.forEach((item, i) => put(out, String(i), item));
    return out;
  }
  return Object.values(value);
}

function mutate(root: JsonObject, mutation: Mutation): JsonObject {
  const slots = slotsOf(root);
  const slot = slots[mutation.at % Math.max(slots.length, 1)];
  const get = (s: Slot) => (s.parent as Record<string | number, JsonValue>)[s.key]!;
  switch (mutation.kind) {
    case 'wrap':
      if (slot === undefined || mutation.at % 4 === 0) return { [mutation.combinator]: [root] };
      put(slot.parent, slot.key, { [mutation.combinator]: [get(slot)] });
      return root;
    case 'add': {
      const containers = [root, ...slots.map(get).filter((v): v is JsonObject | JsonValue[] => typeof v === 'object' && v !== null)];
      const target = containers[mutation.at % containers.length]!;
      if (Array.isArray(target)) target.push(mutation.value);
      else put(target, mutation.key, mutation.value);
      return root;
    }
    case 'delete':
      if (slot === undefined) return root;
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return root;
    case 'replace':
      if (slot !== undefined) put(slot.parent, slot.key, mutation.value);
      return root;
    case 'swap':
      if (slot !== undefined) put(slot.parent, slot.key, swapped(get(slot)));
      return root;
  }
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<MutationKind>('delete', 'add', 'replace', 'wrap', 'swap'),
  at: fc.nat(),
  key: keyArb,
  value: jsonArb,
  combinator: fc.constantFrom('and' as const, 'or' as const),
});

/** A corpus query after one to four random mutations (delete, add, replace, wrap, swap types). */
export const mutatedCorpusArb: fc.Arbitrary<JsonObject> = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([index, mutations]) => mutations.reduce(mutate, corpusCopy(index)));
