import type { QueryNode } from '../../src/query/ast';
import { createExpressionClause, createGroup, createRawClause } from '../../src/query/nodes';
import { validateQuery } from '../../src/query/validate';
import { freshIds, withCode } from './builders';

// Tiny shape language: a string is a clause, ['and' | 'or', ...members] a group.
type Shape = string | ['and' | 'or', ...Shape[]];
function build(shape: Shape, ids: () => string): QueryNode {
  if (typeof shape === 'string') return shape === 'raw' ? createRawClause(ids, { x: 1 }) : createExpressionClause(ids, { event: shape });
  const [combinator, ...members] = shape;
  return createGroup(ids, combinator, members.map((member) => build(member, ids)));
}
const notCnf = (shape: Shape) => withCode(validateQuery(build(shape, freshIds())), 'not-cnf');

describe('validateQuery shape (not-cnf)', () => {
  it.each<[string, Shape]>([
    ['a clause', 'A'],
    ['an OR of clauses', ['or', 'A', 'B']],
    ['an AND of clauses', ['and', 'A', 'B']],
    ['an AND of ORs and clauses', ['and', ['or', 'A', 'B'], 'C', ['or', 'D']]],
    ['a single-member OR around an AND of ORs', ['or', ['and', ['or', 'A', 'B'], 'C']]],
    ['single-member groups anywhere', ['and', ['or', ['and', 'A']], ['or', 'B', ['and', 'C']]]],
    ['raw clauses as members', ['and', ['or', 'raw', 'A'], 'raw']],
  ])('given %s, when validated, then no not-cnf warning', (_name, shape) => {
    expect(notCnf(shape)).toEqual([]);
  });

  it('given an AND inside an OR, when validated, then not-cnf at the AND with a fix', () => {
    const [issue, ...rest] = notCnf(['or', 'A', ['and', 'B', 'C']]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ severity: 'warning', code: 'not-cnf', path: ['or', 1], nodeId: 'n4' });
    expect(issue!.message).toBe(
      'This AND group sits inside an OR group, deeper than the AND of ORs of clauses that the Cohort API documents; the API may reject the query. Move its clauses up a level, or rewrite the query as an AND of ORs.',
    );
  });

  it('given an OR inside an OR and an AND inside an AND, when validated, then not-cnf at each inner group', () => {
    expect(notCnf(['or', ['or', 'A', 'B'], 'C']).map((issue) => issue.path)).toEqual([['or', 0]]);
    expect(notCnf(['and', ['and', 'A', 'B'], 'C']).map((issue) => issue.path)).toEqual([['and', 0]]);
  });

  it('given a group inside an OR inside an AND, when validated, then not-cnf at the innermost offending group only', () => {
    const found = notCnf(['and', 'A', ['or', 'B', ['and', 'C', ['or', 'D', 'E']]]]);
    expect(found.map((issue) => issue.path)).toEqual([['and', 1, 'or', 1]]);
    expect(found[0]!.message).toMatch(/inside an OR group that is itself inside an AND/);
  });

  it('given single-member wrappers on the way, when a deep group is found, then its path goes through the wrappers', () => {
    expect(notCnf(['or', ['or', ['and', 'A', 'B'], 'C']]).map((issue) => issue.path)).toEqual([['or', 0, 'or', 0]]);
  });

  it('given an empty group where a clause belongs, when validated, then only the empty-group error, no not-cnf', () => {
    const issues = validateQuery(build(['or', 'A', ['and']], freshIds()));
    expect(issues.map((issue) => issue.code)).toEqual(['empty-group']);
  });
});
