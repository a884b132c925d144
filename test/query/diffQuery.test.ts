import type { JsonObject, QueryNode } from '../../src/query/ast';
import { diffQuery } from '../../src/query/diffQuery';
import { parseQuery } from '../../src/serialize/parse';
import { corpus } from '../fixtures/corpus';

// Each side parsed on its own, as the editor does: ids never line up, content must.
const ast = (json: JsonObject): QueryNode => parseQuery(json).query!;
const diff = (before: JsonObject, after: JsonObject) => diffQuery(ast(before), ast(after));
const events = (list: { node: QueryNode }[]) => list.map(({ node }) => (node.kind === 'expression' ? node.event : node.kind));

const pageview = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
const video = { event: 'videoViews', frequency: { greater_than_or_equal_to: 2 } };
const link = { event: 'LinkClick', frequency: { greater_than: 0 } };
const cnf = (...groups: JsonObject[][]): JsonObject => ({ and: groups.map((or) => ({ or })) });

describe('diffQuery', () => {
  it('given the same query parsed twice (or with keys reordered), then it is unchanged', () => {
    const reordered = { and: [{ or: [{ frequency: { greater_than_or_equal_to: 1 }, event: 'Pageview' }] }] };
    expect(diff(cnf([pageview]), reordered)).toEqual({ added: [], removed: [], changed: [], structureChanged: false, unchanged: true });
  });

  it('given every corpus query against itself, then each is unchanged', () => {
    for (const entry of corpus) expect(diff(entry.query, entry.query).unchanged).toBe(true);
  });

  it('given a clause removed, then it is listed at its old position and the one that moved up is not', () => {
    const result = diff(cnf([pageview, video, link]), cnf([pageview, link]));
    expect(result.removed.map((at) => at.position)).toEqual(['1.2']);
    expect(events(result.removed)).toEqual(['videoViews']);
    expect(result).toMatchObject({ added: [], changed: [], structureChanged: false, unchanged: false });
  });

  it('given a clause added in a new group, then it is added and the groups changed', () => {
    const result = diff(cnf([pageview]), cnf([pageview], [video]));
    expect(result.added.map((at) => [at.position, (at.node as { event: string }).event])).toEqual([['2.1', 'videoViews']]);
    expect(result.structureChanged).toBe(true);
  });

  it('given the count of a clause changed, then it is one change (same event), not a removal and an addition', () => {
    const result = diff(cnf([pageview, video]), cnf([pageview, { ...video, frequency: { equal_to: 0 } }]));
    expect(result.changed).toHaveLength(1);
    expect(result.changed[0]!.before.position).toBe('1.2');
    expect(result).toMatchObject({ added: [], removed: [] });
  });

  it('given the event of a clause renamed in place, then it is a change at that position', () => {
    const result = diff(cnf([pageview]), cnf([{ ...pageview, event: 'Purchase' }]));
    expect(result.changed.map(({ before, after }) => [before.position, after.position])).toEqual([['1.1', '1.1']]);
  });

  it('given a clause replaced by one of another kind, then one is removed and one added', () => {
    const engaged = { engaged_time: { seconds: { greater_than_or_equal_to: 60 } } };
    const result = diff(cnf([pageview]), cnf([engaged]));
    expect(events(result.removed)).toEqual(['Pageview']);
    expect(events(result.added)).toEqual(['engaged_time']);
  });

  it('given only the combinator flipped, then the structure changed and no clause did', () => {
    const result = diff({ and: [pageview, video] }, { or: [pageview, video] });
    expect(result).toMatchObject({ added: [], removed: [], changed: [], structureChanged: true, unchanged: false });
  });

  it('given a clause moved to another group, then nothing is added or removed but the structure changed', () => {
    const result = diff(cnf([pageview, video], [link]), cnf([pageview], [link, video]));
    expect(result).toMatchObject({ added: [], removed: [], changed: [], structureChanged: true });
  });

  it('given raw JSON whose "id" key changed, then that is a change (the user\'s JSON is content)', () => {
    const raw = (id: number): JsonObject => ({ custom_clause: { id } });
    const result = diff(cnf([pageview, raw(1)]), cnf([pageview, raw(2)]));
    expect(result.unchanged).toBe(false);
    expect(result.changed).toHaveLength(1);
  });

  it('given a single clause at the root, then its position is "1"', () => {
    const result = diff(pageview, video);
    expect(result.changed.map(({ after }) => after.position)).toEqual(['1']);
  });
});
