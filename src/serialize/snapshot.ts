import type { JsonObject, JsonValue } from '../query/ast';
import type { PathSegment, QueryIssue } from '../query/issues';
import {
  arrayPropertyIssue,
  cycleIssue,
  describeForeign,
  moreIssue,
  notJsonIssue,
  rootIssue,
  symbolKeyIssue,
  tooDeepIssue,
  tooLargeIssue,
  unreadableIssue,
  type JsonLimits,
} from './bounds';
import { setKey } from './json';

/**
 * What reading an input gives: a plain JSON copy of it, or every reason it is not JSON within the
 * limits. The parser works on the copy only, so nothing it decides can change under it.
 */
export type Snapshot = { ok: true; value: JsonValue } | { ok: false; issues: QueryIssue[] };

/**
 * How many values that are not JSON are listed one by one. The count of values is bounded by
 * `maxNodes` already, but 250,000 sentences would weigh more than the input; the rest are counted.
 */
export const MAX_LISTED = 1_000;

// What JSON is, as read here (the README says the same):
// - null, booleans, strings and finite numbers;
// - arrays whose prototype is an Array.prototype of any realm (iframes, jsdom), with no holes and
//   no properties besides their items (not subclasses, not regexp match results with `index`);
// - objects whose prototype is an Object.prototype of any realm, or null: a null-prototype object
//   is plain data (some JSON parsers and query-string readers make them) and holds no behaviour;
// - string keys only. A getter counts as the value it answers, asked once; a non-enumerable own
//   property counts as data too (it is kept, where JSON.stringify would drop it without a word).
// Anything else gets an error issue at its path: symbol keys, functions, undefined, bigint,
// NaN/Infinity, Dates, Maps, class instances, and a getter, Proxy trap or revoked Proxy that throws.

// What a value is: copied as it is, walked, or refused with words for what it is.
type Kind = 'leaf' | 'array' | 'object' | { foreign: string };

// The walk keeps the path and the containers (root first) of the container being read in two
// arrays that grow and shrink with it, so it allocates nothing per container but its copy.
interface Walk {
  limits: JsonLimits;
  // [source, target, key] per container still to read, or EXIT when one is done.
  stack: unknown[];
  path: PathSegment[];
  ancestors: object[];
  nodes: number;
  issues: QueryIssue[];
  unlisted: number;
  // A too-deep or too-large input stops the walk; its issue comes last.
  bound: QueryIssue | undefined;
}

const EXIT: unique symbol = Symbol('exit');
// Marks a property that gave no value (an issue says why).
const NOTHING: unique symbol = Symbol('nothing');

/**
 * Copies `input` into plain JSON in one pass, reading every property once (one [[OwnPropertyKeys]]
 * per container, one [[Get]] per key, so a getter or Proxy trap runs once), within `limits`, never
 * recursing and never throwing. With `requireObject`, the root must be a plain object, as a whole
 * query must be.
 */
export function snapshotJson(input: unknown, limits: JsonLimits, requireObject: boolean): Snapshot {
  let kind: Kind;
  try {
    kind = kindOf(input);
  } catch {
    return refuse(requireObject ? rootIssue(input, 'an object that could not be read (a Proxy threw, or was revoked)') : unreadableIssue([]));
  }
  if (requireObject && kind !== 'object') return refuse(rootIssue(input, typeof kind === 'object' ? kind.foreign : describeForeign(input)));
  if (kind === 'leaf') return { ok: true, value: input as JsonValue };
  if (typeof kind === 'object') return refuse(notJsonIssue([], kind.foreign));
  const root: JsonValue[] | JsonObject = kind === 'array' ? [] : {};
  const walk: Walk = { limits, stack: [input, root, ''], path: [], ancestors: [], nodes: 1, issues: [], unlisted: 0, bound: undefined };
  const stack = walk.stack;
  while (stack.length > 0 && walk.bound === undefined) {
    const key = stack.pop() as PathSegment | typeof EXIT;
    const target = stack.pop() as JsonValue[] | JsonObject;
    const source = stack.pop() as object;
    if (key === EXIT) {
      walk.path.pop();
      walk.ancestors.pop();
      continue;
    }
    // The root has no key on the path.
    if (walk.ancestors.length > 0) walk.path.push(key);
    walk.ancestors.push(source);
    stack.push(undefined, undefined, EXIT);
    if (Array.isArray(target)) readArray(walk, source, target);
    else readObject(walk, source, target);
  }
  const issues = walk.issues;
  if (walk.unlisted > 0) issues.push(moreIssue(walk.unlisted));
  if (walk.bound !== undefined) issues.push(walk.bound);
  return issues.length === 0 ? { ok: true, value: root } : { ok: false, issues };
}

function refuse(issue: QueryIssue): Snapshot {
  return { ok: false, issues: [issue] };
}

function report(walk: Walk, issue: QueryIssue): void {
  if (walk.issues.length < MAX_LISTED) walk.issues.push(issue);
  else walk.unlisted++;
}

// The path of a property of the container being read.
function at(walk: Walk, key: PathSegment): PathSegment[] {
  return [...walk.path, key];
}

// May throw: Array.isArray throws on a revoked Proxy, Object.getPrototypeOf runs a Proxy trap.
function kindOf(value: unknown): Kind {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return 'leaf';
    case 'number':
      return Number.isFinite(value) ? 'leaf' : { foreign: describeForeign(value) };
    case 'object': {
      if (value === null) return 'leaf';
      const isArray = Array.isArray(value);
      const proto: unknown = Object.getPrototypeOf(value);
      // This realm's prototypes first: the common case costs one comparison.
      if (proto === (isArray ? Array.prototype : Object.prototype)) return isArray ? 'array' : 'object';
      if (isArray) return isArrayPrototype(proto) ? 'array' : { foreign: 'an array of a subclass of Array (or with another prototype)' };
      return proto === null || Object.getPrototypeOf(proto) === null ? 'object' : { foreign: describeForeign(value) };
    }
    default:
      return { foreign: describeForeign(value) };
  }
}

// Array.prototype is itself an array, and the only one whose prototype is an Object.prototype
// (a subclass's prototype is an ordinary object); this holds in every realm.
function isArrayPrototype(proto: unknown): boolean {
  if (!Array.isArray(proto)) return false;
  const objectProto: unknown = Object.getPrototypeOf(proto);
  return objectProto !== null && Object.getPrototypeOf(objectProto) === null;
}

function count(walk: Walk, added: number): boolean {
  walk.nodes += added;
  if (walk.nodes <= walk.limits.maxNodes) return true;
  walk.bound = cycleIssueOf(walk, walk.ancestors) ?? tooLargeIssue(walk.path.slice(), walk.limits);
  return false;
}

function readObject(walk: Walk, source: object, target: JsonObject): void {
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(source);
  } catch {
    report(walk, unreadableIssue(walk.path.slice()));
    return;
  }
  if (!count(walk, keys.length)) return;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (typeof key === 'symbol') {
      report(walk, symbolKeyIssue(walk.path.slice(), key));
      continue;
    }
    const copy = copyOf(walk, source, key);
    if (walk.bound !== undefined) return;
    if (copy !== NOTHING) setKey(target, key, copy);
  }
}

function readArray(walk: Walk, source: object, target: JsonValue[]): void {
  // The length first, so a huge array is refused before its keys are listed (one string each).
  let length: number;
  let keys: (string | symbol)[];
  try {
    // A Proxy may answer any length (isSafeInteger is false for anything but a number); a real
    // array's is a whole number.
    length = (source as unknown[]).length;
    if (!Number.isSafeInteger(length) || length < 0) throw new TypeError('length');
    if (!count(walk, length)) return;
    keys = Reflect.ownKeys(source);
  } catch {
    report(walk, unreadableIssue(walk.path.slice()));
    return;
  }
  // An array lists its indices first, ascending, then "length": then no index is missing and there
  // is no other key. Anything else (holes, extra keys, a Proxy's own order) takes the long way.
  const plain = keys.length === length + 1 && keys[length] === 'length' && listsItemsInOrder(keys, length);
  const items = plain ? undefined : itemsOf(walk, keys, length);
  if (walk.bound !== undefined) return;
  for (let i = 0; i < length; i++) {
    if (items !== undefined && !items.has(i)) {
      report(walk, notJsonIssue(at(walk, i), 'undefined (a hole in a sparse array)'));
      continue;
    }
    const copy = copyOf(walk, source, i);
    if (walk.bound !== undefined) return;
    if (copy !== NOTHING) target.push(copy);
  }
}

function listsItemsInOrder(keys: (string | symbol)[], length: number): boolean {
  for (let i = 0; i < length; i++) if (keys[i] !== String(i)) return false;
  return true;
}

// The item indices among an array's keys; any other key is an issue (unread), and counts toward
// the bound like an item.
function itemsOf(walk: Walk, keys: (string | symbol)[], length: number): Set<number> {
  const items = new Set<number>();
  for (const key of keys) {
    if (key === 'length') continue;
    const index = typeof key === 'string' ? indexOf(key, length) : -1;
    if (index >= 0) items.add(index);
    else if (!count(walk, 1)) break;
    else report(walk, typeof key === 'symbol' ? symbolKeyIssue(walk.path.slice(), key) : arrayPropertyIssue(at(walk, key)));
  }
  return items;
}

// The index a key names ("0", "17"; not "01", "-1" or "1.5"), or -1.
function indexOf(key: string, length: number): number {
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && index < length && String(index) === key ? index : -1;
}

// Reads `source[key]` once (a [[Get]]: a getter runs once, a Proxy's get trap once; not
// [[GetOwnProperty]], whose descriptor per value is enough garbage to make copying a large query
// several times slower) and copies it: a leaf as it is, a container as a new empty copy that is
// filled when the stack reaches it, or NOTHING with an issue.
function copyOf(walk: Walk, source: object, key: PathSegment): JsonValue | typeof NOTHING {
  let value: unknown;
  let kind: Kind;
  try {
    value = (source as Record<string | number, unknown>)[key];
    kind = kindOf(value);
  } catch {
    report(walk, unreadableIssue(at(walk, key)));
    return NOTHING;
  }
  if (typeof kind === 'object') {
    report(walk, notJsonIssue(at(walk, key), kind.foreign));
    return NOTHING;
  }
  if (kind === 'leaf') return value as JsonValue;
  // The container is one level below the one being read.
  if (walk.ancestors.length + 1 > walk.limits.maxDepth) {
    walk.bound = cycleIssueOf(walk, [...walk.ancestors, value as object], key) ?? tooDeepIssue(at(walk, key), walk.limits);
    return NOTHING;
  }
  const target: JsonValue[] | JsonObject = kind === 'array' ? [] : {};
  walk.stack.push(value, target, key);
  return target;
}

// A cycle makes the walk run forever down one branch, so it always ends in a bound; before
// blaming size or depth, look for a container that is its own ancestor and name that instead.
// `chain` is the containers from the root down; the last may be one below the path (`segment`).
function cycleIssueOf(walk: Walk, chain: readonly object[], segment?: PathSegment): QueryIssue | undefined {
  const seen = new Set<object>();
  for (let i = 0; i < chain.length; i++) {
    if (seen.has(chain[i]!)) return cycleIssue(i < walk.ancestors.length ? walk.path.slice(0, i) : at(walk, segment!));
    seen.add(chain[i]!);
  }
  return undefined;
}
