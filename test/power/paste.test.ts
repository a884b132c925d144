/**
 * Pasting, without React: clipboard text read by the library's parser (serialize/parse-paste.ts)
 * and placed by the AND-of-ORs rules (query/paste.ts).
 */
import fc from 'fast-check';
import type { Group, JsonObject, JsonValue, Query, QueryNode } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { createEmptyQuery, createExpressionClause, createGroup } from '../../src/query/nodes';
import { isEmptyQuery, paste, pasteTargetFor, shownNode, type PasteTarget } from '../../src/query/paste';
import { validateQuery } from '../../src/query/validate';
import { readPastedText } from '../../src/serialize/parse-paste';
import { serializeQuery } from '../../src/serialize/serialize';
import { corpus } from '../fixtures/corpus';
import { eventsOf } from '../arrange/support';
import { queryArb } from '../serialize/arbitraries';
import { anyQueryArb, cnfArb, corpusArb, idsUnique, parsed, queryNodesOf } from '../query/queries';

const clause = (event: string): JsonObject => ({ event, frequency: { greater_than_or_equal_to: 1 } });
const cnf = (...groups: string[][]) => parsed({ and: groups.map((events) => ({ or: events.map(clause) })) });
const member = (query: Query, ...at: number[]) => at.reduce<Query>((node, i) => (node as Group).children[i]!, query);
const shape = (query: Query) => eventsOf(serializeQuery(query));

/** Reads text as the builder does, with ids p1, p2, …; fails the test when the text is refused. */
function read(json: JsonValue, ids = createIdGenerator('p')): QueryNode[] {
  const result = readPastedText(JSON.stringify(json), { idGenerator: ids });
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.nodes;
}
const notCnf = (query: Query) => validateQuery(query).filter((issue) => issue.code === 'not-cnf').length;

describe('readPastedText', () => {
  it('given one clause, a list, an OR group or a whole query, then one node per value, typed by the parser', () => {
    expect(read(clause('A')).map((node) => node.kind)).toEqual(['expression']);
    expect(read([clause('A'), { has_entered: { segment: 12 } }]).map((node) => node.kind)).toEqual(['expression', 'transition']);
    expect(read({ or: [clause('A'), clause('B')] })).toMatchObject([{ kind: 'group', combinator: 'or' }]);
    expect(read({ and: [{ or: [clause('A')] }] })).toMatchObject([{ kind: 'group', combinator: 'and' }]);
  });

  it('given unknown keys and an unknown clause kind, then they are kept (raw, with a warning), as a load keeps them', () => {
    const [known, unknown] = read([{ ...clause('A'), colour: 'red' }, { in_fourth_party_segment: { provider: 'x' } }]);
    expect(known).toMatchObject({ kind: 'expression', extra: { colour: 'red' } });
    expect(unknown).toMatchObject({ kind: 'raw', reason: { severity: 'warning', code: 'unknown-clause' } });
  });

  it('given text that is empty, not JSON, or JSON that is no clause, then nothing to paste and the reason', () => {
    expect(readPastedText('  \n')).toEqual({ ok: false, problem: 'empty' });
    expect(readPastedText('[]')).toEqual({ ok: false, problem: 'empty' });
    expect(readPastedText('did Pageview at least once')).toEqual({ ok: false, problem: 'not-json' });
    expect(readPastedText('{"event": "A",}')).toEqual({ ok: false, problem: 'not-json' });
    for (const text of ['42', '"Pageview"', 'null', 'true', '{}', '{"event": 5}', '{"and": [], "or": []}', '[{"event": "A"}, 7]']) {
      const result = readPastedText(text);
      expect(result, text).toMatchObject({ ok: false, problem: 'not-a-clause', issue: { severity: 'error', code: 'invalid-clause' } });
    }
  });

  it('given any text that JSON.parse refuses, or any JSON value that is not an object, then nothing to paste', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let json = true;
        try {
          JSON.parse(text);
        } catch {
          json = false;
        }
        fc.pre(!json);
        expect(readPastedText(text).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)), (value) => {
        expect(readPastedText(JSON.stringify(value))).toMatchObject({ ok: false });
      }),
    );
  });
});

describe('paste placement', () => {
  const ids = () => createIdGenerator('new');

  it('given the top level of an AND of ORs, then a clause comes last as an OR of one, as "+ And" adds it', () => {
    const query = cnf(['A', 'B'], ['C']);
    const { query: next, check, ids: pasted } = paste(query, read(clause('D')), { kind: 'top' }, ids());
    expect(check).toEqual({ ok: true });
    expect(shape(next)).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }, { or: ['D'] }] });
    expect(pasted).toEqual([member(next, 2).id]);
    expect(shownNode(next, pasted[0]!)).toBe(member(next, 2, 0).id);
    expect(member(next, 0)).toBe(member(query, 0));
  });

  it('given a clause in an OR group, then the paste goes right after it, as alternatives', () => {
    const query = cnf(['A', 'B'], ['C']);
    const { query: next } = paste(query, read([clause('D'), clause('E')]), { kind: 'after', id: member(query, 0, 0).id }, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A', 'D', 'E', 'B'] }, { or: ['C'] }] });
  });

  it('given a clause shown alone (the one member of its group), then the paste goes after its group, at the top level', () => {
    const query = cnf(['A'], ['C']);
    const { query: next } = paste(query, read(clause('D')), { kind: 'after', id: member(query, 0, 0).id }, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A'] }, { or: ['D'] }, { or: ['C'] }] });
  });

  it('given a group, then the paste comes last in it; an OR pasted into an OR gives its alternatives', () => {
    const query = cnf(['A', 'B'], ['C']);
    const { query: next } = paste(query, read({ or: [clause('D'), { or: [clause('E')] }] }), { kind: 'into', groupId: member(query, 0).id }, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A', 'B', 'D', 'E'] }, { or: ['C'] }] });
  });

  it('given a group of one, then the paste joins it as alternatives (what its "+ Or" adds)', () => {
    const query = cnf(['A'], ['C']);
    const { query: next } = paste(query, read(clause('D')), { kind: 'into', groupId: member(query, 1).id }, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A'] }, { or: ['C', 'D'] }] });
  });

  it('given a whole query pasted at the top of another, then its members join the AND (an AND in an AND means the same)', () => {
    const query = cnf(['A']);
    const { query: next, ids: pasted } = paste(query, read({ and: [{ or: [clause('B'), clause('C')] }, clause('D')] }), { kind: 'top' }, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A'] }, { or: ['B', 'C'] }, { or: ['D'] }] });
    expect(pasted).toHaveLength(2);
  });

  it('given an AND of two clauses pasted into an OR group, then nothing changes and the reason says why', () => {
    const query = cnf(['A', 'B']);
    for (const target of [{ kind: 'into', groupId: member(query, 0).id }, { kind: 'after', id: member(query, 0, 1).id }] as PasteTarget[]) {
      const result = paste(query, read({ and: [clause('C'), clause('D')] }), target, ids());
      expect(result).toEqual({ query, check: { ok: false, reason: 'group-into-or' }, ids: [] });
    }
  });

  it('given an OR group holding an AND of two, pasted at the top, then it is refused: it nests deeper than an AND of ORs', () => {
    const query = cnf(['A']);
    const result = paste(query, read({ or: [clause('B'), { and: [clause('C'), clause('D')] }] }), { kind: 'top' }, ids());
    expect(result.check).toEqual({ ok: false, reason: 'group-into-or' });
    expect(result.query).toBe(query);
  });

  it('given a pasted empty group, or nothing, or a target not in the query, then nothing changes, with the reason', () => {
    const query = cnf(['A']);
    expect(paste(query, read({ or: [] }), { kind: 'top' }, ids()).check).toEqual({ ok: false, reason: 'empty-group' });
    expect(paste(query, [], { kind: 'top' }, ids()).check).toEqual({ ok: false, reason: 'nothing' });
    expect(paste(query, read(clause('B')), { kind: 'after', id: 'nope' }, ids()).check).toEqual({ ok: false, reason: 'unknown' });
  });

  it('given a lone root clause, then the paste sits beside it in a new AND', () => {
    const query = parsed(clause('A'));
    const { query: next } = paste(query, read(clause('B')), { kind: 'after', id: query.id }, ids());
    expect(shape(next)).toEqual({ and: ['A', { or: ['B'] }] });
    expect(member(next, 0)).toBe(query);
  });

  it('given an OR at the top (a loaded query), then the top level takes alternatives', () => {
    const query = parsed({ or: [clause('A'), clause('B')] });
    expect(shape(paste(query, read({ or: [clause('C')] }), { kind: 'top' }, ids()).query)).toEqual({ or: ['A', 'B', 'C'] });
  });

  it('given a new cohort (an AND of one OR of one blank clause), then the paste takes its place: one value as it is', () => {
    for (const json of [clause('A'), { or: [clause('A'), clause('B')] }, { and: [{ or: [clause('A')] }, clause('B')] }]) {
      const { query: next } = paste(createEmptyQuery(createIdGenerator('e')), read(json), { kind: 'top' }, ids());
      expect(serializeQuery(next)).toEqual(json);
    }
    const list = paste(createEmptyQuery(createIdGenerator('e')), read([clause('A'), clause('B')]), { kind: 'top' }, ids());
    expect(shape(list.query)).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }] });
  });

  it('names targets by node: a clause is pasted after, a group into, the root and unknown ids at the top', () => {
    const query = cnf(['A', 'B']);
    expect(pasteTargetFor(query, member(query, 0, 1).id)).toEqual({ kind: 'after', id: member(query, 0, 1).id });
    expect(pasteTargetFor(query, member(query, 0).id)).toEqual({ kind: 'into', groupId: member(query, 0).id });
    expect(pasteTargetFor(query, query.id)).toEqual({ kind: 'top' });
    expect(pasteTargetFor(query, undefined)).toEqual({ kind: 'top' });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const emptyArb: fc.Arbitrary<Query> = fc.constantFrom(
  () => createEmptyQuery(createIdGenerator('e')),
  () => createExpressionClause(createIdGenerator('e')),
  () => createGroup(createIdGenerator('e'), 'and'),
).map((make) => make());

/** Any query the library writes, as JSON: the corpus, the documented shape and any AST. */
const queryJsonArb: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.constantFrom(...corpus.map((entry) => entry.query as JsonObject)),
  cnfArb.map(serializeQuery),
  queryArb.map((query) => serializeQuery(query)),
);

/** Every place a paste can aim at in a query. */
function targetsOf(query: Query): PasteTarget[] {
  return [{ kind: 'top' }, ...queryNodesOf(query).map((node) => pasteTargetFor(query, node.id))];
}

describe('paste properties', () => {
  it('given any query that reads as a clause or query, pasted as text into an empty builder anywhere, then the builder holds it exactly (serialize deep-equals the text)', () => {
    let pasted = 0;
    fc.assert(
      fc.property(queryJsonArb, emptyArb, fc.nat(), (json, empty, at) => {
        const text = JSON.stringify(json);
        const result = readPastedText(text, { idGenerator: createIdGenerator('p') });
        if (!result.ok) {
          // Refused only where the parser can keep the value as an error alone (no clause at all).
          expect(result.problem).toBe('not-a-clause');
          return;
        }
        pasted++;
        expect(isEmptyQuery(empty)).toBe(true);
        const targets = targetsOf(empty);
        const { query, check } = paste(empty, result.nodes, targets[at % targets.length]!, createIdGenerator('n'));
        expect(check).toEqual({ ok: true });
        // The text is what the clipboard holds (JSON has no -0, say), so the builder must give it back.
        expect(serializeQuery(query)).toEqual(JSON.parse(text));
      }),
    );
    expect(pasted).toBeGreaterThan(50);
  });

  it('given a query in the documented shape and anything pasted anywhere, then the query stays an AND of ORs, keeps every clause it had and gains every pasted clause, or nothing changes', () => {
    const pastedArb = fc.oneof(queryJsonArb, fc.array(queryJsonArb, { minLength: 1, maxLength: 3 }));
    let placed = 0;
    let refusedCount = 0;
    fc.assert(
      fc.property(fc.oneof(cnfArb, corpusArb), pastedArb, fc.nat(), (query, json, at) => {
        fc.pre(notCnf(query) === 0 && !isEmptyQuery(query));
        const result = readPastedText(JSON.stringify(json), { idGenerator: createIdGenerator('p') });
        fc.pre(result.ok);
        if (!result.ok) return;
        const targets = targetsOf(query);
        const { query: next, check, ids: pastedIds } = paste(query, result.nodes, targets[at % targets.length]!, createIdGenerator('n'));
        if (!check.ok) {
          refusedCount++;
          expect(next).toBe(query);
          return;
        }
        placed++;
        expect(notCnf(next)).toBe(0);
        expect(idsUnique(next)).toBe(true);
        const after = new Set(queryNodesOf(next).map((node) => node.id));
        const clauses = (root: Query) => queryNodesOf(root).filter((node) => node.kind !== 'group');
        for (const old of clauses(query)) expect(after.has(old.id)).toBe(true);
        for (const node of result.nodes) for (const added of clauses(node)) expect(after.has(added.id)).toBe(true);
        expect(pastedIds.every((id) => after.has(id))).toBe(true);
      }),
    );
    expect(placed).toBeGreaterThan(20);
    expect(refusedCount).toBeGreaterThan(0);
  });

  it('given any query and any pasted nodes, then paste never throws and a refusal is the same query', () => {
    fc.assert(
      fc.property(anyQueryArb, fc.array(queryArb, { minLength: 1, maxLength: 3 }), fc.nat(), (query, nodes, at) => {
        const result = readPastedText(JSON.stringify(nodes.map(serializeQuery)), { idGenerator: createIdGenerator('p') });
        fc.pre(result.ok);
        if (!result.ok) return;
        const targets = targetsOf(query);
        const pasted = paste(query, result.nodes, targets[at % targets.length]!, createIdGenerator('n'));
        if (!pasted.check.ok) expect(pasted.query).toBe(query);
        else expect(idsUnique(pasted.query)).toBe(true);
      }),
    );
  });
});
