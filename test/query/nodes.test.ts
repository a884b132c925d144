import {
  cloneWithNewIds,
  createEmptyQuery,
  createEngagedCompletionClause,
  createEngagedTimeClause,
  createEngagedViewsClause,
  createExpressionClause,
  createGroup,
  createInSegmentClause,
  createMembershipClause,
  createRawClause,
  createTransitionClause,
  createWhereCondition,
  createWhereGroup,
} from '../../src/query/nodes';
import { createIdGenerator } from '../../src/query/ids';
import { validateQuery } from '../../src/query/validate';
import { walkQuery } from '../../src/query/walk';
import { cmp, cond, freshIds, op } from './builders';

describe('node constructors', () => {
  it('given an id generator, when an expression clause is created, then it has a fresh id, no event yet and at least once', () => {
    const ids = freshIds();
    expect(createExpressionClause(ids)).toEqual({ kind: 'expression', id: 'n1', event: '', frequency: cmp('greater_than_or_equal_to', 1) });
    expect(createExpressionClause(ids, { event: 'Pageview' })).toMatchObject({ id: 'n2', event: 'Pageview' });
  });

  it('given createEmptyQuery, then it is an AND of one OR of one blank expression clause, whose only issue is the missing event', () => {
    const query = createEmptyQuery(freshIds());
    expect(query).toEqual({
      kind: 'group',
      id: 'n1',
      combinator: 'and',
      children: [{ kind: 'group', id: 'n2', combinator: 'or', children: [createExpressionClause(() => 'n3')] }],
    });
    expect(validateQuery(query).map((issue) => issue.code)).toEqual(['missing-event']);
  });

  it('given the other constructors, then their defaults are what the API documents, with blanks the validator asks for', () => {
    const ids = freshIds();
    expect(createEngagedTimeClause(ids).seconds).toEqual(cmp('greater_than_or_equal_to', 30));
    expect(createEngagedCompletionClause(ids).completion).toEqual(cmp('greater_than_or_equal_to', 0.5));
    expect(createEngagedViewsClause(ids)).toMatchObject({ times: cmp('greater_than_or_equal_to', 1), engagedTime: cmp('greater_than_or_equal_to', 30) });
    expect(createTransitionClause(ids)).toEqual({ kind: 'transition', id: 'n4', type: 'has_entered' });
    expect(createMembershipClause(ids)).toMatchObject({ type: 'in_second_party_segment', provider: '', segment: '' });
    expect(createInSegmentClause(ids, 42)).toEqual({ kind: 'in_segment', id: 'n6', segment: 42 });
    expect(createRawClause(ids, { a: 1 })).toEqual({ kind: 'raw', id: 'n7', json: { a: 1 } });
    expect(createWhereCondition(ids)).toEqual({ kind: 'where-condition', id: 'n8', property: '', condition: op('contains', '') });
    expect(createWhereGroup(ids, 'or')).toEqual({ kind: 'where-group', id: 'n9', combinator: 'or', children: [] });
    expect(createGroup(ids, 'and')).toEqual({ kind: 'group', id: 'n10', combinator: 'and', children: [] });
    expect(validateQuery(createTransitionClause(ids)).map((issue) => issue.code)).toEqual(['missing-field']);
    expect(validateQuery(createMembershipClause(ids)).map((issue) => issue.code)).toEqual(['missing-field', 'missing-field']);
    const blankWhere = createExpressionClause(ids, { event: 'E', where: createWhereCondition(ids) });
    expect(validateQuery(blankWhere).map((issue) => issue.code)).toEqual(['missing-field', 'invalid-operand']);
  });

  it('given a tree with where nodes and a function condition, when cloned with new ids, then every id is fresh and the shape is equal', () => {
    const ids = freshIds();
    const inner = cond(ids, 'value', op('list_contains', ['1']));
    const fn = cond(ids, 'properties.slot', { kind: 'function', function: 'any', property: 'key', condition: op('equal_to', 'p'), where: inner });
    const original = createGroup(ids, 'or', [createExpressionClause(ids, { event: 'E', where: createWhereGroup(ids, 'and', [fn]) }), createRawClause(ids, 1)]);
    const copy = cloneWithNewIds(original, createIdGenerator('c'));
    const idsOf = (node: typeof original) => {
      const out: string[] = [];
      walkQuery(node, (n) => void out.push(n.id));
      return out;
    };
    expect(idsOf(copy)).toHaveLength(idsOf(original).length);
    expect(idsOf(copy).filter((id) => idsOf(original).includes(id))).toEqual([]);
    const strip = (node: unknown) => JSON.parse(JSON.stringify(node, (key, value) => (key === 'id' ? undefined : value)));
    expect(strip(copy)).toEqual(strip(original));
  });
});
