import type { JsonObject, JsonValue, Query, QueryNode } from '../query/ast';
import { serializeClause } from './serialize';

// The JSON written for each node object. Nodes are immutable and an edit replaces only the
// objects on its path, so the next serialization rewrites that path and reuses the rest.
const written = new WeakMap<QueryNode, JsonValue>();

// Frozen, because later results hand out the same objects: a host that changed one in place would
// otherwise change what the builder reports next. Members come frozen already; the walk stops there.
function freeze(value: JsonValue): JsonValue {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) freeze(inner);
  // The type stays mutable: JsonValue is what every consumer of the JSON takes.
  return Object.freeze(value) as JsonValue;
}

function shared(node: QueryNode): JsonValue {
  let json = written.get(node);
  if (json === undefined) {
    json = freeze(serializeClause(node, shared));
    written.set(node, json);
  }
  return json;
}

/**
 * `serializeQuery` for a query that is edited over and over (the builder's onChange): equal JSON,
 * but the JSON of unchanged groups and clauses is the same objects as in the previous result, so
 * a keystroke in one clause of 500 writes one clause, not 500. Shares nothing with the AST; the
 * results share with each other, so they are frozen: copy before changing one.
 */
export function serializeQueryShared(query: Query): JsonObject {
  return shared(query) as JsonObject;
}
