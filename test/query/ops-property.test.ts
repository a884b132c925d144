import fc from 'fast-check';
import type { AnyNode, Query } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { createEmptyQuery, createExpressionClause, createGroup, createWhereCondition, createWhereGroup } from '../../src/query/nodes';
import { addNode, duplicateNode, moveNode, removeNode, replaceNode, unwrapGroup, updateNode, wrapInGroup } from '../../src/query/ops';
import { validateQuery } from '../../src/query/validate';
import { walkQuery } from '../../src/query/walk';

// An op names its nodes by position in the walk (modulo the node count), so every step of a
// random sequence can reach any node of whatever the tree has become.
const opArb = fc.oneof(
  fc.record({ kind: fc.constant('addClause' as const), at: fc.nat(), index: fc.integer({ min: -2, max: 6 }) }),
  fc.record({ kind: fc.constant('addWhere' as const), at: fc.nat(), index: fc.integer({ min: -2, max: 6 }) }),
  fc.record({ kind: fc.constant('addGroup' as const), at: fc.nat(), or: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('update' as const), at: fc.nat(), event: fc.string({ maxLength: 3 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), target: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), target: fc.nat(), index: fc.integer({ min: -1, max: 6 }) }),
  fc.record({ kind: fc.constant('wrap' as const), at: fc.nat(), or: fc.boolean() }),
  fc.record({ kind: fc.constant('unwrap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function nodesOf(query: Query): AnyNode[] {
  const out: AnyNode[] = [];
  walkQuery(query, (node) => void out.push(node));
  return out;
}

function apply(query: Query, op: Op, ids: () => string): Query {
  const nodes = nodesOf(query);
  const node = nodes[op.at % nodes.length]!;
  const target = 'target' in op ? nodes[op.target % nodes.length]! : node;
  switch (op.kind) {
    case 'addClause':
      return addNode(query, node.id, createExpressionClause(ids, { event: 'E' }), op.index);
    case 'addWhere':
      return addNode(query, node.id, createWhereCondition(ids, { property: 'properties.p' }), op.index);
    case 'addGroup':
      return addNode(query, node.id, op.or ? createGroup(ids, 'or') : createWhereGroup(ids, 'and'));
    case 'remove':
      return removeNode(query, node.id);
    case 'update':
      return updateNode(query, node.id, (n) => (n.kind === 'expression' ? { ...n, event: op.event } : n));
    case 'replace':
      // Replacing a node by another node of the tree would repeat ids: it must be refused.
      return replaceNode(query, node.id, target);
    case 'move':
      return moveNode(query, node.id, target.id, op.index);
    case 'wrap':
      return wrapInGroup(query, node.id, op.or ? 'or' : 'and', ids);
    case 'unwrap':
      return unwrapGroup(query, node.id);
    case 'duplicate':
      return duplicateNode(query, node.id, ids);
  }
}

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
