import type { AnyNode, ExpressionClause, Group, WhereGroup } from '../../src/query/ast';
import {
  createExpressionClause,
  createGroup,
  createTransitionClause,
  createWhereCondition,
  createWhereGroup,
} from '../../src/query/nodes';
import { addNode, duplicateNode, moveNode, removeNode, replaceNode, unwrapGroup, updateNode, wrapInGroup } from '../../src/query/ops';
import { findNode, findParent, walkQuery } from '../../src/query/walk';
import { createIdGenerator } from '../../src/query/ids';
import { cond, freshIds, op } from './builders';

// and[ or[A, B], C(where: or[w1, w2]), T ] with ids from one generator.
function sample() {
  const ids = freshIds();
  const a = createExpressionClause(ids, { event: 'A' });
  const b = createExpressionClause(ids, { event: 'B' });
  const or = createGroup(ids, 'or', [a, b]);
  const w1 = cond(ids, 'properties.x', op('contains', 'x'));
  const w2 = cond(ids, 'properties.y', op('contains', 'y'));
  const where = createWhereGroup(ids, 'or', [w1, w2]);
  const c = createExpressionClause(ids, { event: 'C', where });
  const t = createTransitionClause(ids, { segment: 1 });
  const query = createGroup(ids, 'and', [or, c, t]);
  return { ids, query, or, a, b, c, t, where, w1, w2 };
}
const events = (group: AnyNode | undefined) => (group as Group).children.map((child) => (child as ExpressionClause).event ?? child.kind);
const setEvent = (event: string) => (node: AnyNode) => (node.kind === 'expression' ? { ...node, event } : node);

describe('addNode', () => {
  it('given a group, when a clause is added with and without an index, then it lands there and the rest is shared', () => {
    const { ids, query, or, c } = sample();
    const added = addNode(query, or.id, createExpressionClause(ids, { event: 'N' }), 1);
    expect(events(findNode(added, or.id))).toEqual(['A', 'N', 'B']);
    expect((added as Group).children[1]).toBe(c);
    expect(events(findNode(addNode(query, or.id, createExpressionClause(ids, { event: 'Z' })), or.id))).toEqual(['A', 'B', 'Z']);
    expect(events(findNode(addNode(query, or.id, createExpressionClause(ids, { event: 'Y' }), 99), or.id))).toEqual(['A', 'B', 'Y']);
    expect(events(findNode(addNode(query, or.id, createExpressionClause(ids, { event: 'X' }), -4), or.id))).toEqual(['X', 'A', 'B']);
  });

  it('given a where group, a clause with an empty where and a function condition without where, when a where node is added, then it fills them', () => {
    const { ids, query, where, a } = sample();
    const w3 = createWhereCondition(ids, { property: 'properties.z' });
    expect((findNode(addNode(query, where.id, w3, 0), where.id) as WhereGroup).children[0]).toBe(w3);
    const filled = addNode(query, a.id, w3);
    expect((findNode(filled, a.id) as ExpressionClause).where).toBe(w3);
    const fn = cond(ids, 'properties.p', { kind: 'function', function: 'any', property: 'k', condition: op('equal_to', 1) });
    const withFn = addNode(query, a.id, fn);
    const inner = createWhereCondition(ids, { property: 'v' });
    expect(findParent(addNode(withFn, fn.id, inner), inner.id)?.id).toBe(fn.id);
  });

  it('given nodes that do not fit, when added, then the query is returned unchanged (===)', () => {
    const { ids, query, or, where, c, t } = sample();
    expect(addNode(query, 'nope', createExpressionClause(ids))).toBe(query);
    expect(addNode(query, or.id, createWhereCondition(ids))).toBe(query);
    expect(addNode(query, where.id, createExpressionClause(ids))).toBe(query);
    expect(addNode(query, c.id, createWhereCondition(ids))).toBe(query);
    expect(addNode(query, t.id, createWhereCondition(ids))).toBe(query);
    expect(addNode(query, or.id, createExpressionClause(() => c.id))).toBe(query);
    expect(addNode(query, or.id, null as unknown as AnyNode)).toBe(query);
  });
});

describe('removeNode', () => {
  it('given a clause, when removed, then its group loses it and the siblings are shared', () => {
    const { query, or, a, b } = sample();
    const next = removeNode(query, a.id);
    expect((findNode(next, or.id) as Group).children).toEqual([b]);
    expect((findNode(next, or.id) as Group).children[0]).toBe(b);
    expect(findNode(next, a.id)).toBeUndefined();
  });

  it('given the root or an unknown id, when removed, then the same query comes back', () => {
    const { query } = sample();
    expect(removeNode(query, query.id)).toBe(query);
    expect(removeNode(query, 'nope')).toBe(query);
  });

  it('given the only where node of a clause, when removed, then the where slot is gone', () => {
    const { query, c, where } = sample();
    const next = findNode(removeNode(query, where.id), c.id) as ExpressionClause;
    expect('where' in next).toBe(false);
    expect(next.event).toBe('C');
  });

  it('given a where condition in a where group, when removed, then only that condition goes', () => {
    const { query, where, w1, w2 } = sample();
    expect((findNode(removeNode(query, w1.id), where.id) as WhereGroup).children).toEqual([w2]);
  });
});

describe('updateNode and replaceNode', () => {
  it('given an updater that changes a clause, then only the spine is new and the rest keeps its identity', () => {
    const { query, or, a, b, c, t } = sample();
    const next = updateNode(query, a.id, setEvent('A2')) as Group;
    expect(next).not.toBe(query);
    expect((findNode(next, a.id) as ExpressionClause).event).toBe('A2');
    expect(findNode(next, or.id)).not.toBe(or);
    expect(findNode(next, b.id)).toBe(b);
    expect(next.children[1]).toBe(c);
    expect(next.children[2]).toBe(t);
  });

  it('given an updater returning the same node, an unknown id, a wrong layer or a repeated id, then the same query', () => {
    const { ids, query, a, b, w1 } = sample();
    expect(updateNode(query, a.id, (node) => node)).toBe(query);
    expect(updateNode(query, 'nope', setEvent('x'))).toBe(query);
    expect(updateNode(query, a.id, () => createWhereCondition(ids))).toBe(query);
    expect(updateNode(query, w1.id, () => createExpressionClause(ids))).toBe(query);
    expect(updateNode(query, a.id, (node) => ({ ...node, id: b.id }))).toBe(query);
    expect(updateNode(query, a.id, () => undefined as unknown as AnyNode)).toBe(query);
  });

  it('given the root, when replaced by a clause, then that clause is the new query', () => {
    const { ids, query } = sample();
    const clause = createExpressionClause(ids, { event: 'Only' });
    expect(replaceNode(query, query.id, clause)).toBe(clause);
  });

  it('given a 200-clause group, when one clause is updated, then every other clause object is the old one', () => {
    const ids = freshIds();
    const clauses = Array.from({ length: 200 }, (_, i) => createExpressionClause(ids, { event: `E${i}` }));
    const query = createGroup(ids, 'and', [createGroup(ids, 'or', clauses)]);
    const next = updateNode(query, clauses[57]!.id, setEvent('changed'));
    const after = ((next as Group).children[0] as Group).children;
    after.forEach((clause, i) => (i === 57 ? expect(clause).not.toBe(clauses[i]) : expect(clause).toBe(clauses[i])));
  });
});

describe('moveNode', () => {
  it('given a move within a group, then index is the final index after removal', () => {
    const { ids, query, or } = sample();
    const three = addNode(query, or.id, createExpressionClause(ids, { event: 'Z' }));
    const [a] = (findNode(three, or.id) as Group).children;
    expect(events(findNode(moveNode(three, a!.id, or.id, 2), or.id))).toEqual(['B', 'Z', 'A']);
    expect(events(findNode(moveNode(three, a!.id, or.id, 1), or.id))).toEqual(['B', 'A', 'Z']);
    expect(moveNode(three, a!.id, or.id, 0)).toBe(three);
  });

  it('given a move across groups, then the node leaves one and joins the other', () => {
    const { query, or, a, c } = sample();
    const next = moveNode(query, c.id, or.id, 1);
    expect(events(findNode(next, or.id))).toEqual(['A', 'C', 'B']);
    expect((next as Group).children.map((child) => child.kind)).toEqual(['group', 'transition']);
    expect(findNode(next, a.id)).toBe(a);
  });

  it('given a where condition, when moved into a clause with an empty where, then it fills the slot', () => {
    const { query, a, where, w1 } = sample();
    const next = moveNode(query, w1.id, a.id, 0);
    expect((findNode(next, a.id) as ExpressionClause).where).toBe(w1);
    expect((findNode(next, where.id) as WhereGroup).children).toHaveLength(1);
  });

  it('given moves into itself, into a descendant, across layers, of the root or of unknown ids, then the same query', () => {
    const { query, or, a, c, where, w1 } = sample();
    expect(moveNode(query, or.id, or.id, 0)).toBe(query);
    const nested = moveNode(query, c.id, or.id, 0);
    expect(moveNode(nested, or.id, or.id, 0)).toBe(nested);
    const deeper = wrapInGroup(query, a.id, 'and', () => 'inner');
    expect(moveNode(deeper, or.id, 'inner', 0)).toBe(deeper);
    expect(moveNode(query, w1.id, or.id, 0)).toBe(query);
    expect(moveNode(query, a.id, where.id, 0)).toBe(query);
    expect(moveNode(query, query.id, or.id, 0)).toBe(query);
    expect(moveNode(query, 'nope', or.id, 0)).toBe(query);
    expect(moveNode(query, a.id, 'nope', 0)).toBe(query);
    expect(moveNode(query, w1.id, c.id, 0)).toBe(query);
    expect(moveNode(query, where.id, c.id, 0)).toBe(query);
  });
});

describe('wrapInGroup, unwrapGroup, duplicateNode', () => {
  it('given a clause, when wrapped, then a new group holds it in its place; unwrapping restores the tree', () => {
    const { query, or, a } = sample();
    const wrapped = wrapInGroup(query, a.id, 'and', () => 'w');
    expect(findParent(wrapped, a.id)).toMatchObject({ kind: 'group', id: 'w', combinator: 'and' });
    expect(findParent(wrapped, 'w')?.id).toBe(or.id);
    expect(unwrapGroup(wrapped, 'w')).toEqual(query);
  });

  it('given the root and a where node, when wrapped, then the root becomes a group and the where node a where group', () => {
    const { query, where } = sample();
    expect(wrapInGroup(query, query.id, 'or', () => 'r')).toMatchObject({ id: 'r', children: [query] });
    expect(findNode(wrapInGroup(query, where.id, 'and', () => 'g'), 'g')).toMatchObject({ kind: 'where-group', children: [where] });
  });

  it('given a group with several members, an unknown id or a taken new id, then unwrap and wrap leave the query unchanged', () => {
    const { query, or, a, b } = sample();
    expect(unwrapGroup(query, or.id)).toBe(query);
    expect(unwrapGroup(query, a.id)).toBe(query);
    expect(wrapInGroup(query, 'nope', 'or', () => 'x')).toBe(query);
    expect(wrapInGroup(query, a.id, 'or', () => b.id)).toBe(query);
  });

  it('given a clause with a where tree, when duplicated, then a deep copy with fresh ids follows it', () => {
    const { query, c } = sample();
    const next = duplicateNode(query, c.id, createIdGenerator('copy'));
    const members = (next as Group).children;
    expect(members[1]).toBe(c);
    expect(members[2]).toMatchObject({ kind: 'expression', id: 'copy1', event: 'C', where: { id: 'copy2' } });
    const all: string[] = [];
    walkQuery(next, (node) => void all.push(node.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('given the root, a where slot node or an unknown id, when duplicated, then the same query', () => {
    const { query, where } = sample();
    const ids = createIdGenerator('d');
    expect(duplicateNode(query, query.id, ids)).toBe(query);
    expect(duplicateNode(query, where.id, ids)).toBe(query);
    expect(duplicateNode(query, 'nope', ids)).toBe(query);
  });
});
