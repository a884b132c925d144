import type { ExpressionClause, Query } from '../../src/query/ast';
import { createExpressionClause, createWhereGroup, type NodeFields } from '../../src/query/nodes';
import { validateQuery } from '../../src/query/validate';
import { cond, freshIds, op } from './builders';

const errors = (query: Query) => validateQuery(query).filter((issue) => issue.severity === 'error');
const pageview = (ids: () => string, fields: NodeFields<ExpressionClause> = {}) => createExpressionClause(ids, { event: 'Pageview', ...fields });

describe('validateQuery errors in where conditions', () => {
  it('given between operands that are not a range, when validated, then invalid-operand; a reversed range is between-order', () => {
    const ids = freshIds();
    const bad = cond(ids, 'properties.total', op('between', [50, 200]));
    const missingEnd = cond(ids, 'properties.total', op('between', { start: 50 }));
    const reversed = cond(ids, 'properties.total', op('between', { start: 200, end: 50 }));
    const clause = pageview(ids, { where: createWhereGroup(ids, 'and', [bad, missingEnd, reversed]) });
    const found = errors(clause);
    expect(found.map((issue) => [issue.code, issue.path, issue.nodeId])).toEqual([
      ['invalid-operand', ['where', 'and', 0, 'condition', 'between'], bad.id],
      ['invalid-operand', ['where', 'and', 1, 'condition', 'between'], missingEnd.id],
      ['between-order', ['where', 'and', 2, 'condition', 'between'], reversed.id],
    ]);
    expect(found[0]!.message).toMatch(/start and an end number, such as \{"start": 50, "end": 200\}/);
    expect(found[2]!.message).toBe('The range starts at 200 but ends at 50, before it starts; swap the two numbers.');
  });

  it.each([
    ['contains', 5, /needs a text or a list of texts/],
    ['contains', ['a', 1], /needs a text or a list of texts/],
    ['contains', '', /Enter the text/],
    ['contains', [], /list of values .* is empty; add at least one value/],
    ['does_not_contain', { a: 1 }, /needs a text or a list of texts/],
    ['list_contains', 'rugby', /needs a list of texts/],
    ['list_contains', [1, 2], /needs a list of texts/],
    ['list_does_not_contain', true, /needs a list of texts/],
    ['equal_to', true, /needs a text or a number, or a list of them/],
    ['equal_to', [null], /needs a text or a number, or a list of them/],
    ['not_equal_to', { a: 1 }, /needs a text or a number/],
    ['boolean_equal_to', 'true', /needs true or false/],
    ['greater_than', '5', /needs a number, such as 100/],
    ['less_than_or_equal_to', null, /needs a number/],
  ])('given %s with operand %j, when validated, then invalid-operand at the operator', (operator, operand, message) => {
    const ids = freshIds();
    const condition = cond(ids, 'properties.x', op(operator, operand));
    const found = errors(pageview(ids, { where: condition }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'invalid-operand', path: ['where', 'condition', operator], nodeId: condition.id });
    expect(found[0]!.message).toMatch(message);
  });

  it.each([
    ['contains', 'football'],
    ['contains', [' rugby ', 'Six Nations']],
    ['equal_to', 'golf'],
    ['equal_to', 5],
    ['equal_to', ['golf', 3]],
    ['list_contains', ['/sports/rugby']],
    ['boolean_equal_to', false],
    ['greater_than', 0],
    ['between', { start: 1, end: 1 }],
    ['float_equal_to', 'anything'],
    ['date_between', 42],
  ])('given %s with operand %j, when validated, then no error', (operator, operand) => {
    const ids = freshIds();
    expect(errors(pageview(ids, { where: cond(ids, 'properties.x', op(operator, operand)) }))).toEqual([]);
  });

  it('given a where condition or function condition with no property, when validated, then missing-field at its property', () => {
    const ids = freshIds();
    const fn = cond(ids, 'properties.products', { kind: 'function', function: 'any', property: ' ', condition: op('equal_to', 'x') });
    const blank = cond(ids, '', op('contains', 'x'));
    const found = errors(pageview(ids, { where: createWhereGroup(ids, 'or', [blank, fn]) }));
    expect(found.map((issue) => [issue.code, issue.path, issue.nodeId])).toEqual([
      ['missing-field', ['where', 'or', 0, 'property'], blank.id],
      ['missing-field', ['where', 'or', 1, 'condition', 'property'], fn.id],
    ]);
    expect(found[0]!.message).toBe('Choose the property this condition tests, such as properties.client.url.');
  });

  it('given operand errors inside a function condition and its where, when validated, then paths go through condition and where', () => {
    const ids = freshIds();
    const inner = cond(ids, 'value', op('list_contains', 'x'));
    const fn = cond(ids, 'properties.slot.targeting_keys', {
      kind: 'function',
      function: 'any',
      property: 'key',
      condition: op('equal_to', true),
      where: inner,
    });
    expect(errors(pageview(ids, { where: fn })).map((issue) => [issue.path, issue.nodeId])).toEqual([
      [['where', 'condition', 'condition', 'equal_to'], fn.id],
      [['where', 'condition', 'where', 'condition', 'list_contains'], inner.id],
    ]);
  });
});
