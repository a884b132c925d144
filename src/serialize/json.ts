import type { JsonObject, JsonValue } from '../query/ast';

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
  if (typeof value !== 'object' || value === null) return value;
  const root = emptyLike(value);
  const sources: (JsonValue[] | JsonObject)[] = [value];
  const targets: (JsonValue[] | JsonObject)[] = [root];
  while (sources.length > 0) {
    const source = sources.pop()!;
    const target = targets.pop()!;
    if (Array.isArray(source)) {
      const out = target as JsonValue[];
      for (let i = 0; i < source.length; i++) {
        const item = source[i] as JsonValue;
        if (typeof item === 'object' && item !== null) {
          const copy = emptyLike(item);
          out.push(copy);
          sources.push(item);
          targets.push(copy);
        } else {
          out.push(item);
        }
      }
    } else {
      const out = target as JsonObject;
      for (const key of Object.keys(source)) {
        const item = source[key] as JsonValue;
        if (typeof item === 'object' && item !== null) {
          const copy = emptyLike(item);
          setKey(out, key, copy);
          sources.push(item);
          targets.push(copy);
        } else {
          setKey(out, key, item);
        }
      }
    }
  }
  return root as T;
}

function emptyLike(value: JsonValue[] | JsonObject): JsonValue[] | JsonObject {
  return Array.isArray(value) ? [] : {};
}

/** A short description of a JSON value's type for messages: "a string", "an array", "null". */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** The keys of an object for a message, quoted-free and cut short: "greater_than, less_than". */
export function listKeys(keys: readonly string[], max = 5): string {
  const shown = keys.slice(0, max).join(', ');
  return keys.length > max ? `${shown}, and ${keys.length - max} more` : shown;
}
