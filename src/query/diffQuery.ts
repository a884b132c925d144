/**
 * A clause-level diff of two queries, for "what will this save change?" next to a Save button.
 * Pure: the two queries are usually parsed separately, so their node ids differ and clauses are
 * matched by content, never by id.
 */
import type { QueryNode } from './ast';

/** A clause (or a raw, unrecognised member) and where it sits: `"1.2"` is the 2nd member of the 1st group. */
export interface ClauseAt {
  node: QueryNode;
  position: string;
}

/** A clause present in both queries whose content differs. */
export interface ClauseChange {
  before: ClauseAt;
  after: ClauseAt;
}

/** What `diffQuery` returns; every list is in reading order of the query it came from. */
export interface QueryDiff {
  added: ClauseAt[];
  removed: ClauseAt[];
  changed: ClauseChange[];
  /** Groups changed (a combinator flipped, clauses moved between groups) beyond the clause lists. */
  structureChanged: boolean;
  /** True when the two queries mean the same thing, ids aside. */
  unchanged: boolean;
}

// Leaves of the group tree, positioned like the builder labels them ("1", "1.2", ...).
function clausesOf(root: QueryNode): ClauseAt[] {
  const out: ClauseAt[] = [];
  const visit = (node: QueryNode, position: string) => {
    if (node.kind !== 'group') {
      out.push({ node, position: position || '1' });
      return;
    }
    node.children.forEach((child, index) => visit(child, position ? `${position}.${index + 1}` : `${index + 1}`));
  };
  visit(root, '');
  return out;
}

// Canonical JSON with sorted keys, so key order never reads as a change.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

// A node's content without ids. `json` and `extra` are the user's own JSON: an "id" key in there
// is content, so they are written whole; only AST objects (those with a `kind`) drop their id.
function signature(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(signature).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const record = value as Record<string, unknown>;
  const isNode = typeof record.kind === 'string';
  const parts = Object.keys(record)
    .filter((key) => !(isNode && key === 'id') && record[key] !== undefined)
    .sort()
    .map((key) => `${key}:${key === 'json' || key === 'extra' ? canonical(record[key]) : signature(record[key])}`);
  return `{${parts.join(',')}}`;
}

// What makes two different versions "the same clause, edited": the event, or the kind and type.
function identity(node: QueryNode): string {
  switch (node.kind) {
    case 'expression':
      return `expression:${node.event}`;
    case 'transition':
    case 'membership':
      return `${node.kind}:${node.type}`;
    default:
      return node.kind;
  }
}

// The group skeleton: combinators and nesting only, so adding a clause to a group is not "structure".
function skeleton(node: QueryNode): string {
  if (node.kind !== 'group') return '';
  return `${node.combinator}(${node.children.map(skeleton).filter(Boolean).join(',')})`;
}

// Pairs each left-over `before` with the first left-over `after` that `same` accepts, in order.
function pair(before: ClauseAt[], after: ClauseAt[], same: (a: ClauseAt, b: ClauseAt) => boolean): [ClauseAt, ClauseAt][] {
  const pairs: [ClauseAt, ClauseAt][] = [];
  for (const old of [...before]) {
    const index = after.findIndex((candidate) => same(old, candidate));
    if (index < 0) continue;
    pairs.push([old, after[index]!]);
    before.splice(before.indexOf(old), 1);
    after.splice(index, 1);
  }
  return pairs;
}

/**
 * The clauses added, removed and changed from `before` to `after`. Equal clauses pair first
 * (wherever they moved), then clauses with the same identity (event, or kind and type), then
 * clauses of the same kind at the same position; whatever is left was added or removed.
 */
export function diffQuery(before: QueryNode, after: QueryNode): QueryDiff {
  const left = clausesOf(before);
  const right = clausesOf(after);
  const signatures = new Map<QueryNode, string>([...left, ...right].map((at) => [at.node, signature(at.node)]));
  const sig = (at: ClauseAt) => signatures.get(at.node)!;
  pair(left, right, (a, b) => sig(a) === sig(b));
  const changed = [
    ...pair(left, right, (a, b) => identity(a.node) === identity(b.node)),
    ...pair(left, right, (a, b) => a.node.kind === b.node.kind && a.position === b.position),
  ]
    .map(([old, next]) => ({ before: old, after: next }))
    .sort((a, b) => byPosition(a.after, b.after));
  const regrouped = skeleton(before) !== skeleton(after);
  const same = signature(before) === signature(after);
  const listed = left.length + right.length + changed.length > 0;
  return {
    added: right,
    removed: left,
    changed,
    structureChanged: regrouped || (!same && !listed),
    unchanged: same,
  };
}

// Reading order of positions: "1.10" after "1.9".
function byPosition(a: ClauseAt, b: ClauseAt): number {
  const x = a.position.split('.').map(Number);
  const y = b.position.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
