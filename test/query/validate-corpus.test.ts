import { corpus } from '../fixtures/corpus';
import { parseQuery } from '../../src/serialize/parse';
import { createIdGenerator } from '../../src/query/ids';
import { validateQuery } from '../../src/query/validate';

describe('validateQuery on the shared corpus', () => {
  it('given the corpus, then it holds all 24 queries', () => {
    expect(corpus).toHaveLength(24);
  });

  it.each(corpus.map((entry) => [entry.id, entry.mark, entry] as const))('given %s (%s), when parsed and validated, then no error', (_id, _mark, entry) => {
    const { query } = parseQuery(entry.query, { idGenerator: createIdGenerator() });
    expect(query).toBeDefined();
    const issues = validateQuery(query!);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    if (entry.mark === 'S') {
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    } else {
      expect(issues.filter((issue) => issue.code !== 'not-cnf')).toEqual([]);
    }
  });

  it('given the parser, when it reports issues, then they are what validateQuery reports', () => {
    for (const entry of corpus) {
      const ids = createIdGenerator();
      const { query, issues } = parseQuery(entry.query, { idGenerator: ids });
      expect(issues).toEqual(validateQuery(query!));
    }
  });
});
