import type { Condition, Query } from '../../src/query/ast';
import { describeNode, describeQuery } from '../../src/query/describe';
import { propertyLabel } from '../../src/query/describe-where';
import { createIdGenerator } from '../../src/query/ids';
import {
  createEngagedCompletionClause,
  createEngagedTimeClause,
  createEngagedViewsClause,
  createExpressionClause,
  createGroup,
  createInSegmentClause,
  createMembershipClause,
  createRawClause,
  createTheLastWindow,
  createTransitionClause,
  createWhereGroup,
} from '../../src/query/nodes';
import { parseQuery } from '../../src/serialize/parse';
import { corpus } from '../fixtures/corpus';
import { cmp, cond, freshIds, op } from './builders';

const sentenceOf = (id: string) => {
  const entry = corpus.find((candidate) => candidate.id === id)!;
  return describeQuery(parseQuery(entry.query, { idGenerator: createIdGenerator() }).query as Query);
};
const ids = freshIds();
const onUrl = (condition: Condition) => describeNode(cond(ids, 'properties.client.url', condition));

describe('describeQuery on corpus queries', () => {
  it('given doc-01, then one clause reads with its count, window and where', () => {
    expect(sentenceOf('doc-01')).toBe('Users who did Pageview at least 2 times in the last 30 days where URL contains "football".');
  });

  it('given inf-03, then the nested OR is in parentheses and equal_to 0 reads as "did not do"', () => {
    expect(sentenceOf('inf-03')).toBe(
      'Users who (did Pageview at least 2 times where URL contains "football", or did Pageview at least once where page title contains "London"), and did not do Pageview where domain is "example.com".',
    );
  });

  it('given code-14, then the function condition reads as "any item of ... has ..."', () => {
    expect(sentenceOf('code-14')).toBe(
      'Users who did GamLogSlotClicked exactly once where any item of slot.targeting_keys has key "permutive" and value including any of "12345", "23456".',
    );
  });

  it('given code-24, then transitions and a membership join with ", or"', () => {
    expect(sentenceOf('code-24')).toBe(
      'Users who entered cohort 1234 in the last 30 days, or entered cohort 1235 in the last 30 days, or are in second-party segment subscribers_gold from acme_crm.',
    );
  });

  it('given code-13 inside a group, then its where group sits in parentheses so its "and" is not the group\'s', () => {
    const query = createGroup(ids, 'or', [
      createExpressionClause(ids, { event: 'LinkClick', where: createWhereGroup(ids, 'and', [cond(ids, 'properties.a', op('contains', 'x')), cond(ids, 'properties.b', op('contains', 'y'))]) }),
      createExpressionClause(ids, { event: 'Pageview' }),
    ]);
    expect(describeQuery(query)).toBe('Users who did LinkClick at least once where (a contains "x" and b contains "y"), or did Pageview at least once.');
  });

  it('given every corpus query, then the sentence is one plain line without markup', () => {
    for (const entry of corpus) {
      const sentence = sentenceOf(entry.id);
      expect(sentence).toMatch(/^Users who .+\.$/);
      expect(sentence).not.toMatch(/[<>\n]/);
    }
  });
});

describe('describeNode per node kind', () => {
  it.each([
    ['greater_than_or_equal_to', 2, 'did Pageview at least 2 times'],
    ['greater_than', 1, 'did Pageview more than once'],
    ['equal_to', 3, 'did Pageview exactly 3 times'],
    ['less_than_or_equal_to', 1, 'did Pageview at most once'],
    ['less_than', 5, 'did Pageview fewer than 5 times'],
    ['equal_to', 0, 'did not do Pageview'],
  ])('given frequency %s %s, then it reads "%s"', (operator, value, text) => {
    expect(describeNode(createExpressionClause(ids, { event: 'Pageview', frequency: cmp(operator, value) }))).toBe(text);
  });

  it('given windows and blanks, then "in this session", "in the last day", nothing for all time, and placeholders', () => {
    expect(describeNode(createExpressionClause(ids, { event: 'E', during: { kind: 'this_session' } }))).toBe('did E at least once in this session');
    expect(describeNode(createExpressionClause(ids, { event: 'E', during: createTheLastWindow(1, 'days') }))).toBe('did E at least once in the last day');
    expect(describeNode(createExpressionClause(ids, { event: 'E', during: createTheLastWindow(24, 'hours') }))).toBe('did E at least once in the last 24 hours');
    expect(describeNode(createExpressionClause(ids, { frequency: undefined }))).toBe('did an event not yet chosen');
  });

  it.each<[Condition, string]>([
    [op('contains', 'football'), 'URL contains "football"'],
    [op('contains', ['a', 'b']), 'URL contains any of "a", "b"'],
    [op('does_not_contain', ['a', 'b']), 'URL contains none of "a", "b"'],
    [op('equal_to', 'x'), 'URL is "x"'],
    [op('not_equal_to', 3), 'URL is not 3'],
    [op('list_contains', ['a']), 'URL includes "a"'],
    [op('list_does_not_contain', ['a', 'b']), 'URL includes none of "a", "b"'],
    [op('greater_than', 5), 'URL is more than 5'],
    [op('less_than_or_equal_to', 5), 'URL is at most 5'],
    [op('between', { start: 50, end: 200 }), 'URL is between 50 and 200'],
    [op('boolean_equal_to', true), 'URL is true'],
    [op('date_equal_to', '2024-01-01'), 'URL is on "2024-01-01"'],
    [op('shiny_new', 1), 'URL meets the condition shiny_new 1'],
    [{ kind: 'presence', operator: 'is_empty' }, 'URL is empty'],
    [{ kind: 'presence', operator: 'is_not_empty' }, 'URL is not empty'],
    [{ kind: 'raw', json: 5 }, 'URL meets a condition the library does not recognise'],
  ])('given condition %j, then it reads %j', (condition, text) => {
    expect(onUrl(condition)).toBe(text);
  });

  it('given function conditions, then any, all and aggregates read clearly', () => {
    const fn = (name: string) => describeNode(cond(ids, 'properties.products', { kind: 'function', function: name, property: 'price', condition: op('greater_than_or_equal_to', 100) }));
    expect(fn('any')).toBe('any item of products has price at least 100');
    expect(fn('all')).toBe('every item of products has price at least 100');
    expect(fn('sum')).toBe('the sum of price over the items of products is at least 100');
  });

  it('given engagement clauses, then time, completion as a percentage and views read naturally', () => {
    expect(describeNode(createEngagedTimeClause(ids, { seconds: cmp('greater_than_or_equal_to', 120), where: cond(ids, 'properties.client.url', op('contains', 'dogs')), during: createTheLastWindow(7) }))).toBe(
      'spent at least 120 seconds engaged in the last 7 days on pages where URL contains "dogs"',
    );
    expect(describeNode(createEngagedCompletionClause(ids, { completion: cmp('greater_than_or_equal_to', 0.4) }))).toBe('scrolled at least 40% of the page');
    expect(describeNode(createEngagedCompletionClause(ids, { completion: cmp('greater_than', 0.07) }))).toBe('scrolled more than 7% of the page');
    expect(describeNode(createEngagedViewsClause(ids, { times: cmp('greater_than_or_equal_to', 3), during: createTheLastWindow(14) }))).toBe(
      'had at least 3 page views with at least 30 seconds engaged each in the last 14 days',
    );
  });

  it('given transitions, memberships, in_segment and raw clauses, then each reads as a phrase', () => {
    expect(describeNode(createTransitionClause(ids, { segment: 1234, during: createTheLastWindow(30) }))).toBe('entered cohort 1234 in the last 30 days');
    expect(describeNode(createTransitionClause(ids, { type: 'has_not_exited', segment: 9 }))).toBe('did not exit cohort 9');
    expect(describeNode(createTransitionClause(ids))).toBe('entered cohort (no cohort code yet)');
    expect(describeNode(createMembershipClause(ids, { type: 'in_third_party_segment', provider: 'nielsen', segment: 'female_25_34' }))).toBe(
      'is in third-party segment female_25_34 from nielsen',
    );
    expect(describeNode(createMembershipClause(ids, { type: 'not_in_second_party_segment', provider: 'crm', segment: 7 }))).toBe('is not in second-party segment 7 from crm');
    expect(describeNode(createMembershipClause(ids, { type: 'in_connections_import_segment', provider: undefined, segment: undefined, fieldName: 'email', value: 'a' }))).toBe(
      'is in the connections import where email is "a"',
    );
    expect(describeNode(createInSegmentClause(ids, 42))).toBe('is in cohort 42');
    expect(describeNode(createRawClause(ids, { x: 1 }))).toBe('matches a clause the library does not recognise');
    expect(describeQuery(createRawClause(ids, { x: 1 }))).toBe('Users who match a clause the library does not recognise.');
  });

  it('given groups, then empty, single-member and nested groups read clearly', () => {
    expect(describeQuery(createGroup(ids, 'and'))).toBe('Users who match an empty group.');
    expect(describeQuery(createGroup(ids, 'or', [createInSegmentClause(ids, 1)]))).toBe('Users who are in cohort 1.');
    const nested = createGroup(ids, 'and', [createGroup(ids, 'or', [createInSegmentClause(ids, 1), createInSegmentClause(ids, 2)]), createInSegmentClause(ids, 3)]);
    expect(describeQuery(nested)).toBe('Users who (are in cohort 1, or are in cohort 2), and are in cohort 3.');
  });
});

describe('property labels', () => {
  it('given the defaults, then URL and page title have labels and other paths lose "properties."', () => {
    expect(propertyLabel('properties.client.url')).toBe('URL');
    expect(propertyLabel('properties.client.title')).toBe('page title');
    expect(propertyLabel('properties.article.tags')).toBe('article.tags');
    expect(propertyLabel('url')).toBe('url');
  });

  it('given custom labels and a subject, then they are used', () => {
    const options = { propertyLabels: { 'properties.article.tags': 'article tags', 'properties.client.url': 'page address' }, subject: 'Readers' };
    const query = createExpressionClause(ids, { event: 'Pageview', where: createWhereGroup(ids, 'or', [cond(ids, 'properties.article.tags', op('list_contains', ['golf'])), cond(ids, 'properties.client.url', op('contains', 'golf'))]) });
    expect(describeQuery(query, options)).toBe('Readers who did Pageview at least once where article tags includes "golf" or page address contains "golf".');
  });
});

describe('placeholders and units', () => {
  it('given an empty list, a range without its end and a blank cohort code, then a placeholder says what is missing', () => {
    expect(onUrl(op('contains', []))).toBe('URL contains any of (no values yet)');
    expect(onUrl(op('between', { start: 50 }))).toBe('URL is between 50 and (no value yet)');
    expect(describeNode(createInSegmentClause(ids, ''))).toBe('is in cohort (no cohort code yet)');
    expect(describeQuery(createInSegmentClause(ids, ' '))).toBe('Users who are in cohort (no cohort code yet).');
  });

  it('given a unit spelled in the singular, then it reads in the plural for counts other than 1; an unknown unit reads as it came', () => {
    const during = (value: number, unit: string) => describeNode(createExpressionClause(ids, { event: 'E', during: createTheLastWindow(value, unit) }));
    expect(during(30, 'day')).toBe('did E at least once in the last 30 days');
    expect(during(1, 'day')).toBe('did E at least once in the last day');
    expect(during(1, 'weeks')).toBe('did E at least once in the last week');
    expect(during(2, 'fortnights')).toBe('did E at least once in the last 2 fortnights');
    expect(during(1, 'fortnights')).toBe('did E at least once in the last fortnight');
  });
});
