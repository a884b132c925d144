// Issue 13, item 1: switching back from code mode keeps the ids of unchanged clauses. The pure
// function that does it (src/query/reconcile.ts), against random queries and random edits of them.
import fc from 'fast-check';
import type { AnyNode, JsonObject, JsonValue, Query } from '../../src/query/ast';
import { jsonEqual } from '../../src/query/equal';
import { createIdGenerator } from '../../src/query/ids';
import { reconcileQuery } from '../../src/query/reconcile';
import { parseQuery } from '../../src/serialize/parse';
import { serializeClause, serializeQuery } from '../../src/serialize/serialize';
import { apply, opArb } from '../query/opSequences';
import { anyQueryArb, clausesOf, idsUnique, nodesOf, parsed } from '../query/queries';

/** A query as a person would type it: parsed from its JSON, ids with this prefix; undefined when that JSON is no query. */
const typed = (query: Query, prefix: string) => parseQuery(serializeQuery(query), { idGenerator: createIdGenerator(prefix) }).query;
/** `typed`, of a query whose JSON must read back as one. */
const reparsed = (query: Query, prefix: string) => typed(query, prefix)!;

// Sorted keys: equal JSON, one string.
function canonical(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`).join(',')}}`;
}
const clauseKey = (node: AnyNode) => canonical(serializeClause(node as Query));
const countBy = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

/** A query before, and the one typed over it: the same JSON, a few edits of it, or another query. */
const pairArb = fc
  .tuple(anyQueryArb, fc.array(opArb, { maxLength: 4 }), fc.oneof(fc.constant(undefined), anyQueryArb), fc.boolean())
  .map(([query, ops, other, useOther]) => {
    const previous = reparsed(query, 'old');
    const ids = createIdGenerator('op');
    const edited = useOther && other ? other : ops.reduce((q, op) => apply(q, op, ids), previous);
    return { previous, next: typed(edited, 'new') };
  })
  // Code mode switches back only to text that is a query; the harness's `replace` can put a where
  // node at the root, whose JSON (an array, say) is none.
  .filter((pair): pair is { previous: Query; next: Query } => pair.next !== undefined);

describe('reconciling a typed query with the one it replaces', () => {
  it('given any query and any edit of it, then the JSON is the typed one, ids are unique, and a clause equal to an old one keeps an old id wherever the old query had that many', () => {
    fc.assert(
      fc.property(pairArb, ({ previous, next }) => {
        const result = reconcileQuery(previous, next);
        expect(serializeQuery(result)).toEqual(serializeQuery(next));
        expect(idsUnique(result)).toBe(true);
        const oldIds = new Set(nodesOf(previous).map((node) => node.id));
        const before = countBy(clausesOf(previous).map(clauseKey));
        const typed = countBy(clausesOf(next).map(clauseKey));
        const kept = countBy(clausesOf(result).filter((node) => oldIds.has(node.id)).map(clauseKey));
        for (const [key, count] of typed) expect(kept.get(key) ?? 0, key).toBe(Math.min(count, before.get(key) ?? 0));
        // A node that keeps an old id is the old node itself: its card, fold state and selectors see no change.
        const oldById = new Map(nodesOf(previous).map((node) => [node.id, node]));
        for (const node of clausesOf(result)) if (oldIds.has(node.id)) expect(node).toBe(oldById.get(node.id));
      }),
    );
  });

  it('given the same JSON typed again, then the old query itself comes back (no change, no undo step)', () => {
    fc.assert(
      fc.property(anyQueryArb, (query) => {
        const previous = reparsed(query, 'old');
        expect(reconcileQuery(previous, reparsed(previous, 'new'))).toBe(previous);
      }),
    );
  });

  it('given keys typed in another order, then the clause still counts as unchanged', () => {
    const previous = parsed({ and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 }, x: { a: 1, b: 2 } }] }] }, 'old');
    const next = parsed({ and: [{ or: [{ x: { b: 2, a: 1 }, frequency: { greater_than_or_equal_to: 1 }, event: 'Pageview' }] }] }, 'new');
    const result = reconcileQuery(previous, next);
    expect(result).toBe(previous);
    expect(jsonEqual(serializeQuery(result), serializeQuery(next) as JsonObject)).toBe(true);
  });

  it('given one clause of three edited, then the other two and both groups keep their ids, and the edited one\'s unchanged where condition keeps its id', () => {
    const clause = (event: string, where = 'properties.client.url') => ({
      event,
      frequency: { greater_than_or_equal_to: 1 },
      where: { and: [{ property: where, condition: { contains: 'sport' } }, { property: 'properties.client.title', condition: { contains: 'news' } }] },
    });
    const previous = parsed({ and: [{ or: [clause('A'), clause('B')] }, { or: [clause('C')] }] }, 'old');
    const next = parsed({ and: [{ or: [clause('A'), clause('B2')] }, { or: [clause('C')] }] }, 'new');
    const result = reconcileQuery(previous, next);
    const ids = (query: Query) => nodesOf(query).map((node) => `${node.kind}:${node.id}`);
    const [root, or1, a, , , , b, bWhere, bUrl, bTitle, or2, c] = ids(result);
    expect([root, or1, or2]).toEqual(['group:old1', 'group:old2', 'group:old11']);
    expect(a).toBe('expression:old3');
    expect(c).toBe('expression:old12');
    // The edited clause is new; its where conditions are unchanged and keep theirs.
    expect(b).toBe('expression:new7');
    expect([bWhere, bUrl, bTitle]).toEqual(['where-group:old8', 'where-condition:old9', 'where-condition:old10']);
  });

  it('given a clause repeated, then each old copy is used once and the extra copy gets a fresh id', () => {
    const one = { event: 'A', frequency: { greater_than_or_equal_to: 1 } };
    const previous = parsed({ or: [one] }, 'old');
    const result = reconcileQuery(previous, parsed({ or: [one, one] }, 'new'));
    expect(nodesOf(result).map((node) => node.id)).toEqual(['old1', 'old2', 'new3']);
  });
});
