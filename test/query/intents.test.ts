import fc from 'fast-check';
import type { AnyNode, ExpressionClause, Group, Query, WhereGroup } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { addClause, addGroup, duplicate, moveTo, remove, setCombinator, ungroup } from '../../src/query/intents';
import { NEW_CLAUSE_KINDS } from '../../src/query/newClause';
import { serializeQuery } from '../../src/serialize/serialize';
import { corpus } from '../fixtures/corpus';
import { eventsOf } from '../arrange/support';
import type { ArrangeTarget } from '../../src/query/arrange';
import { anyQueryArb, clausesOf, cnfArb, idsUnique, isAndOfOrs, nodesOf, parentGroupOf, parsed, queryNodesOf } from './queries';

const ids = () => createIdGenerator('new');
const cnf = (...groups: string[][]) => parsed({ and: groups.map((events) => ({ or: events.map((event) => ({ event })) })) });
const lone = () => parsed(corpus.find((entry) => entry.id === 'doc-01')!.query);
const member = (query: Query, ...at: number[]) => at.reduce<Query>((node, i) => (node as Group).children[i]!, query);
const shape = (query: Query) => eventsOf(serializeQuery(query));

describe('addClause', () => {
  it('given a group, when a clause is added, then it comes last and its id is returned', () => {
    const query = cnf(['A'], ['B']);
    const { query: next, id } = addClause(query, member(query, 1).id, 'transition', ids());
    expect(id).toBe('new1');
    expect(member(next, 1, 1)).toMatchObject({ id: 'new1', kind: 'transition' });
    expect(member(next, 0)).toBe(member(query, 0));
  });

  it('given a lone root clause, when a clause is added to it, then both sit in a new AND', () => {
    const query = lone();
    const { query: next, id } = addClause(query, query.id, 'expression', ids());
    expect(next).toMatchObject({ kind: 'group', id: 'new1', combinator: 'and', children: [query, { kind: 'expression', id: 'new2' }] });
    expect(id).toBe('new2');
  });

  it('given a clause that is a member of an AND, when a clause is added to it, then the two form an OR in its place', () => {
    const query = parsed({ and: [{ event: 'A' }, { or: [{ event: 'B' }] }] });
    const clause = member(query, 0);
    const { query: next, id } = addClause(query, clause.id, 'expression', ids());
    expect(shape(next)).toEqual(shape(parsed({ and: [{ or: [{ event: 'A' }, { event: '' }] }, { or: [{ event: 'B' }] }] })));
    expect(member(next, 0, 0)).toBe(clause);
    expect(member(next, 0, 1).id).toBe(id);
    expect(member(next, 1)).toBe(member(query, 1));
  });

  it('given a clause in an OR, a where node or an unknown id, then the same query and no id', () => {
    const query = parsed(corpus.find((entry) => entry.id === 'code-22')!.query);
    const where = nodesOf(query).find((node) => node.kind === 'where-group')!;
    for (const parentId of [member(query, 0, 0).id, where.id, 'nope']) {
      expect(addClause(query, parentId, 'expression', ids())).toEqual({ query, id: undefined });
      expect(addClause(query, parentId, 'expression', ids()).query).toBe(query);
    }
  });

  it('given any query and any clause or group, then exactly one clause more, of the kind asked, where it was asked, or the same query', () => {
    let added = 0;
    fc.assert(
      fc.property(anyQueryArb, fc.nat(), fc.constantFrom(...NEW_CLAUSE_KINDS), (query, at, kind) => {
        const nodes = queryNodesOf(query);
        const parent = nodes[at % nodes.length]!;
        const { query: next, id } = addClause(query, parent.id, kind, ids());
        const inAnd = parent.kind !== 'group' && parentGroupOf(query, parent.id)?.combinator === 'and';
        const fits = parent.kind === 'group' || parent === query || inAnd;
        if (!fits) {
          expect({ same: next === query, id }).toEqual({ same: true, id: undefined });
          return;
        }
        added++;
        expect(clausesOf(next)).toHaveLength(clausesOf(query).length + 1);
        const made = clausesOf(next).find((node) => node.id === id);
        expect(made?.kind).toBe(kind === 'raw' ? 'raw' : kind);
        if (inAnd) {
          // An alternative: the clause and the new one form an OR where the clause was.
          const or = parentGroupOf(next, id!);
          expect(or).toMatchObject({ kind: 'group', combinator: 'or' });
          expect(or!.children.map((child) => child.id)).toEqual([parent.id, id]);
          expect(parentGroupOf(next, or!.id)?.id).toBe(parentGroupOf(query, parent.id)?.id);
        } else {
          expect(parentGroupOf(next, id!)?.id).toBe(parent.kind === 'group' ? parent.id : next.id);
        }
        expect(idsUnique(next)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(added).toBeGreaterThan(50);
  });
});

describe('remove', () => {
  it('given the one clause of a nested group, then the group goes with it; given one of two, only the clause', () => {
    const query = cnf(['A'], ['B', 'C']);
    expect(shape(remove(query, member(query, 0, 0).id))).toEqual(shape(cnf(['B', 'C'])));
    expect(shape(remove(query, member(query, 1, 0).id))).toEqual(shape(cnf(['A'], ['C'])));
  });

  it('given the root, a top-level clause or an unknown id, then what removeNode does: the root stays, a member goes', () => {
    const query = parsed({ and: [{ event: 'A' }, { event: 'B' }] });
    expect(remove(query, query.id)).toBe(query);
    expect(remove(query, 'nope')).toBe(query);
    expect(shape(remove(query, member(query, 0).id))).toEqual(shape(parsed({ and: [{ event: 'B' }] })));
  });

  it('given any query and any node, then that node is gone and no nested group is left empty by it', () => {
    fc.assert(
      fc.property(cnfArb, fc.nat(), (query, at) => {
        const nodes = queryNodesOf(query).filter((node) => node !== query);
        fc.pre(nodes.length > 0);
        const target = nodes[at % nodes.length]!;
        const next = remove(query, target.id);
        expect(queryNodesOf(next).some((node) => node.id === target.id)).toBe(false);
        const emptied = queryNodesOf(next).filter((node) => node !== next && node.kind === 'group' && node.children.length === 0);
        const emptyBefore = queryNodesOf(query).filter((node) => node !== query && node.kind === 'group' && node.children.length === 0);
        expect(emptied.length).toBeLessThanOrEqual(emptyBefore.length);
        expect(idsUnique(next)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('addGroup', () => {
  it('given a kind, then the new group holds one new clause of that kind', () => {
    const query = cnf(['A']);
    const { query: next, id } = addGroup(query, query.id, ids(), 'transition');
    expect(member(next, 1)).toMatchObject({ id, kind: 'group', combinator: 'or', children: [{ kind: 'transition' }] });
  });

  it('given an AND root, then an OR group with one new expression clause comes last; an OR root gets an AND', () => {
    const query = cnf(['A']);
    const { query: next, id } = addGroup(query, query.id, ids());
    expect(member(next, 1)).toMatchObject({ id, kind: 'group', combinator: 'or', children: [{ kind: 'expression', event: '' }] });
    const or = parsed({ or: [{ event: 'A' }] });
    expect(member(addGroup(or, or.id, ids()).query, 1)).toMatchObject({ combinator: 'and' });
  });

  it('given a lone root clause, then it is wrapped in an AND and the new OR sits beside it', () => {
    const query = lone();
    const { query: next, id } = addGroup(query, query.id, ids());
    expect(next).toMatchObject({ combinator: 'and', children: [query, { id, combinator: 'or' }] });
  });

  it('given a group below the top level, a clause or an unknown id, then the same query: groups sit only at the top level', () => {
    const query = cnf(['A', 'B']);
    for (const parentId of [member(query, 0).id, member(query, 0, 0).id, 'nope']) expect(addGroup(query, parentId, ids()).query).toBe(query);
  });
});

describe('ungroup', () => {
  it('given an OR of one clause under the AND, then the clause takes its place', () => {
    const query = cnf(['A'], ['B', 'C']);
    expect(shape(ungroup(query, member(query, 0).id))).toEqual({ and: ['A', { or: ['B', 'C'] }] });
  });

  it('given an OR of several clauses under the AND, then the same query: spreading them would turn OR into AND', () => {
    const query = cnf(['A'], ['B', 'C']);
    expect(ungroup(query, member(query, 1).id)).toBe(query);
  });

  it('given a group that combines like its parent, then its members take its place in order', () => {
    const query = parsed({ or: [{ event: 'A' }, { or: [{ event: 'B' }, { event: 'C' }] }, { event: 'D' }] });
    expect(shape(ungroup(query, member(query, 1).id))).toEqual({ or: ['A', 'B', 'C', 'D'] });
  });

  it('given an empty group, then it goes; given the root, a clause or an unknown id, then the same query', () => {
    const query = parsed({ and: [{ or: [] }, { or: [{ event: 'A' }, { event: 'B' }] }] });
    expect(shape(ungroup(query, member(query, 0).id))).toEqual({ and: [{ or: ['A', 'B'] }] });
    for (const id of [query.id, member(query, 1, 0).id, 'nope']) expect(ungroup(query, id)).toBe(query);
  });

  it('given a where group of one condition in a clause, then the condition fills the slot', () => {
    const query = parsed({ event: 'A', where: { and: [{ property: 'p', condition: { contains: 'x' } }] } });
    const group = (query as ExpressionClause).where as WhereGroup;
    expect((ungroup(query, group.id) as ExpressionClause).where).toBe(group.children[0]);
  });
});

describe('duplicate', () => {
  it('given a clause in a group, then a copy with fresh ids follows it and its id is returned', () => {
    const query = cnf(['A', 'B']);
    const { query: next, id } = duplicate(query, member(query, 0, 0).id, ids());
    expect(shape(next)).toEqual({ and: [{ or: ['A', 'A', 'B'] }] });
    expect(member(next, 0, 1).id).toBe(id);
    expect(idsUnique(next)).toBe(true);
  });

  it('given a lone root clause, then it is wrapped in an AND beside its copy; given the root group or an unknown id, then the same query', () => {
    const query = lone();
    const { query: next, id } = duplicate(query, query.id, ids());
    expect(next).toMatchObject({ combinator: 'and', children: [query, { id, event: (query as ExpressionClause).event }] });
    const group = cnf(['A']);
    expect(duplicate(group, group.id, ids())).toEqual({ query: group, id: undefined });
    expect(duplicate(group, 'nope', ids()).query).toBe(group);
  });
});

describe('moveTo and setCombinator', () => {
  it('given a refused move, then the same query and the reason; given an allowed one, then the moved query and ok', () => {
    const query = cnf(['A'], ['B']);
    expect(moveTo(query, member(query, 1).id, { parentId: member(query, 0).id, index: 0 }, ids())).toEqual({ query, check: { ok: false, reason: 'group-into-or' } });
    const moved = moveTo(query, member(query, 1, 0).id, { parentId: member(query, 0).id, index: 0 }, ids());
    expect(moved.check).toEqual({ ok: true });
    expect(shape(moved.query)).toEqual({ and: [{ or: ['B', 'A'] }] });
  });

  it('given a group, then its combinator switches; the same combinator or a clause leaves the same query', () => {
    const query = cnf(['A', 'B']);
    expect(member(setCombinator(query, member(query, 0).id, 'and'), 0)).toMatchObject({ combinator: 'and' });
    expect(setCombinator(query, member(query, 0).id, 'or')).toBe(query);
    expect(setCombinator(query, member(query, 0, 0).id, 'and')).toBe(query);
  });
});

describe('moveTo under random moves', () => {
  const moveArb = fc.record({ at: fc.nat(), to: fc.nat(), index: fc.nat(), anyNode: fc.boolean(), newGroup: fc.boolean() });

  // Targets name a group of the query (or any node, or a new group), with an index the group can end up at.
  function targetOf(query: Query, node: AnyNode, move: typeof moveArb extends fc.Arbitrary<infer T> ? T : never): ArrangeTarget {
    if (move.newGroup && move.index % 4 === 0) return { newGroup: true };
    const groups = queryNodesOf(query).filter((n) => n.kind === 'group');
    const pool = move.anyNode || groups.length === 0 ? nodesOf(query) : groups;
    const to = pool[move.to % pool.length]!;
    const members = to.kind === 'group' ? to.children.filter((child) => child.id !== node.id).length : 0;
    return { parentId: to.id, index: move.index % (members + 1) };
  }

  it('given any query and moves, then none throws, the query changes iff the move is allowed and goes somewhere new, and an AND of ORs stays one', () => {
    const seen = { refused: 0, moved: 0, stayed: 0 };
    fc.assert(
      fc.property(fc.oneof(cnfArb, anyQueryArb), fc.array(moveArb, { minLength: 1, maxLength: 8 }), (start, moves) => {
        const made = createIdGenerator('m');
        let query = start;
        for (const move of moves) {
          const nodes = move.anyNode ? nodesOf(query) : queryNodesOf(query);
          const node = nodes[move.at % nodes.length]!;
          const target = targetOf(query, node, move);
          const { query: next, check } = moveTo(query, node.id, target, made);
          const from = parentGroupOf(query, node.id);
          const stays = !('newGroup' in target) && from?.id === target.parentId && from.children.indexOf(node as never) === target.index;
          expect(next === query).toBe(!check.ok || stays);
          if (isAndOfOrs(query)) expect(isAndOfOrs(next)).toBe(true);
          expect(idsUnique(next)).toBe(true);
          if (check.ok) expect(nodesOf(next)).toContain(node);
          seen[!check.ok ? 'refused' : stays ? 'stayed' : 'moved']++;
          query = next;
        }
      }),
      { numRuns: 300 },
    );
    // The property cannot pass by refusing everything, nor by never trying a no-op.
    expect(seen.moved).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.stayed).toBeGreaterThan(10);
  });
});
