import fc from 'fast-check';
import type { QueryNode } from '../../src/query/ast';
import { WireComparison, WireCondition, WireWhere, WireWhereCondition, WireWindow } from '../../src/schema/where';
import { WireClause, WireQuery } from '../../src/schema/wire';
import { parseQuery } from '../../src/serialize/parse';
import { serializeQuery } from '../../src/serialize/serialize';
import { corpus } from '../fixtures/corpus';
import { jsonObjectArb, queryArb } from '../serialize/arbitraries';
import { containsRaw } from '../serialize/compare';
import { mutatedCorpusArb } from '../serialize/mutations';

// The parser keeps a property clause (S) raw, for want of a node kind; the schema accepts it.
function typedButPropertyClauses(node: QueryNode | undefined): boolean {
  if (node === undefined) return false;
  if (node.kind === 'raw') return WireWhereCondition.safeParse(node.json).success;
  if (node.kind === 'group') return node.children.every(typedButPropertyClauses);
  return !containsRaw(node);
}

describe('WireQuery', () => {
  it.each(corpus.map((entry) => [entry.id, entry] as const))('given the corpus query %s, then it passes', (_, entry) => {
    expect(WireQuery.safeParse(entry.query).success).toBe(true);
  });

  // The schema and the parser agree: a query passes exactly when it parses without raw nodes.
  it('given a serialized generated AST, then it passes exactly when it parses without raw nodes (property clauses aside)', () => {
    fc.assert(
      fc.property(queryArb, (ast) => {
        const json = serializeQuery(ast);
        expect(WireQuery.safeParse(json).success).toBe(typedButPropertyClauses(parseQuery(json).query));
      }),
      { numRuns: 2_000 },
    );
  });

  it('given a typed-only generated AST, then its JSON passes', () => {
    const typed = queryArb.filter((ast) => !containsRaw(ast));
    fc.assert(fc.property(typed, (ast) => void expect(WireQuery.safeParse(serializeQuery(ast)).success).toBe(true)), { numRuns: 1_000 });
  });

  it('given arbitrary JSON or a mutated corpus query, then the schema still agrees with the parser', () => {
    fc.assert(
      fc.property(fc.oneof(jsonObjectArb, mutatedCorpusArb), (json) => {
        expect(WireQuery.safeParse(json).success).toBe(typedButPropertyClauses(parseQuery(json).query));
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['a comparison with two operators', { event: 'Pageview', frequency: { greater_than: 1, less_than: 3 } }],
    ['an event that is a number', { event: 7 }],
    ['a rolling window with a string value', { event: 'Pageview', during: { the_last: { value: '30', unit: 'days' } } }],
    ['a transition with a string segment', { has_entered: { segment: '1234' } }],
    ['a wrapper clause with a sibling key', { has_entered: { segment: 1 }, note: 'x' }],
    ['a group with both and and or', { and: [], or: [] }],
    ['a group holding a string', { or: ['Pageview'] }],
    ['an unknown clause kind', { visited_domain: 'example.com' }],
    ['a where with no condition', { event: 'Pageview', where: { property: 'properties.a' } }],
  ])('given %s, then it fails', (_, json) => {
    expect(WireQuery.safeParse(json).success).toBe(false);
  });
});

describe('the value schemas', () => {
  it('given comparisons, then exactly one numeric operator passes', () => {
    expect(WireComparison.safeParse({ greater_than_or_equal_to: 1 }).success).toBe(true);
    expect(WireComparison.safeParse({ at_least: 1 }).success).toBe(true);
    expect(WireComparison.safeParse({}).success).toBe(false);
    expect(WireComparison.safeParse({ equal_to: '1' }).success).toBe(false);
  });

  it('given windows, then the rolling window and this_session pass', () => {
    expect(WireWindow.safeParse({ the_last: { value: 30, unit: 'days' } }).success).toBe(true);
    expect(WireWindow.safeParse('this_session').success).toBe(true);
    expect(WireWindow.safeParse('all_time').success).toBe(false);
    expect(WireWindow.safeParse({ the_last: { value: 30, unit: 'days', tz: 'UTC' } }).success).toBe(false);
  });

  it('given conditions, then operator, presence and function forms pass', () => {
    expect(WireCondition.safeParse({ list_contains: ['a', 'b'] }).success).toBe(true);
    expect(WireCondition.safeParse('is_empty').success).toBe(true);
    expect(WireCondition.safeParse({ function: 'any', property: 'key', condition: { equal_to: 'x' } }).success).toBe(true);
    expect(WireCondition.safeParse({ function: 'any' }).success).toBe(false);
    expect(WireCondition.safeParse({ contains: 'a', equal_to: 'b' }).success).toBe(false);
  });

  it('given where trees, then nested groups pass and extra keys are allowed', () => {
    const where = { and: [{ property: 'properties.a', condition: { contains: 'x' }, note: 1 }, { or: [] }] };
    expect(WireWhere.safeParse(where).success).toBe(true);
    expect(WireWhere.safeParse({ and: [{ property: 1, condition: 'is_empty' }] }).success).toBe(false);
  });

  it('given each clause kind, then WireClause accepts it', () => {
    for (const clause of [
      { event: 'Pageview' },
      { engaged_time: { seconds: { greater_than: 30 } } },
      { engaged_completion: { completion: { greater_than: 0.6 } } },
      { engaged_views: { times: { greater_than_or_equal_to: 3 }, engaged_time: { greater_than_or_equal_to: 30 } } },
      { has_not_exited: { segment: 12 } },
      { not_in_connections_import_segment: { field_name: 'tier', value: 'gold' } },
      { in_segment: 'cohort-id' },
    ]) {
      expect(WireClause.safeParse(clause).success).toBe(true);
    }
  });
});
