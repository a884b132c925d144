import type { JsonObject, JsonValue } from '../query/ast';
import { describeForeign } from './bounds';

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** True when `key` is an own property of `object` (never looks at the prototype chain). */
export function hasOwn(object: object, key: string): boolean {
  return hasOwnProperty.call(object, key);
}

/** True for a plain object: not null, not an array, and not a class instance (Date, Map, ...). */
export function isJsonObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Accepts Object.prototype of any realm (iframes, jsdom) and null-prototype objects.
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** True for an object of parsed JSON (the parser's snapshot): not null, not an array. */
export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets `target[key] = value` as an own data property, even when the key is `__proto__`. */
export function setKey(target: JsonObject, key: string, value: JsonValue): void {
  // A plain assignment to `__proto__` would replace the prototype and drop the key.
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * A deep copy of a JSON value that shares nothing with the original.
 * Iterative, so a deep value cannot overflow the stack; numbers (including -0) are kept exactly.
 */
export function deepCopyJson<T extends JsonValue>(value: T): T {
  // [source, copy] pairs still to fill.
  const pending: (JsonValue[] | JsonObject)[] = [];
  const root = copyOrLeaf(value, pending);
  while (pending.length > 0) {
    const target = pending.pop()!;
    const source = pending.pop()!;
    if (Array.isArray(source)) {
      for (let i = 0; i < source.length; i++) (target as JsonValue[]).push(copyOrLeaf(source[i] as JsonValue, pending));
    } else {
      for (const key of Object.keys(source)) setKey(target as JsonObject, key, copyOrLeaf(source[key] as JsonValue, pending));
    }
  }
  return root as T;
}

// A leaf as it is; a container as an empty copy, queued to be filled.
function copyOrLeaf(value: JsonValue, pending: (JsonValue[] | JsonObject)[]): JsonValue {
  if (typeof value !== 'object' || value === null) return value;
  const copy = Array.isArray(value) ? [] : {};
  pending.push(value, copy);
  return copy;
}

/** A short description of a JSON value's type for messages: "a string", "an array", "null", "true". */
export function describeJson(value: JsonValue | undefined): string {
  if (typeof value === 'boolean') return String(value);
  // The other words are those for any value; a plain object is just "an object" here.
  return isObject(value) ? 'an object' : describeForeign(value);
}

/** Like describeJson, but a string is shown too: `the string "days"`. */
export function describeShown(value: JsonValue | undefined): string {
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : describeJson(value);
}

/** How many keys an object has, for a message: "none", "2 (greater_than, less_than)". */
export function countKeys(keys: readonly string[]): string {
  return keys.length === 0 ? 'none' : `${keys.length} (${listKeys(keys)})`;
}

/** The keys of an object for a message, quoted-free and cut short: "greater_than, less_than". */
export function listKeys(keys: readonly string[], max = 5): string {
  const shown = keys.slice(0, max).join(', ');
  return keys.length > max ? `${shown}, and ${keys.length - max} more` : shown;
}
