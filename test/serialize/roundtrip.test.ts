import fc from 'fast-check';
import type { JsonObject } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { parseQuery } from '../../src/serialize/parse';
import { serializeQuery } from '../../src/serialize/serialize';
import { corpus } from '../fixtures/corpus';
import { jsonObjectArb, queryArb } from './arbitraries';
import { containsRaw, expectSameJson, stripIds } from './compare';
import { mutatedCorpusArb } from './mutations';

describe('the shared corpus', () => {
  it.each(corpus.map((entry) => [entry.id, entry] as const))('given %s, when parsed and serialized, then it comes back deep-equal with no error', (_, entry) => {
    const { query, issues } = parseQuery(entry.query, { idGenerator: createIdGenerator() });
    expect(query).toBeDefined();
    expect(serializeQuery(query!)).toStrictEqual(entry.query);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  const vouched = corpus.filter((entry) => entry.mark !== 'S');
  it.each(vouched.map((entry) => [entry.id, entry] as const))('given the %s query (D, D* or O), then only not-cnf may warn', (_, entry) => {
    const { issues } = parseQuery(entry.query);
    expect(issues.filter((issue) => issue.code !== 'not-cnf')).toEqual([]);
  });

  it.each(vouched.map((entry) => [entry.id, entry] as const))('given the %s query (D, D* or O), then every node of it is typed', (_, entry) => {
    expect(containsRaw(parseQuery(entry.query).query)).toBe(false);
  });

  it('given ids from a generator, then they are handed out in document order', () => {
    const { query } = parseQuery(corpus.find((entry) => entry.id === 'inf-03')!.query, { idGenerator: createIdGenerator('t') });
    expect(query).toMatchObject({ id: 't1', children: [{ id: 't2', children: [{ id: 't3', where: { id: 't4' } }, { id: 't5', where: { id: 't6' } }] }, { id: 't7', where: { id: 't8' } }] });
  });
});

describe('round trips of generated input', () => {
  it('given any typed AST, when serialized, parsed and serialized again, then the JSON and the AST come back', () => {
    fc.assert(
      fc.property(queryArb, (ast) => {
        const json = serializeQuery(ast);
        const { query } = parseQuery(json, { idGenerator: () => 'id' });
        expect(query).toBeDefined();
        expectSameJson(serializeQuery(query!), json);
        expectSameJson(stripIds(query), stripIds(ast));
      }),
      { numRuns: 10_000 },
    );
  });

  it('given any JSON object, when parsed and serialized, then it comes back deep-equal', () => {
    fc.assert(
      fc.property(jsonObjectArb, (input) => {
        const { query } = parseQuery(input, { idGenerator: () => 'id' });
        expect(query).toBeDefined();
        expectSameJson(serializeQuery(query!), input);
      }),
      { numRuns: 10_000 },
    );
  });

  it('given a mutated corpus query, when parsed and serialized, then it comes back deep-equal', () => {
    fc.assert(
      fc.property(mutatedCorpusArb, (input: JsonObject) => {
        const { query } = parseQuery(input, { idGenerator: () => 'id' });
        expect(query).toBeDefined();
        expectSameJson(serializeQuery(query!), input);
      }),
      { numRuns: 10_000 },
    );
  });
});
