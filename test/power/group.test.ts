/**
 * Ungroup and Make a group, without React (query/intents.ts), and the store's paste, ungroup and
 * make-group actions as one undo step each.
 */
import fc from 'fast-check';
import type { Group, JsonObject, Query } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { canMakeGroup, makeGroup, ungroup, ungroupEach, ungroupPlan } from '../../src/query/intents';
import { validateQuery } from '../../src/query/validate';
import { readPastedText } from '../../src/serialize/parse-paste';
import { serializeQuery } from '../../src/serialize/serialize';
import { createQueryStore } from '../../src/store/createQueryStore';
import { eventsOf } from '../arrange/support';
import { anyQueryArb, cnfArb, parsed, queryNodesOf } from '../query/queries';

const clause = (event: string): JsonObject => ({ event, frequency: { greater_than_or_equal_to: 1 } });
const cnf = (...groups: string[][]) => parsed({ and: groups.map((events) => ({ or: events.map(clause) })) });
const member = (query: Query, ...at: number[]) => at.reduce<Query>((node, i) => (node as Group).children[i]!, query);
const shape = (query: Query) => eventsOf(serializeQuery(query));
const ids = () => createIdGenerator('new');

describe('ungroupPlan and ungroupEach', () => {
  it('given an OR group of clauses in the top-level AND, then ungrouping changes the meaning (each must match), and says so', () => {
    const query = cnf(['A', 'B'], ['C']);
    const group = member(query, 0).id;
    expect(ungroupPlan(query, group)).toEqual({ ok: true, meaning: 'each' });
    // The meaning-keeping ungroup refuses it: that is why ungroupEach exists, under its own name.
    expect(ungroup(query, group)).toBe(query);
    const next = ungroupEach(query, group, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, { or: ['C'] }] });
    expect(member(next, 0, 0)).toBe(member(query, 0, 0));
    expect(member(next, 2)).toBe(member(query, 1));
  });

  it('given a group that combines like its parent, or of one member, then ungrouping keeps the meaning', () => {
    const orInOr = parsed({ or: [clause('A'), { or: [clause('B'), clause('C')] }] });
    expect(ungroupPlan(orInOr, member(orInOr, 1).id)).toEqual({ ok: true, meaning: 'same' });
    expect(shape(ungroup(orInOr, member(orInOr, 1).id))).toEqual({ or: ['A', 'B', 'C'] });
    const single = cnf(['A'], ['B']);
    expect(ungroupPlan(single, member(single, 1).id)).toEqual({ ok: true, meaning: 'same' });
  });

  it('given the top level, an AND inside an OR, an OR holding groups, or a clause, then ungrouping is refused with the reason', () => {
    const query = cnf(['A', 'B']);
    expect(ungroupPlan(query, query.id)).toEqual({ ok: false, reason: 'top-level' });
    expect(ungroupPlan(query, member(query, 0, 0).id)).toEqual({ ok: false, reason: 'unknown' });
    const andInOr = parsed({ or: [clause('A'), { and: [clause('B'), clause('C')] }] });
    expect(ungroupPlan(andInOr, member(andInOr, 1).id)).toEqual({ ok: false, reason: 'changes-meaning' });
    expect(ungroupEach(andInOr, member(andInOr, 1).id, ids())).toBe(andInOr);
    const holding = parsed({ and: [{ or: [clause('A'), { and: [clause('B'), clause('C')] }] }] });
    expect(ungroupPlan(holding, member(holding, 0).id)).toEqual({ ok: false, reason: 'holds-groups' });
  });

  it('given any query in the documented shape and any of its groups, then ungroupEach keeps every clause and the shape, or changes nothing', () => {
    fc.assert(
      fc.property(cnfArb, fc.nat(), (query, at) => {
        const groups = queryNodesOf(query).filter((node) => node.kind === 'group');
        const group = groups[at % groups.length]!;
        const next = ungroupEach(query, group.id, ids());
        const plan = ungroupPlan(query, group.id);
        if (!plan.ok || plan.meaning !== 'each') {
          expect(next).toBe(query);
          return;
        }
        const clauses = (root: Query) => queryNodesOf(root).filter((node) => node.kind !== 'group').map((node) => node.id);
        expect(clauses(next)).toEqual(clauses(query));
        expect(validateQuery(next).filter((issue) => issue.code === 'not-cnf')).toEqual([]);
      }),
    );
  });
});

describe('makeGroup', () => {
  it('given a bare clause of the top-level AND, then it sits in an OR of one in its place (the same meaning)', () => {
    const query = parsed({ and: [clause('A'), { or: [clause('B')] }] });
    const clauseId = member(query, 0).id;
    expect(canMakeGroup(query, clauseId)).toBe(true);
    const { query: next, id } = makeGroup(query, clauseId, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }] });
    expect(member(next, 0).id).toBe(id);
    expect(member(next, 0, 0)).toBe(member(query, 0));
  });

  it('given a clause that is the whole query, then it becomes what a new cohort is: an AND of one OR of it', () => {
    const query = parsed(clause('A'));
    const { query: next, id } = makeGroup(query, query.id, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A'] }] });
    expect(member(next, 0).id).toBe(id);
  });

  it('given a clause already in a group (alone or among alternatives), a group, or an unknown id, then it does not apply', () => {
    const query = cnf(['A', 'B'], ['C']);
    for (const id of [member(query, 0, 0).id, member(query, 1, 0).id, member(query, 0).id, 'nope']) {
      expect(canMakeGroup(query, id)).toBe(false);
      expect(makeGroup(query, id, ids())).toEqual({ query, id: undefined });
    }
  });

  it('given any query and any node, then makeGroup keeps the meaning: the same JSON once groups of one are read as their member', () => {
    const flat = (json: unknown): unknown => {
      if (json && typeof json === 'object' && !Array.isArray(json)) {
        const record = json as Record<string, unknown>;
        for (const key of ['and', 'or']) {
          const list = record[key];
          if (!Array.isArray(list)) continue;
          if (list.length === 1 && Object.keys(record).length === 1) return flat(list[0]);
          return { ...record, [key]: list.map(flat) };
        }
      }
      return json;
    };
    fc.assert(
      fc.property(anyQueryArb, fc.nat(), (query, at) => {
        const nodes = queryNodesOf(query);
        const node = nodes[at % nodes.length]!;
        const { query: next, id } = makeGroup(query, node.id, ids());
        if (id === undefined) {
          expect(next).toBe(query);
          return;
        }
        expect(flat(serializeQuery(next))).toEqual(flat(serializeQuery(query)));
      }),
    );
  });
});

describe('the store: paste, ungroup and make a group are one undo step each', () => {
  const storeOf = (json: JsonObject) => createQueryStore({ initial: parsed(json), idPrefix: 's' });

  it('given a paste of three clauses, then one undo takes all three away', () => {
    const store = storeOf({ and: [{ or: [clause('A')] }] });
    const read = readPastedText(JSON.stringify([clause('B'), clause('C'), clause('D')]), { idGenerator: store.ids });
    if (!read.ok) throw new Error('not read');
    const { check, ids: pasted } = store.getState().paste(read.nodes, { kind: 'top' });
    expect(check).toEqual({ ok: true });
    expect(pasted).toHaveLength(3);
    expect(shape(store.getState().query)).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, { or: ['C'] }, { or: ['D'] }] });
    expect(store.getState().undo()).toBe(true);
    expect(shape(store.getState().query)).toEqual({ and: [{ or: ['A'] }] });
    expect(store.getState().canUndo).toBe(false);
  });

  it('given a refused paste, then nothing changes and no undo step is made', () => {
    const store = storeOf({ and: [{ or: [clause('A'), clause('B')] }] });
    const before = store.getState().query;
    const read = readPastedText(JSON.stringify({ and: [clause('C'), clause('D')] }), { idGenerator: store.ids });
    if (!read.ok) throw new Error('not read');
    expect(store.getState().paste(read.nodes, { kind: 'into', groupId: member(before, 0).id }).check).toEqual({ ok: false, reason: 'group-into-or' });
    expect(store.getState().query).toBe(before);
    expect(store.getState().canUndo).toBe(false);
  });

  it('given ungroupEach and makeGroup, then each is one step, and undo gives back the query before it', () => {
    const store = storeOf({ and: [{ or: [clause('A'), clause('B')] }, clause('C')] });
    const start = store.getState().query;
    store.getState().ungroupEach(member(start, 0).id);
    expect(shape(store.getState().query)).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, 'C'] });
    const groupId = store.getState().makeGroup(member(start, 1).id);
    expect(groupId).toBeDefined();
    expect(shape(store.getState().query)).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, { or: ['C'] }] });
    store.getState().undo();
    expect(shape(store.getState().query)).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, 'C'] });
    store.getState().undo();
    expect(store.getState().query).toBe(start);
  });
});
