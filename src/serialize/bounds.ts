import type { PathSegment, QueryIssue } from '../query/issues';
import { isJsonObject } from './json';

/** Limits on an input document, checked before any recursion. */
export interface JsonLimits {
  /** Most nesting levels of arrays and objects; the root object is level 1. */
  maxDepth: number;
  /** Most JSON values in the whole document, the root included. */
  maxNodes: number;
}

/** The default limits: far above any real query, far below what could hurt a browser tab. */
export const DEFAULT_LIMITS: JsonLimits = { maxDepth: 256, maxNodes: 250_000 };

// A container on the scan stack. Parent links rebuild the path only when something is wrong,
// so a clean scan allocates one small frame per array or object and nothing per leaf.
interface Frame {
  value: object;
  key: PathSegment;
  parent: Frame | undefined;
  depth: number;
}

/**
 * Checks iteratively (no recursion, so no stack overflow) that `input` is JSON within `limits`.
 * Returns the first problem as an error issue, or undefined when the input is safe to walk.
 * With `requireObject`, the root must be a plain object, as a whole query must be.
 */
export function scanJson(input: unknown, limits: JsonLimits, requireObject: boolean): QueryIssue | undefined {
  if (requireObject && !isJsonObject(input)) {
    return issue('not-json-object', [], rootMessage(input));
  }
  if (typeof input !== 'object' || input === null) {
    return isJsonLeaf(input) ? undefined : notJson(undefined, undefined, input);
  }
  if (!Array.isArray(input) && !isJsonObject(input)) return notJson(undefined, undefined, input);
  let nodes = 1;
  const stack: Frame[] = [{ value: input, key: '', parent: undefined, depth: 1 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    const isArray = Array.isArray(value);
    // Object.keys of an array would allocate a string per index; arrays are walked by index.
    const keys = isArray ? undefined : Object.keys(value);
    const count = isArray ? (value as unknown[]).length : keys!.length;
    nodes += count;
    if (nodes > limits.maxNodes) return tooLarge(frame, limits);
    for (let i = 0; i < count; i++) {
      const key: PathSegment = isArray ? i : keys![i]!;
      const child: unknown = (value as Record<PathSegment, unknown>)[key];
      if (typeof child !== 'object' || child === null) {
        if (!isJsonLeaf(child)) return notJson(frame, key, child);
      } else if (Array.isArray(child) || isJsonObject(child)) {
        const next: Frame = { value: child, key, parent: frame, depth: frame.depth + 1 };
        if (next.depth > limits.maxDepth) return tooDeep(next, limits);
        stack.push(next);
      } else {
        return notJson(frame, key, child);
      }
    }
  }
  return undefined;
}

function isJsonLeaf(value: unknown): boolean {
  const type = typeof value;
  return value === null || type === 'string' || type === 'boolean' || (type === 'number' && Number.isFinite(value));
}

function issue(code: QueryIssue['code'], path: PathSegment[], message: string): QueryIssue {
  return { severity: 'error', code, path, message };
}

function pathOf(frame: Frame | undefined): PathSegment[] {
  const path: PathSegment[] = [];
  for (let f = frame; f?.parent !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/** A readable JSON path for messages: `and[0].where.condition`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(segment) ? (out === '' ? segment : `.${segment}`) : `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? 'the top level' : out;
}

// A cycle makes the scan run forever down one branch, so it always ends in a bound; before
// blaming size or depth, look for a container that is its own ancestor and name that instead.
function cycleIn(frame: Frame): Frame | undefined {
  const chain: Frame[] = [];
  for (let f: Frame | undefined = frame; f !== undefined; f = f.parent) chain.push(f);
  const seen = new Set<object>();
  for (let i = chain.length - 1; i >= 0; i--) {
    const f = chain[i]!;
    if (seen.has(f.value)) return f;
    seen.add(f.value);
  }
  return undefined;
}

function cycleIssue(frame: Frame): QueryIssue {
  const path = pathOf(frame);
  return issue(
    'not-json-object',
    path,
    `The value at ${formatPath(path)} contains itself (a circular reference), which JSON cannot hold; pass a copy without the cycle.`,
  );
}

function tooDeep(frame: Frame, limits: JsonLimits): QueryIssue {
  const cycle = cycleIn(frame);
  if (cycle) return cycleIssue(cycle);
  const path = pathOf(frame);
  return issue(
    'too-deep',
    path,
    `The query nests deeper than ${limits.maxDepth} levels at ${formatPath(path)}; a real query is a few levels deep, so flatten it (or raise maxDepth).`,
  );
}

function tooLarge(frame: Frame, limits: JsonLimits): QueryIssue {
  const cycle = cycleIn(frame);
  if (cycle) return cycleIssue(cycle);
  const path = pathOf(frame);
  return issue(
    'too-large',
    path,
    `The query holds more than ${limits.maxNodes.toLocaleString('en-US')} JSON values (the limit was passed at ${formatPath(path)}); split it into smaller cohorts (or raise maxNodes).`,
  );
}

function notJson(frame: Frame | undefined, key: PathSegment | undefined, value: unknown): QueryIssue {
  const path = key === undefined ? [] : [...pathOf(frame), key];
  return issue(
    'not-json-object',
    path,
    `The value at ${formatPath(path)} is ${describeForeign(value)}, which JSON cannot hold; a query holds only null, true/false, finite numbers, strings, arrays and plain objects.`,
  );
}

function rootMessage(input: unknown): string {
  const hint = typeof input === 'string' ? ' (if it is JSON text, JSON.parse it first)' : '';
  return `A query must be a JSON object, such as {"event": "Pageview", "frequency": {"greater_than_or_equal_to": 1}}; this is ${describeForeign(input)}${hint}.`;
}

function describeForeign(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'a number' : String(value);
    case 'object': {
      // Object.prototype.toString names built-ins (Date, Map) without calling user code.
      const tag = Object.prototype.toString.call(value).slice(8, -1);
      return tag === 'Object' ? 'an object that is not a plain object (a class instance)' : `a ${tag}`;
    }
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return 'a BigInt';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    default:
      return `a ${typeof value}`;
  }
}
