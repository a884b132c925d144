import fc from 'fast-check';
import type { Query } from '../../src/query/ast';
import { describeNode, describeQuery } from '../../src/query/describe';
import { createIdGenerator } from '../../src/query/ids';
import { updateNode } from '../../src/query/ops';
import { parseQuery } from '../../src/serialize/parse';
import { corpus } from '../fixtures/corpus';
import { apply, nodesOf, opArb } from './opSequences';

// A deep copy shares no object with the query, so describing it reuses no cached words.
const copy = (query: Query): Query => structuredClone(query);
const LABELS = { 'properties.p': 'P' };

describe('descriptions reusing the words of unchanged nodes', () => {
  it('given random ops on corpus queries, then after each the sentence and every node phrase equal those of an uncached copy', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(opArb, { maxLength: 12 }), (entry, ops) => {
        const ids = createIdGenerator('d');
        let query = parseQuery(entry.query, { idGenerator: ids }).query!;
        describeQuery(query);
        for (const op of ops) {
          query = apply(query, op, ids);
          const fresh = copy(query);
          expect(describeQuery(query)).toBe(describeQuery(fresh));
          // Other labels make other words: an entry for one set of labels must not answer for another.
          expect(describeQuery(query, { propertyLabels: LABELS })).toBe(describeQuery(fresh, { propertyLabels: LABELS }));
          nodesOf(query).forEach((node, i) => expect(describeNode(node)).toBe(describeNode(nodesOf(fresh)[i]!)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('given a summary of two groups, when one clause is edited, then the sentence says the edit and keeps the other group', () => {
    const query = parseQuery({ and: [{ or: [{ event: 'A' }, { event: 'B' }] }, { or: [{ event: 'C' }, { event: 'D' }] }] }).query!;
    expect(describeQuery(query)).toBe('Users who (did A, or did B), and (did C, or did D).');
    const b = nodesOf(query).find((node) => node.kind === 'expression' && node.event === 'B')!;
    const edited = updateNode(query, b.id, (node) => (node.kind === 'expression' ? { ...node, event: 'E' } : node));
    expect(describeQuery(edited)).toBe('Users who (did A, or did E), and (did C, or did D).');
    expect(describeQuery(edited)).toBe(describeQuery(copy(edited)));
  });
});
