import fc from 'fast-check';
import type { Query } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { validateQuery } from '../../src/query/validate';
import { parseQuery } from '../../src/serialize/parse';
import { corpus } from '../fixtures/corpus';
import { apply, opArb } from './opSequences';

// A deep copy shares no object with the query, so validating it reuses nothing cached.
const copy = (query: Query): Query => structuredClone(query);

describe('validation reusing the issues of unchanged nodes', () => {
  it('given random ops on corpus queries, then after each the issues equal those of an uncached copy', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(opArb, { maxLength: 12 }), (entry, ops) => {
        const ids = createIdGenerator('v');
        let query = parseQuery(entry.query, { idGenerator: ids }).query!;
        validateQuery(query);
        for (const op of ops) {
          query = apply(query, op, ids);
          expect(validateQuery(query)).toEqual(validateQuery(copy(query)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('given the same query validated twice, then equal issues in distinct objects (callers own them)', () => {
    const query = parseQuery({ and: [{ or: [{ event: '' }, { event: 'A', unknown: 1 }] }, { event: '' }] }).query!;
    const first = validateQuery(query);
    const second = validateQuery(query);
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    first.forEach((issue, i) => {
      expect(second[i]).not.toBe(issue);
      expect(second[i]!.path).not.toBe(issue.path);
    });
  });
});
