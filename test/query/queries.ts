// Queries for the property tests of intents and places: the corpus, AND-of-ORs shapes, and any AST.
import fc from 'fast-check';
import type { AnyNode, Group, JsonObject, NodeId, Query } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import { cloneWithNewIds } from '../../src/query/nodes';
import { parseQuery } from '../../src/serialize/parse';
import { nodesOf } from '../../src/query/walk';
import { corpus } from '../fixtures/corpus';
import { queryArb } from '../serialize/arbitraries';

/** A parsed query with ids `${prefix}1`, `${prefix}2`, ... in reading order. */
export function parsed(json: JsonObject, prefix = 'c'): Query {
  return parseQuery(json, { idGenerator: createIdGenerator(prefix) }).query!;
}

/** An event clause as the Cohort API writes it. */
const clause = (event: string): JsonObject => ({ event, frequency: { greater_than_or_equal_to: 1 } });

/** Queries in the documented shape: an AND whose members are OR groups of clauses (some empty) or bare clauses. */
export const cnfArb: fc.Arbitrary<Query> = fc
  .array(fc.oneof(fc.array(fc.constantFrom('A', 'B', 'C'), { maxLength: 3 }), fc.constantFrom('X', 'Y')), { maxLength: 4 })
  .map((members) => parsed({ and: members.map((m) => (typeof m === 'string' ? clause(m) : { or: m.map(clause) })) }));

/** Every corpus query, parsed. */
export const corpusArb: fc.Arbitrary<Query> = fc.constantFrom(...corpus).map((entry) => parsed(entry.query));

/** Any query: the corpus, the documented shape, and any AST (ids made unique). */
export const anyQueryArb: fc.Arbitrary<Query> = fc.oneof(
  corpusArb,
  cnfArb,
  queryArb.map((query) => cloneWithNewIds(query, createIdGenerator('a'))),
);

/** Every node with an id under (and including) a root, in document order. */
export { nodesOf };

/** The clauses and groups of a query (no where nodes), in document order. */
export function queryNodesOf(query: Query): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [query];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if (node.kind === 'group') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The clauses of a query: query nodes that are not groups (raw JSON included). */
export const clausesOf = (query: Query) => queryNodesOf(query).filter((node) => node.kind !== 'group');

/** The group holding a clause or group, found by a walk that shares no code with the index. */
export function parentGroupOf(query: Query, id: NodeId): Group | undefined {
  return queryNodesOf(query).find((node): node is Group => node.kind === 'group' && node.children.some((child) => child.id === id));
}

/** True for the shape the Cohort API documents: an AND of OR groups of clauses (bare clauses allowed), or a lone clause. */
export function isAndOfOrs(query: Query): boolean {
  if (query.kind !== 'group') return true;
  if (query.combinator !== 'and') return false;
  return query.children.every((member) => member.kind !== 'group' || (member.combinator === 'or' && member.children.every((c) => c.kind !== 'group')));
}

/** True when no two nodes share an id. */
export function idsUnique(root: AnyNode): boolean {
  const ids = nodesOf(root).map((node) => node.id);
  return new Set(ids).size === ids.length;
}
