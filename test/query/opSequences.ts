// Random op sequences shared by the property tests of the ops and of the node index.
import fc from 'fast-check';
import type { AnyNode, Query } from '../../src/query/ast';
import { createExpressionClause, createGroup, createWhereCondition, createWhereGroup } from '../../src/query/nodes';
import { addNode, duplicateNode, moveNode, removeNode, replaceNode, unwrapGroup, updateNode, wrapInGroup } from '../../src/query/ops';
import { walkQuery } from '../../src/query/walk';

// An op names its nodes by position in the walk (modulo the node count), so every step of a
// random sequence can reach any node of whatever the tree has become.
export const opArb = fc.oneof(
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
export type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

export function nodesOf(query: Query): AnyNode[] {
  const out: AnyNode[] = [];
  walkQuery(query, (node) => void out.push(node));
  return out;
}

export function apply(query: Query, op: Op, ids: () => string): Query {
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
