/**
 * Small readers that check a value and report one sentence per problem, for the Cohorts API bodies
 * (schema/cohort.ts). Written by hand, not with zod, so an app that saves a cohort carries no zod
 * (about 6 kB gz). They behave as zod's would, field for field, with readWith's wording (the
 * schema's own sentence where it has one, else "<path> is not valid"): test/schema/cohort.test.ts
 * holds them to zod schemas of the same bodies, an independent second description kept in test/.
 */

/** Where a value sits in the body: keys and indexes, as zod's issue paths name them. */
export type Path = readonly (string | number)[];

/** Reads one value at `path`, adding a sentence per problem to `problems`; returns what it read. */
export type Reader<T> = (value: unknown, path: Path, problems: string[]) => T;

/** What reading a body gives: the data, or one sentence per problem. */
export type Read<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** Adds one problem: `message`, or (where zod would say a bare "Invalid input") the path. */
export function problem(problems: string[], path: Path, message?: string): void {
  problems.push(message ?? `${path.join('.') || 'the body'} is not valid`);
}

/** Reads `value` with `reader`, never throwing. */
export function readAs<T>(reader: Reader<T>, value: unknown): Read<T> {
  const problems: string[] = [];
  const data = reader(value, [], problems);
  return problems.length === 0 ? { ok: true, data } : { ok: false, problems };
}

/** A value that passes `test`, handed back itself (as `z.custom`): a checked query is never rebuilt. */
export function check<T>(test: (value: unknown) => value is T, message?: string): Reader<T> {
  return (value, path, problems) => {
    if (!test(value)) problem(problems, path, message);
    return value as T;
  };
}

/** A string (as `z.string`). */
export function string(message?: string): Reader<string> {
  return check((value): value is string => typeof value === 'string', message);
}

/** A finite number: zod's `z.number` refuses NaN and the infinities. */
export const number: Reader<number> = check((value): value is number => typeof value === 'number' && Number.isFinite(value));

/** One of `values` (as `z.enum`). */
export function oneOf<T extends string>(values: readonly T[], message?: string): Reader<T> {
  return check((value): value is T => values.includes(value as T), message);
}

/** `null`, or what `reader` reads (as `z.nullable`). */
export function nullable<T>(reader: Reader<T>): Reader<T | null> {
  return (value, path, problems) => (value === null ? null : reader(value, path, problems));
}

/** An array read item by item into a new array (as `z.array`): every bad item is a problem of its own. */
export function list<T>(item: Reader<T>, message?: string): Reader<T[]> {
  return (value, path, problems) => {
    if (!Array.isArray(value)) {
      problem(problems, path, message);
      return value as T[];
    }
    const items: T[] = [];
    for (let index = 0; index < value.length; index++) items.push(item(value[index], [...path, index], problems));
    return items;
  };
}

/**
 * A reader for each field of `T`, optional ones included: the compiler checks that the readers
 * and the type describe the same fields with the same values.
 */
export type Shape<T> = { [K in keyof T]-?: Reader<T[K]> };

/**
 * An object read key by key into a new object holding only `shape`'s keys, in its order (as
 * `z.object`, which drops unknown keys). Keys not in `required` are optional: left out or
 * `undefined`, they are not read. Like zod, a key is read with `in` and `[]`, so a prototype's
 * value counts. Every required reader here refuses `undefined`, so a missing required key is the
 * problem its reader reports (zod's own "nonoptional" issue never arises).
 */
export function object<T>(shape: Shape<T>, required: readonly (keyof T & string)[] = []): Reader<T> {
  const fields = Object.entries(shape) as [keyof T & string, Reader<unknown>][];
  return (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem(problems, path);
      return value as T;
    }
    const source = value as { [key: string]: unknown };
    const data: { [key: string]: unknown } = {};
    for (const [key, reader] of fields) {
      const present = key in source;
      const item = source[key];
      if (item === undefined && !required.includes(key)) {
        if (present) data[key] = undefined;
        continue;
      }
      const read = reader(item, [...path, key], problems);
      if (present) data[key] = read;
    }
    return data as T;
  };
}
