import fc from 'fast-check';
import type { Query } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { createEmptyQuery } from '../../src/query/nodes';
import { moveNode, removeNode, updateNode } from '../../src/query/ops';
import { validateQuery } from '../../src/query/validate';
import { apply, nodesOf, opArb } from './opSequences';

describe('ops under random sequences', () => {
  it('given any sequence of ops, then none throws, ids stay unique, and validate still runs', () => {
    // Counts the ops that changed the tree, so the property cannot pass by refusing everything.
    const changed = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const ids = createIdGenerator('p');
        let query: Query = createEmptyQuery(ids);
        for (const op of ops) {
          const before: Query = query;
          query = apply(query, op, ids);
          if (query !== before) changed.set(op.kind, (changed.get(op.kind) ?? 0) + 1);
          const list = nodesOf(query).map((n) => n.id);
          expect(new Set(list).size).toBe(list.length);
          // Replacing a node by a node outside its own subtree would repeat ids: it must be refused.
          if (op.kind === 'replace') {
            const all = nodesOf(before);
            const node = all[op.at % all.length]!;
            const target = all[op.target % all.length]!;
            if (!nodesOf(node as Query).includes(target)) expect(query).toBe(before);
          }
        }
        expect(Array.isArray(validateQuery(query))).toBe(true);
      }),
      { numRuns: 300 },
    );
    for (const kind of ['addClause', 'addWhere', 'addGroup', 'remove', 'update', 'replace', 'move', 'wrap', 'unwrap', 'duplicate']) {
      expect(changed.get(kind) ?? 0, kind).toBeGreaterThan(5);
    }
  });

  it('given any sequence of ops, when each op repeats on an unchanged query, then the no-ops return the same object', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), (ops) => {
        const ids = createIdGenerator('q');
        let query: Query = createEmptyQuery(ids);
        for (const op of ops) query = apply(query, op, ids);
        expect(updateNode(query, query.id, (n) => n)).toBe(query);
        expect(removeNode(query, query.id)).toBe(query);
        expect(moveNode(query, query.id, query.id, 0)).toBe(query);
      }),
      { numRuns: 100 },
    );
  });
});
