import type { ExpressionClause, Query, RawValue } from '../../src/query/ast';
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
  createWhereGroup,
  type NodeFields,
} from '../../src/query/nodes';
import { validateQuery } from '../../src/query/validate';
import { cmp, cond, freshIds } from './builders';

const errors = (query: Query) => validateQuery(query).filter((issue) => issue.severity === 'error');
const pageview = (ids: () => string, fields: NodeFields<ExpressionClause> = {}) => createExpressionClause(ids, { event: 'Pageview', ...fields });
const reason = (severity: 'error' | 'warning', code: string, message: string): RawValue['reason'] => ({ severity, code, message });

describe('validateQuery errors', () => {
  it('given a raw clause with a reason, when validated, then the reason is reported at the clause path', () => {
    const ids = freshIds();
    const raw = createRawClause(ids, { and: 5 }, reason('error', 'invalid-clause', 'An "and" needs a list; write {"and": [...]}.'));
    const query = createGroup(ids, 'or', [pageview(ids), raw]);
    expect(errors(query)).toEqual([
      { severity: 'error', code: 'invalid-clause', path: ['or', 1], message: 'An "and" needs a list; write {"and": [...]}.', nodeId: raw.id },
    ]);
  });

  it('given raw values in where, comparison, window and condition slots, when validated, then each reason is at its exact path', () => {
    const ids = freshIds();
    const rawWhere = createRawWhere(ids, 7, reason('error', 'invalid-where', 'bad where'));
    const rawCond = cond(ids, 'properties.x', { kind: 'raw', json: { a: 1, b: 2 }, reason: reason('error', 'invalid-condition', 'bad condition') });
    const clause = pageview(ids, {
      frequency: { kind: 'raw', json: {}, reason: reason('error', 'invalid-comparison', 'bad comparison') },
      during: { kind: 'raw', json: 3, reason: reason('error', 'invalid-window', 'bad window') },
      where: createWhereGroup(ids, 'and', [rawWhere, rawCond]),
    });
    expect(errors(clause).map(({ code, path, nodeId }) => ({ code, path, nodeId }))).toEqual([
      { code: 'invalid-comparison', path: ['frequency'], nodeId: clause.id },
      { code: 'invalid-window', path: ['during'], nodeId: clause.id },
      { code: 'invalid-where', path: ['where', 'and', 0], nodeId: rawWhere.id },
      { code: 'invalid-condition', path: ['where', 'and', 1, 'condition'], nodeId: rawCond.id },
    ]);
  });

  it('given negative counts in frequency, times, seconds and engaged_time, when validated, then each is negative-count at the operator key', () => {
    const ids = freshIds();
    const query = createGroup(ids, 'and', [
      pageview(ids, { frequency: cmp('greater_than_or_equal_to', -1) }),
      createEngagedTimeClause(ids, { seconds: cmp('greater_than', -5) }),
      createEngagedViewsClause(ids, { times: cmp('greater_than_or_equal_to', -2), engagedTime: cmp('greater_than_or_equal_to', -30) }),
    ]);
    const found = errors(query);
    expect(found.map((issue) => [issue.code, issue.path])).toEqual([
      ['negative-count', ['and', 0, 'frequency', 'greater_than_or_equal_to']],
      ['negative-count', ['and', 1, 'engaged_time', 'seconds', 'greater_than']],
      ['negative-count', ['and', 2, 'engaged_views', 'times', 'greater_than_or_equal_to']],
      ['negative-count', ['and', 2, 'engaged_views', 'engaged_time', 'greater_than_or_equal_to']],
    ]);
    expect(found[0]!.message).toBe('A count cannot be negative: the number of times is -1. Use 0 or more.');
  });

  it('given a fractional frequency or times, when validated, then not-integer says which whole numbers to use', () => {
    const ids = freshIds();
    const clause = pageview(ids, { frequency: cmp('greater_than', 1.5) });
    expect(errors(clause)).toEqual([
      {
        severity: 'error',
        code: 'not-integer',
        path: ['frequency', 'greater_than'],
        message: 'The number of times must be a whole number, not 1.5; use 1 or 2.',
        nodeId: clause.id,
      },
    ]);
    const views = createEngagedViewsClause(ids, { times: cmp('greater_than_or_equal_to', 2.5) });
    expect(errors(views).map((issue) => [issue.code, issue.path])).toEqual([['not-integer', ['engaged_views', 'times', 'greater_than_or_equal_to']]]);
  });

  it('given fractional seconds, when validated, then there is no error (seconds need not be whole)', () => {
    expect(errors(createEngagedTimeClause(freshIds(), { seconds: cmp('greater_than', 2.5) }))).toEqual([]);
  });

  it.each([[-0.1], [1.5], [40]])('given completion %s, when validated, then completion-range at the operator', (value) => {
    const clause = createEngagedCompletionClause(freshIds(), { completion: cmp('greater_than_or_equal_to', value) });
    const [issue] = errors(clause);
    expect(issue).toMatchObject({ code: 'completion-range', path: ['engaged_completion', 'completion', 'greater_than_or_equal_to'] });
    expect(issue!.message).toMatch(/from 0 to 1.*use a value from 0 to 1/);
  });

  it('given completion 0 and 1, when validated, then no error', () => {
    const ids = freshIds();
    expect(errors(createEngagedCompletionClause(ids, { completion: cmp('greater_than', 0) }))).toEqual([]);
    expect(errors(createEngagedCompletionClause(ids, { completion: cmp('greater_than_or_equal_to', 1) }))).toEqual([]);
  });

  it('given an empty query group and an empty where group, when validated, then empty-group at each group', () => {
    const ids = freshIds();
    const whereGroup = createWhereGroup(ids, 'or');
    const inner = createGroup(ids, 'or');
    const query = createGroup(ids, 'and', [inner, pageview(ids, { where: whereGroup })]);
    expect(errors(query)).toEqual([
      { severity: 'error', code: 'empty-group', path: ['and', 0], message: 'This "or" group is empty; add a clause to it or remove it.', nodeId: inner.id },
      {
        severity: 'error',
        code: 'empty-group',
        path: ['and', 1, 'where'],
        message: 'This "or" group of conditions is empty; add a condition to it or remove it.',
        nodeId: whereGroup.id,
      },
    ]);
  });

  it.each([[''], ['   ']])('given an expression clause with event %j, when validated, then missing-event asks for an event name', (event) => {
    const clause = createExpressionClause(freshIds(), { event });
    expect(errors(clause)).toEqual([
      { severity: 'error', code: 'missing-event', path: ['event'], message: 'Add an event name, such as Pageview.', nodeId: clause.id },
    ]);
  });

  it('given a transition with no segment or a fractional one, when validated, then missing-field at its segment', () => {
    const ids = freshIds();
    const none = createTransitionClause(ids);
    const fraction = createTransitionClause(ids, { type: 'has_entered', segment: 12.5 });
    const found = errors(createGroup(ids, 'or', [none, fraction]));
    expect(found).toEqual([
      {
        severity: 'error',
        code: 'missing-field',
        path: ['or', 0, 'has_entered', 'segment'],
        message: 'Enter the code of the cohort, a whole number such as 1234.',
        nodeId: none.id,
      },
      {
        severity: 'error',
        code: 'missing-field',
        path: ['or', 1, 'has_entered', 'segment'],
        message: 'The cohort code must be a whole number such as 1234, not 12.5.',
        nodeId: fraction.id,
      },
    ]);
  });

  it('given memberships missing provider or segment, when validated, then missing-field at each missing key', () => {
    const ids = freshIds();
    const blank = createMembershipClause(ids);
    const third = createMembershipClause(ids, { type: 'in_third_party_segment', provider: 'nielsen', segment: undefined });
    const found = errors(createGroup(ids, 'and', [blank, third]));
    expect(found.map((issue) => [issue.code, issue.path])).toEqual([
      ['missing-field', ['and', 0, 'in_second_party_segment', 'provider']],
      ['missing-field', ['and', 0, 'in_second_party_segment', 'segment']],
      ['missing-field', ['and', 1, 'in_third_party_segment', 'segment']],
    ]);
    expect(found[0]!.message).toMatch(/^Enter the provider/);
    expect(found[2]!.message).toBe('Enter the code of the segment.');
  });

  it('given connections imports without provider, or with a field name but no value, when validated, then missing-field', () => {
    const ids = freshIds();
    const nothing = createMembershipClause(ids, { type: 'in_connections_import_segment', provider: undefined, segment: undefined });
    const half = createMembershipClause(ids, { type: 'not_in_connections_import_segment', provider: undefined, segment: undefined, fieldName: 'email_hash' });
    const byProvider = createMembershipClause(ids, { type: 'in_connections_import_segment', provider: 'crm', segment: undefined });
    const found = errors(createGroup(ids, 'and', [nothing, half, byProvider]));
    expect(found.map((issue) => [issue.code, issue.path])).toEqual([
      ['missing-field', ['and', 0, 'in_connections_import_segment', 'provider']],
      ['missing-field', ['and', 1, 'not_in_connections_import_segment', 'value']],
    ]);
  });

  it('given an in_segment clause with an empty id, when validated, then missing-field', () => {
    const clause = createInSegmentClause(freshIds(), '');
    expect(errors(clause)).toEqual([
      { severity: 'error', code: 'missing-field', path: ['in_segment'], message: 'Enter the id or code of the cohort.', nodeId: clause.id },
    ]);
  });

  it.each([[0], [-3], [2.5]])('given the_last with value %s, when validated, then invalid-window at its value', (value) => {
    const clause = pageview(freshIds(), { during: createTheLastWindow(value) });
    const [issue] = errors(clause);
    expect(issue).toMatchObject({ severity: 'error', code: 'invalid-window', path: ['during', 'the_last', 'value'], nodeId: clause.id });
    expect(issue!.message).toMatch(/whole number greater than 0.*use 1 or more/);
  });

  it('given windows on engaged_time, engaged_views and transitions, when their value is bad, then the path goes through the body', () => {
    const ids = freshIds();
    const query = createGroup(ids, 'or', [
      createEngagedTimeClause(ids, { during: createTheLastWindow(0) }),
      createTransitionClause(ids, { segment: 1, during: createTheLastWindow(-1) }),
    ]);
    expect(errors(query).map((issue) => issue.path)).toEqual([
      ['or', 0, 'engaged_time', 'during', 'the_last', 'value'],
      ['or', 1, 'has_entered', 'during', 'the_last', 'value'],
    ]);
  });
});
