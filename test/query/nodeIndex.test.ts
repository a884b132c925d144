import fc from 'fast-check';
import type { AnyNode, Group, NodeId, Query } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { createEmptyQuery, createExpressionClause, createGroup } from '../../src/query/nodes';
import type { PathSegment } from '../../src/query/issues';
import { indexAfterEdit, indexQuery } from '../../src/query/nodeIndex';
import { walkQuery } from '../../src/query/walk';
import { parseQuery } from '../../src/serialize/parse';
import { createQueryStore } from '../../src/store/createQueryStore';
import { corpus } from '../fixtures/corpus';
import { apply, opArb } from './opSequences';

interface Expected {
  node: AnyNode;
  parentId: NodeId | undefined;
  segments: PathSegment[];
  layer: string;
}

// The index a fresh walk implies, worked out from absolute paths: an oracle that shares no code with the index.
function expectedIndex(query: Query): Map<NodeId, Expected> {
  const paths = new Map<AnyNode, PathSegment[]>();
  const out = new Map<NodeId, Expected>();
  walkQuery(query, (node, path, parent, layer) => {
    paths.set(node, path);
    if (out.has(node.id)) return;
    const from = parent ? paths.get(parent)!.length : 0;
    out.set(node.id, { node, parentId: parent?.id, segments: path.slice(from), layer });
  });
  return out;
}

function expectIndexOf(query: Query): void {
  const index = indexQuery(query);
  const expected = expectedIndex(query);
  expect(index.size).toBe(expected.size);
  for (const [id, want] of expected) {
    const entry = index.get(id);
    expect(entry?.node).toBe(want.node);
    expect({ parentId: entry?.parentId, segments: entry?.segments, layer: entry?.layer }).toEqual({
      parentId: want.parentId,
      segments: want.segments,
      layer: want.layer,
    });
  }
}

describe('the node index after edits', () => {
  it('given any sequence of ops, then after each the derived index equals a fresh walk of the query', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const ids = createIdGenerator('x');
        let query: Query = createEmptyQuery(ids);
        expectIndexOf(query);
        for (const op of ops) {
          query = apply(query, op, ids);
          expectIndexOf(query);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('given random ops on every corpus query, then the derived index equals a fresh walk of the query', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(opArb, { maxLength: 12 }), (entry, ops) => {
        const ids = createIdGenerator('y');
        let query = parseQuery(entry.query, { idGenerator: ids }).query!;
        for (const op of ops) {
          query = apply(query, op, ids);
          expectIndexOf(query);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('given a store loading a reshaped query and undoing edits around it, then each query it shows is indexed as a fresh walk says', () => {
    const ids = createIdGenerator('s');
    const clauses = Array.from({ length: 6 }, (_, i) => createExpressionClause(ids, { event: `E${i}` }));
    const store = createQueryStore({ initial: createGroup(ids, 'and', [createGroup(ids, 'or', clauses.slice(0, 3)), createGroup(ids, 'or', clauses.slice(3))]), idGenerator: ids });
    // A host value that builds its own root: reverses the top level and renames a clause in it.
    const query = store.getState().query;
    const [first, second] = (query as Group).children as Group[];
    const renamed = { ...second!, children: [{ ...second!.children[0]!, event: 'Z' } as AnyNode, ...second!.children.slice(1)] } as Group;
    store.getState().load({ ...(query as Group), combinator: 'or', children: [renamed, first!] });
    expectIndexOf(store.getState().query);
    store.getState().setField(clauses[0]!.id, 'event', 'Y');
    expectIndexOf(store.getState().query);
    store.getState().undo();
    expectIndexOf(store.getState().query);
    store.getState().redo();
    expectIndexOf(store.getState().query);
  });

  it('given an edit that repeats an id, then the index is built afresh and the first of the id wins', () => {
    const ids = createIdGenerator('r');
    const a = createExpressionClause(ids, { event: 'A' });
    const before = createGroup(ids, 'and', [a]);
    indexQuery(before);
    const copy = { ...a, event: 'copy' };
    const after: Query = { ...before, children: [a, createGroup(ids, 'or', [copy])] };
    indexAfterEdit(before, after);
    expect(indexQuery(after).get(a.id)?.node).toBe(a);
    expect(indexQuery(after).size).toBe(3);
  });
});
