import type { JsonObject, JsonValue } from '../../src/query/ast';

// Comparing ASTs and JSON in tests: strict about keys and -0, blind to ids and prototypes.

/** The AST without ids and raw reasons, to compare an AST built by hand with one the parser made. */
export function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Record<string, unknown>;
  // Raw JSON is compared as it is: it may hold keys named "id" or "reason" of its own.
  if (node['kind'] === 'raw') return { kind: 'raw', json: plainJson(node['json'] as JsonValue) };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    if (key === 'id') continue;
    const item = key === 'extra' || key === 'operand' ? plainJson(node[key] as JsonValue) : stripIds(node[key]);
    Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A copy of JSON whose objects all have Object.prototype (fast-check makes some with null), keeping `__proto__` keys and -0. */
export function plainJson(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(plainJson);
  if (typeof value !== 'object' || value === null) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: plainJson(value[key] as JsonValue), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** True when an AST holds a raw value anywhere (looking past raw JSON, extras and operands). */
export function containsRaw(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsRaw);
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  if (node['kind'] === 'raw') return true;
  return Object.keys(node).some((key) => key !== 'extra' && key !== 'operand' && containsRaw(node[key]));
}

/**
 * Strict deep equality of JSON: same own keys (absent differs from undefined), Object.is on
 * numbers (-0 differs from 0), prototypes ignored. Vitest's equality misreads an own key named
 * "constructor" as the class, so generated objects need this one.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const own = Object.prototype.hasOwnProperty;
  return keysA.every((key) => own.call(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Asserts strict JSON equality, showing vitest's diff when it fails. */
export function expectSameJson(actual: unknown, expected: unknown): void {
  if (!sameJson(actual, expected)) expect(actual).toStrictEqual(expected);
  expect(sameJson(actual, expected)).toBe(true);
}

/**
 * Key-for-key identity of two JSON values: the same own keys in the same order at every level
 * (Reflect.ownKeys, so a "__proto__" own key counts and vitest's equality cannot skip it), the
 * same leaves by Object.is. Reads values through descriptors, never through getters. Returns the
 * path of the first difference, or undefined. With `ordered` false, the order of keys is free (the
 * serializer writes known keys in its own order).
 */
export function ownKeysDiff(actual: unknown, expected: unknown, ordered = true, path = ''): string | undefined {
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) {
    return Object.is(actual, expected) ? undefined : path || '(top)';
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) return path || '(top)';
  const sort = (keys: (string | symbol)[]) => (ordered ? keys : keys.map(String).sort());
  const keysA = sort(Reflect.ownKeys(actual));
  const keysE = sort(Reflect.ownKeys(expected));
  if (keysA.length !== keysE.length || keysA.some((key, i) => key !== keysE[i])) return `${path || '(top)'} keys ${String(keysA)} ≠ ${String(keysE)}`;
  for (const key of keysE) {
    if (key === 'length' && Array.isArray(expected)) continue;
    const a: unknown = Reflect.getOwnPropertyDescriptor(actual, key)?.value;
    const e: unknown = Reflect.getOwnPropertyDescriptor(expected, key)?.value;
    const diff = ownKeysDiff(a, e, ordered, `${path}/${String(key)}`);
    if (diff !== undefined) return diff;
  }
  return undefined;
}
