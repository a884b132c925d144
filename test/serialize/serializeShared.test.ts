import { createIdGenerator, parseQuery, serializeQuery } from '../../src/index';
import type { ExpressionClause, Group, JsonObject } from '../../src/index';
import { updateNode } from '../../src/query/ops';
import { serializeQueryShared } from '../../src/serialize/serializeShared';
import { corpus, corpusCopy } from '../fixtures/corpus';
import { cnf } from '../arrange/support';

describe('serializeQueryShared', () => {
  it('given every corpus query, then it writes the same JSON as serializeQuery', () => {
    corpus.forEach((_, i) => {
      const { query } = parseQuery(corpusCopy(i));
      if (query) expect(serializeQueryShared(query)).toEqual(serializeQuery(query));
    });
  });

  it('given one clause edited, then the JSON of the other clauses is reused and the result equals a fresh serialization', () => {
    const { query } = parseQuery(cnf(['A', 'B'], ['C']), { idGenerator: createIdGenerator('z') });
    const before = serializeQueryShared(query!) as { and: { or: JsonObject[] }[] };
    const edited = (query as Group).children[0] as Group;
    const next = updateNode(query!, edited.children[1]!.id, (node) => ({ ...node, event: 'BX' }) as ExpressionClause);
    const after = serializeQueryShared(next) as { and: { or: JsonObject[] }[] };

    expect(after).toEqual(serializeQuery(next));
    expect(after.and[0]!.or[1]).toEqual({ event: 'BX', frequency: { greater_than_or_equal_to: 1 } });
    expect(after.and[0]!.or[0]).toBe(before.and[0]!.or[0]);
    expect(after.and[1]).toBe(before.and[1]);
    expect(after.and[0]).not.toBe(before.and[0]);
  });
});

describe('serializeQueryShared results are frozen', () => {
  it('given a host that changes the JSON it was handed, then it is refused and the next result is still right', () => {
    const { query } = parseQuery(cnf(['A', 'B']), { idGenerator: createIdGenerator('f') });
    const first = serializeQueryShared(query!) as { and: { or: JsonObject[] }[] };
    expect(() => {
      (first.and[0]!.or[0] as { event: string }).event = 'Tampered';
    }).toThrow(TypeError);
    expect(() => first.and.push({ or: [] })).toThrow(TypeError);
    const edited = ((query as Group).children[0] as Group).children[1]!.id;
    const next = updateNode(query!, edited, (node) => ({ ...node, event: 'BX' }) as ExpressionClause);
    expect(serializeQueryShared(next)).toEqual({ and: [{ or: [{ event: 'A', frequency: { greater_than_or_equal_to: 1 } }, { event: 'BX', frequency: { greater_than_or_equal_to: 1 } }] }] });
  });
});
