import type { AnyNode, QueryNode } from '../../src/query/ast';
import type { PathSegment } from '../../src/query/issues';
import {
  createEngagedCompletionClause,
  createEngagedTimeClause,
  createEngagedViewsClause,
  createExpressionClause,
  createGroup,
  createInSegmentClause,
  createMembershipClause,
  createRawClause,
  createTransitionClause,
  createWhereGroup,
} from '../../src/query/nodes';
import { indexQuery } from '../../src/query/nodeIndex';
import { ancestorsOf, countNodes, findNode, findParent, layerOf, pathOf, walkQuery } from '../../src/query/walk';
import { cond, freshIds, op } from './builders';

// One of everything: every slot that holds a node with an id.
function sample() {
  const ids = freshIds();
  const inner = cond(ids, 'value', op('list_contains', ['1']));
  const fn = cond(ids, 'properties.slot', { kind: 'function', function: 'any', property: 'key', condition: op('equal_to', 'p'), where: inner });
  const url = cond(ids, 'properties.client.url', op('contains', 'x'));
  const expression = createExpressionClause(ids, { event: 'Pageview', where: createWhereGroup(ids, 'or', [url, fn]) });
  const time = createEngagedTimeClause(ids, { where: cond(ids, 'properties.a', op('contains', 'a')) });
  const completion = createEngagedCompletionClause(ids, { where: cond(ids, 'properties.b', op('contains', 'b')) });
  const views = createEngagedViewsClause(ids, { where: cond(ids, 'properties.c', op('contains', 'c')) });
  const or = createGroup(ids, 'or', [expression, time, completion, views]);
  const rest: QueryNode[] = [createTransitionClause(ids, { segment: 1 }), createMembershipClause(ids), createInSegmentClause(ids, 4), createRawClause(ids, {})];
  const query = createGroup(ids, 'and', [or, ...rest]);
  return { query, or, expression, url, fn, inner, time, completion, views };
}

describe('walkQuery', () => {
  it('given a query with every slot, when walked, then every node is visited once, parents first, with its wire path', () => {
    const { query } = sample();
    const seen: [string, PathSegment[]][] = [];
    walkQuery(query, (node, path) => void seen.push([node.kind, path]));
    expect(seen).toEqual([
      ['group', []],
      ['group', ['and', 0]],
      ['expression', ['and', 0, 'or', 0]],
      ['where-group', ['and', 0, 'or', 0, 'where']],
      ['where-condition', ['and', 0, 'or', 0, 'where', 'or', 0]],
      ['where-condition', ['and', 0, 'or', 0, 'where', 'or', 1]],
      ['where-condition', ['and', 0, 'or', 0, 'where', 'or', 1, 'condition', 'where']],
      ['engaged_time', ['and', 0, 'or', 1]],
      ['where-condition', ['and', 0, 'or', 1, 'engaged_time', 'where']],
      ['engaged_completion', ['and', 0, 'or', 2]],
      ['where-condition', ['and', 0, 'or', 2, 'engaged_completion', 'where']],
      ['engaged_views', ['and', 0, 'or', 3]],
      ['where-condition', ['and', 0, 'or', 3, 'engaged_views', 'where']],
      ['transition', ['and', 1]],
      ['membership', ['and', 2]],
      ['in_segment', ['and', 3]],
      ['raw', ['and', 4]],
    ]);
  });

  it('given a visitor that returns false, when walked, then that node\'s children are skipped', () => {
    const { query } = sample();
    const kinds: string[] = [];
    walkQuery(query, (node) => {
      kinds.push(node.kind);
      return node.kind === 'expression' ? false : undefined;
    });
    expect(kinds).not.toContain('where-group');
    expect(kinds).toContain('engaged_time');
  });

  it('given the parent and layer arguments, then they name the holder and the layer', () => {
    const { query, expression, fn, inner } = sample();
    const parents = new Map<string, [AnyNode | undefined, string]>();
    walkQuery(query, (node, _path, parent, layer) => void parents.set(node.id, [parent, layer]));
    expect(parents.get(query.id)).toEqual([undefined, 'query']);
    expect(parents.get(expression.id)![1]).toBe('query');
    expect(parents.get(inner.id)).toEqual([fn, 'where']);
  });

  it('given a function condition nested as the condition of another, when walked, then its where is found too', () => {
    const ids = freshIds();
    const deep = cond(ids, 'z', op('equal_to', 1));
    const outer = cond(ids, 'properties.a', {
      kind: 'function',
      function: 'any',
      property: 'b',
      condition: { kind: 'function', function: 'any', property: 'c', condition: op('equal_to', 1), where: deep },
    });
    const clause = createExpressionClause(ids, { event: 'E', where: outer });
    expect(pathOf(clause, deep.id)).toEqual(['where', 'condition', 'condition', 'where']);
  });
});

describe('findNode, findParent, pathOf, countNodes', () => {
  it('given ids in both layers, then findNode and findParent find them; unknown ids give undefined', () => {
    const { query, or, expression, url, fn, inner } = sample();
    expect(findNode(query, inner.id)).toBe(inner);
    expect(findParent(query, inner.id)).toBe(fn);
    expect(findParent(query, url.id)).toBe(expression.where);
    expect(findParent(query, expression.where!.id)).toBe(expression);
    expect(findParent(query, or.id)).toBe(query);
    expect(findParent(query, query.id)).toBeUndefined();
    expect(findNode(query, 'nope')).toBeUndefined();
    expect(findParent(query, 'nope')).toBeUndefined();
    expect(pathOf(query, 'nope')).toBeUndefined();
  });

  it('given a node, then pathOf, ancestorsOf and layerOf agree with the walk', () => {
    const { query, or, expression, inner, views } = sample();
    expect(pathOf(query, inner.id)).toEqual(['and', 0, 'or', 0, 'where', 'or', 1, 'condition', 'where']);
    expect(pathOf(query, views.where!.id)).toEqual(['and', 0, 'or', 3, 'engaged_views', 'where']);
    expect(pathOf(query, query.id)).toEqual([]);
    expect(ancestorsOf(query, expression.id)).toEqual([query, or]);
    expect(layerOf(query, inner.id)).toBe('where');
    expect(layerOf(query, or.id)).toBe('query');
  });

  it('given the sample, then countNodes counts every node with an id in both layers', () => {
    expect(countNodes(sample().query)).toBe(17);
  });

  it('given a 2,000-clause query, when findNode runs 2,000 times, then it finds each and builds one index for the root', () => {
    const ids = freshIds();
    const clauses = Array.from({ length: 2000 }, () => createExpressionClause(ids, { event: 'E', where: cond(ids, 'properties.x', op('contains', 'y')) }));
    const query = createGroup(ids, 'and', [createGroup(ids, 'or', clauses)]);
    const index = indexQuery(query);
    for (const clause of clauses) expect(findNode(query, clause.id)).toBe(clause);
    // The same index object afterwards: no lookup built another (a timed bound here was flaky under load).
    expect(indexQuery(query)).toBe(index);
    expect(countNodes(query)).toBe(4002);
  });
});
