import type { ExpressionClause, JsonValue, Query } from '../../src/query/ast';
import {
  createEngagedCompletionClause,
  createEngagedTimeClause,
  createEngagedViewsClause,
  createExpressionClause,
  createGroup,
  createInSegmentClause,
  createMembershipClause,
  createRawClause,
  createRawWhere,
  createTheLastWindow,
  createTransitionClause,
  type NodeFields,
} from '../../src/query/nodes';
import { validateQuery } from '../../src/query/validate';
import { cmp, cond, freshIds, op } from './builders';

const warnings = (query: Query) => validateQuery(query).filter((issue) => issue.severity === 'warning');
const pageview = (ids: () => string, fields: NodeFields<ExpressionClause> = {}) => createExpressionClause(ids, { event: 'Pageview', ...fields });
const brief = (query: Query) => warnings(query).map((issue) => [issue.code, issue.path]);

describe('validateQuery warnings', () => {
  it('given less_than and less_than_or_equal_to as a frequency, when validated, then unverified-form suggests equal_to 0', () => {
    const ids = freshIds();
    const clause = pageview(ids, { frequency: cmp('less_than', 5) });
    expect(warnings(clause)).toEqual([
      {
        severity: 'warning',
        code: 'unverified-form',
        path: ['frequency', 'less_than'],
        message:
          'The operator "less_than" is not documented by Permutive and has not been seen working with the Cohorts API, so the API may reject it or read it differently. To say "never", use exactly 0 times (equal_to 0); otherwise check the cohort in the Permutive dashboard after saving.',
        nodeId: clause.id,
      },
    ]);
    expect(brief(pageview(ids, { frequency: cmp('less_than_or_equal_to', 2) }))).toEqual([['unverified-form', ['frequency', 'less_than_or_equal_to']]]);
  });

  it('given the D and O comparison operators, when validated, then no warning', () => {
    const ids = freshIds();
    for (const operator of ['greater_than_or_equal_to', 'greater_than', 'equal_to']) {
      expect(warnings(pageview(ids, { frequency: cmp(operator, 1) }))).toEqual([]);
    }
  });

  it('given an unknown comparison operator, when validated, then unknown-operator at it', () => {
    const clause = createEngagedTimeClause(freshIds(), { seconds: cmp('at_least', 3) });
    const [issue] = warnings(clause);
    expect(issue).toMatchObject({ code: 'unknown-operator', path: ['engaged_time', 'seconds', 'at_least'], nodeId: clause.id });
    expect(issue!.message).toMatch(/"at_least" is not one the library knows; it is kept as it is\. Use greater_than_or_equal_to/);
  });

  it('given "this_session", when validated, then unverified-form at during', () => {
    const ids = freshIds();
    expect(brief(pageview(ids, { during: { kind: 'this_session' } }))).toEqual([['unverified-form', ['during']]]);
  });

  it('given S units, when validated, then unverified-form at the unit; an unknown unit is unknown-window; days is fine', () => {
    const ids = freshIds();
    for (const unit of ['hours', 'minutes', 'weeks', 'months', 'week']) {
      expect(brief(pageview(ids, { during: createTheLastWindow(2, unit) }))).toEqual([['unverified-form', ['during', 'the_last', 'unit']]]);
    }
    const [unknown] = warnings(pageview(ids, { during: createTheLastWindow(2, 'fortnights') }));
    expect(unknown).toMatchObject({ code: 'unknown-window', path: ['during', 'the_last', 'unit'] });
    expect(unknown!.message).toMatch(/Use "days"/);
    expect(warnings(pageview(ids, { during: createTheLastWindow(30, 'days') }))).toEqual([]);
  });

  it('given S transition types, when validated, then unverified-form at the clause', () => {
    const ids = freshIds();
    for (const type of ['has_exited', 'has_not_entered', 'has_not_exited'] as const) {
      const clause = createTransitionClause(ids, { type, segment: 1 });
      expect(warnings(clause)).toEqual([expect.objectContaining({ code: 'unverified-form', path: [], nodeId: clause.id, message: expect.stringContaining(`"${type}"`) })]);
    }
    expect(warnings(createTransitionClause(ids, { segment: 1 }))).toEqual([]);
  });

  it('given a negated transition, then its warning never advises has_entered, which would mean the opposite', () => {
    const ids = freshIds();
    for (const type of ['has_not_entered', 'has_not_exited'] as const) {
      const [warning] = warnings(createTransitionClause(ids, { type, segment: 1 }));
      expect(warning!.message).not.toMatch(/use has_entered/i);
      expect(warning!.message).toMatch(/check in the Permutive dashboard/);
    }
  });

  it('given S membership types and in_segment, when validated, then unverified-form at each clause', () => {
    const ids = freshIds();
    const query = createGroup(ids, 'or', [
      createMembershipClause(ids, { type: 'not_in_second_party_segment', provider: 'a', segment: 'b' }),
      createMembershipClause(ids, { type: 'not_in_third_party_segment', provider: 'a', segment: 3 }),
      createMembershipClause(ids, { type: 'in_connections_import_segment', provider: 'a', segment: undefined }),
      createInSegmentClause(ids, 42),
      createMembershipClause(ids, { type: 'in_third_party_segment', provider: 'a', segment: 'b' }),
    ]);
    expect(brief(query)).toEqual([
      ['unverified-form', ['or', 0]],
      ['unverified-form', ['or', 1]],
      ['unverified-form', ['or', 2]],
      ['unverified-form', ['or', 3]],
    ]);
  });

  it('given engaged_views, when validated, then unverified-form at the clause', () => {
    const clause = createEngagedViewsClause(freshIds());
    expect(warnings(clause)).toEqual([
      expect.objectContaining({ code: 'unverified-form', path: [], message: expect.stringMatching(/^The engaged_views clause is not documented/) }),
    ]);
  });

  it('given engaged_time with during, when validated, then no warning (Permutive documents engaged time over a period)', () => {
    expect(warnings(createEngagedTimeClause(freshIds(), { during: createTheLastWindow(7) }))).toEqual([]);
  });

  it('given S condition operators and presence conditions, when validated, then unverified-form at the operator', () => {
    const ids = freshIds();
    const cases: [string, JsonValue][] = [
      ['not_equal_to', 'a'],
      ['does_not_contain', 'a'],
      ['list_does_not_contain', ['a']],
      ['greater_than', 1],
      ['between', { start: 1, end: 2 }],
      ['boolean_equal_to', true],
      ['date_equal_to', '2024-01-01'],
    ];
    for (const [operator, operand] of cases) {
      expect(brief(pageview(ids, { where: cond(ids, 'properties.x', op(operator, operand)) }))).toEqual([
        ['unverified-form', ['where', 'condition', operator]],
      ]);
    }
    expect(brief(pageview(ids, { where: cond(ids, 'properties.x', { kind: 'presence', operator: 'is_empty' }) }))).toEqual([
      ['unverified-form', ['where', 'condition']],
    ]);
  });

  it('given an unknown condition operator, when validated, then unknown-operator at it and no operand check', () => {
    const ids = freshIds();
    const [issue, ...rest] = warnings(pageview(ids, { where: cond(ids, 'properties.x', op('regex_match', 5)) }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'unknown-operator', path: ['where', 'condition', 'regex_match'] });
    expect(issue!.message).toMatch(/Use contains, equal_to or list_contains if the API rejects it/);
  });

  it('given function conditions other than any, and an unknown function, when validated, then unverified-form or unknown-function', () => {
    const ids = freshIds();
    const fn = (name: string) => cond(ids, 'properties.products', { kind: 'function', function: name, property: 'price', condition: op('equal_to', 1) });
    expect(brief(pageview(ids, { where: fn('all') }))).toEqual([['unverified-form', ['where', 'condition', 'function']]]);
    expect(brief(pageview(ids, { where: fn('median') }))).toEqual([['unknown-function', ['where', 'condition', 'function']]]);
    expect(warnings(pageview(ids, { where: fn('any') }))).toEqual([]);
  });

  it('given extra keys on every known object, when validated, then unknown-keys at each key path', () => {
    const ids = freshIds();
    const fn = cond(ids, 'properties.p', { kind: 'function', function: 'any', property: 'k', condition: op('equal_to', 1), extra: { f: 1 } });
    const whereCondition = cond(ids, 'properties.q', op('contains', 'x'));
    whereCondition.extra = { w: 1 };
    const query = createGroup(ids, 'or', [
      pageview(ids, { extra: { e: 1 }, where: fn }),
      createEngagedCompletionClause(ids, { extra: { c: 1 }, where: whereCondition }),
      createTransitionClause(ids, { segment: 1, extra: { t: 1 } }),
      createMembershipClause(ids, { provider: 'a', segment: 'b', extra: { m: 1 } }),
    ]);
    query.extra = { g: 1 };
    const found = warnings(query);
    expect(found.map((issue) => issue.path)).toEqual([
      ['g'],
      ['or', 0, 'where', 'condition', 'f'],
      ['or', 0, 'e'],
      ['or', 1, 'engaged_completion', 'where', 'w'],
      ['or', 1, 'engaged_completion', 'c'],
      ['or', 2, 'has_entered', 't'],
      ['or', 3, 'in_second_party_segment', 'm'],
    ]);
    expect(found.every((issue) => issue.code === 'unknown-keys')).toBe(true);
    expect(found[0]!.message).toBe('The key "g" is kept as it is; the library does not know what it does. Remove it if the API rejects the query.');
  });

  it('given an expression clause with no frequency, when validated, then a missing-field warning at frequency', () => {
    const clause = pageview(freshIds(), { frequency: undefined });
    expect(warnings(clause)).toEqual([
      {
        severity: 'warning',
        code: 'missing-field',
        path: ['frequency'],
        message: 'Add a frequency, such as at least 1 time; every documented example has one.',
        nodeId: clause.id,
      },
    ]);
  });

  it('given raw clauses and raw where nodes without a reason, when validated, then they are warnings that they are kept as they are', () => {
    const ids = freshIds();
    const rawWhere = createRawWhere(ids, { mystery: 1 });
    const rawClause = createRawClause(ids, { mystery: 2 });
    const found = warnings(createGroup(ids, 'or', [rawClause, pageview(ids, { where: rawWhere })]));
    expect(found.map((issue) => [issue.code, issue.path, issue.nodeId])).toEqual([
      ['unknown-clause', ['or', 0], rawClause.id],
      ['invalid-where', ['or', 1, 'where'], rawWhere.id],
    ]);
    expect(found[0]!.message).toMatch(/kept as it is.*sent unchanged/);
  });

  it('given a raw value whose reason is a warning, when validated, then it stays a warning', () => {
    const clause = pageview(freshIds(), { during: { kind: 'raw', json: { between: [1, 2] }, reason: { severity: 'warning', code: 'unknown-window', message: 'm' } } });
    expect(validateQuery(clause)).toEqual([{ severity: 'warning', code: 'unknown-window', path: ['during'], message: 'm', nodeId: clause.id }]);
  });

  it('given every message, then each is a sentence that ends with a full stop', () => {
    const ids = freshIds();
    const query = createGroup(ids, 'and', [
      pageview(ids, { event: '', frequency: cmp('less_than', -1.5), during: createTheLastWindow(0, 'eons') }),
      createEngagedCompletionClause(ids, { completion: cmp('x', 3) }),
    ]);
    const messages = validateQuery(query).map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(4);
    for (const message of messages) expect(message).toMatch(/^[A-Z"].*\.$/);
  });
});
