import type { PathSegment, QueryIssue } from '../query/issues';

/** Limits on an input document, checked while it is read (snapshot.ts), before any recursion. */
export interface JsonLimits {
  /** Most nesting levels of arrays and objects; the root object is level 1. */
  maxDepth: number;
  /** Most JSON values in the whole document, the root included. */
  maxNodes: number;
}

/** The default limits: far above any real query, far below what could hurt a browser tab. */
export const DEFAULT_LIMITS: JsonLimits = { maxDepth: 256, maxNodes: 250_000 };

// The issues below are all errors: input that is not JSON, or is too big, is refused whole.
function issue(code: QueryIssue['code'], path: PathSegment[], message: string): QueryIssue {
  return { severity: 'error', code, path, message };
}

const HOLDS_ONLY = 'a query holds only null, true/false, finite numbers, strings, arrays and plain objects';

/** A readable JSON path for messages: `and[0].where.condition`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(segment) ? (out === '' ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? 'the top level' : out;
}

/** The container at `path` holds itself. */
export function cycleIssue(path: PathSegment[]): QueryIssue {
  return issue(
    'not-json-object',
    path,
    `The value at ${formatPath(path)} contains itself (a circular reference), which JSON cannot hold; pass a copy without the cycle.`,
  );
}

/** Nesting passed `limits.maxDepth` at `path`. */
export function tooDeepIssue(path: PathSegment[], limits: JsonLimits): QueryIssue {
  return issue(
    'too-deep',
    path,
    `The query nests deeper than ${limits.maxDepth} levels at ${formatPath(path)}; a real query is a few levels deep, so flatten it (or raise maxDepth).`,
  );
}

/** The count of values passed `limits.maxNodes` while reading the container at `path`. */
export function tooLargeIssue(path: PathSegment[], limits: JsonLimits): QueryIssue {
  return issue(
    'too-large',
    path,
    `The query holds more than ${limits.maxNodes.toLocaleString('en-US')} JSON values (the limit was passed at ${formatPath(path)}); split it into smaller cohorts (or raise maxNodes).`,
  );
}

/** The value at `path` is `what` ("a function", "a Date"), which JSON cannot hold. */
export function notJsonIssue(path: PathSegment[], what: string): QueryIssue {
  return issue('not-json-object', path, `The value at ${formatPath(path)} is ${what}, which JSON cannot hold; ${HOLDS_ONLY}.`);
}

/** The object at `path` has a symbol key. */
export function symbolKeyIssue(path: PathSegment[], key: symbol): QueryIssue {
  return issue(
    'not-json-object',
    path,
    `The object at ${formatPath(path)} has a symbol key (${String(key)}), which JSON cannot hold: its keys are strings. Pass a copy without it, such as the result of JSON.parse.`,
  );
}

/** `path` names a property of an array that is not one of its items. */
export function arrayPropertyIssue(path: PathSegment[]): QueryIssue {
  return issue(
    'not-json-object',
    path,
    `The value at ${formatPath(path)} is a property of an array besides its items, which JSON cannot hold: an array holds only its items. Pass a copy without it, such as the result of JSON.parse.`,
  );
}

/** Reading the value at `path` (a getter, a Proxy trap, a revoked Proxy) threw. */
export function unreadableIssue(path: PathSegment[]): QueryIssue {
  return issue(
    'not-json-object',
    path,
    `Reading the value at ${formatPath(path)} threw an error (a getter or a Proxy), so it is not JSON; pass a plain copy, such as the result of JSON.parse.`,
  );
}

/** Reading the query failed for a reason of the library's own (a bug). */
export function failedIssue(): QueryIssue {
  return issue('not-json-object', [], 'The query could not be read (an internal error); pass a plain copy, such as the result of JSON.parse, and report the query.');
}

/** More values than are listed were not JSON. */
export function moreIssue(count: number): QueryIssue {
  return issue('not-json-object', [], `${count.toLocaleString('en-US')} more values of the query are not JSON either; only the first ones are listed.`);
}

/** The root is no JSON object, as a whole query must be; `what` says what it is. */
export function rootIssue(input: unknown, what: string): QueryIssue {
  const hint = typeof input === 'string' ? ' (if it is JSON text, JSON.parse it first)' : '';
  return issue(
    'not-json-object',
    [],
    `A query must be a JSON object, such as {"event": "Pageview", "frequency": {"greater_than_or_equal_to": 1}}; this is ${what}${hint}.`,
  );
}

/** Words for a value JSON cannot hold, or for the root of a query: "NaN", "a Date", "an array". */
export function describeForeign(value: unknown): string {
  // null and undefined, NaN and Infinity are named as they are written.
  if (value == null) return String(value);
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'object':
      return describeObject(value);
    case 'bigint':
      return 'a BigInt';
    default:
      // a string, a boolean, a function, a symbol
      return `a ${typeof value}`;
  }
}

function describeObject(value: object): string {
  try {
    if (Array.isArray(value)) return 'an array';
    // Object.prototype.toString names built-ins (Date, Map) by their internal slots; it may read
    // Symbol.toStringTag, which a Proxy can make throw.
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === 'Object' ? 'an object that is not a plain object (a class instance)' : `a ${tag}`;
  } catch {
    return 'an object that could not be read (a getter or a Proxy threw)';
  }
}
