import fc from 'fast-check';
import type { AnyNode, Query, QueryNode } from '../../src/query/ast';
import { describeNode, describeQuery } from '../../src/query/describe';
import { describeWhereNode } from '../../src/query/describe-where';
import { createIdGenerator } from '../../src/query/ids';
import { germanSummaryPhrasebook } from '../../src/query/phrasebook-de';
import { defaultSummaryPhrasebook } from '../../src/query/phrasebook-en';
import { walkQuery } from '../../src/query/walk';
import { parseQuery } from '../../src/serialize/parse';
import { corpus } from '../fixtures/corpus';
import { queryArb, whereArb } from '../serialize/arbitraries';
import { apply, nodesOf, opArb } from './opSequences';

const PHRASEBOOKS = [
  ['English', defaultSummaryPhrasebook],
  ['German', germanSummaryPhrasebook],
] as const;
const BROKEN = /undefined|NaN|\[object /;

// The words of a broken value, unless the person typed them.
function expectWorded(text: string, query: unknown): void {
  expect(typeof text).toBe('string');
  for (const broken of text.match(new RegExp(BROKEN, 'g')) ?? []) expect(JSON.stringify(query), text).toContain(broken);
}

describe('describing any query in either language', () => {
  it('given any AST, then neither the sentence nor any node phrase throws or shows undefined, NaN or [object Object]', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        for (const [, phrasebook] of PHRASEBOOKS) {
          const sentence = describeQuery(query, { phrasebook });
          expectWorded(sentence, query);
          expect(sentence.startsWith(phrasebook === germanSummaryPhrasebook ? 'Nutzer, die ' : 'Users who ')).toBe(true);
          walkQuery(query, (node: AnyNode) => expectWorded(describeNode(node, { phrasebook }), node));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('given any where tree, then it reads in every form without throwing or broken values', () => {
    fc.assert(
      fc.property(whereArb, (where) => {
        for (const [, phrasebook] of PHRASEBOOKS) {
          for (const form of ['statement', 'where', 'item'] as const) expectWorded(describeWhereNode(where, { phrasebook }, form, true), where);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('given the same nodes described in English and in German in turn, then each language keeps its own words (one cache per phrasebook)', () => {
    const copy = (query: Query): Query => structuredClone(query);
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(opArb, { maxLength: 8 }), (entry, ops) => {
        const ids = createIdGenerator('p');
        let query = parseQuery(entry.query, { idGenerator: ids }).query!;
        for (const op of ops) {
          query = apply(query, op, ids);
          const fresh = copy(query);
          for (const [, phrasebook] of [...PHRASEBOOKS, ...PHRASEBOOKS]) {
            expect(describeQuery(query, { phrasebook })).toBe(describeQuery(copy(fresh), { phrasebook }));
            nodesOf(query).forEach((node, i) => expect(describeNode(node, { phrasebook })).toBe(describeNode(nodesOf(fresh)[i]!, { phrasebook })));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('phrasebooks a host makes', () => {
  const query = parseQuery({ or: [{ in_segment: 1 }, { event: 'Pageview' }] }).query as QueryNode;

  it('given a phrasebook spread from the English one with a few phrases changed, then those change and the rest stay English', () => {
    const readers = {
      ...defaultSummaryPhrasebook,
      subject: 'Readers',
      groups: { ...defaultSummaryPhrasebook.groups, connectors: { and: 'AND', or: 'OR' } },
    };
    // Described in English first, so a shared cache would answer with the English words.
    expect(describeQuery(query)).toBe('Users who are in cohort 1, or did Pageview.');
    expect(describeQuery(query, { phrasebook: readers })).toBe('Readers who are in cohort 1, OR did Pageview.');
    expect(describeQuery(query, { phrasebook: readers, subject: 'Fans' })).toBe('Fans who are in cohort 1, OR did Pageview.');
  });

  it('given no phrasebook, then the words are the English phrasebook\'s', () => {
    expect(describeQuery(query)).toBe(describeQuery(query, { phrasebook: defaultSummaryPhrasebook }));
    expect(describeNode(query)).toBe(describeNode(query, { phrasebook: defaultSummaryPhrasebook }));
  });
});
