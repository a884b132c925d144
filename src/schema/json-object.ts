/**
 * What counts as a JSON object at the API boundary: where the body readers (schema/cohort.ts) want
 * a query. Its own file, so the zod schemas that test/schema/cohort.test.ts holds them to share it.
 */

/**
 * True for a JSON object as JSON.parse makes it: not null, not an array, with Object.prototype (of
 * any realm) or null as its prototype. Never throws (a revoked Proxy is no JSON object).
 */
export function isJsonObjectValue(value: unknown): value is { [key: string]: unknown } {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || Object.getPrototypeOf(proto) === null;
  } catch {
    return false;
  }
}
