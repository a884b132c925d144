import type { ComparisonValue, Condition, JsonObject, JsonValue, Query, QueryNode, WhereNode, Window } from '../query/ast';
import { clauseBodyKey } from '../query/children';
import { CLAUSE_FIELDS, fieldKind, fieldOf, type FieldClause } from '../query/clause-fields';
import { deepCopyJson, hasOwn, setKey } from './json';

/**
 * Writes a query AST as Cohort API JSON. Raw values and `extra` keys are written back as
 * copies, so the result shares nothing with the AST and `serializeQuery(parseQuery(x).query)`
 * deep-equals `x`.
 */
export function serializeQuery(query: Query): JsonObject {
  // By contract the root is a group, a clause, or a raw clause holding an object (parseQuery
  // never yields anything else); a hand-built raw root holding another value passes through.
  return serializeClause(query) as JsonObject;
}

/** Writes one member of a query tree (a group, a clause or a raw clause) as JSON; `member` writes a group's members. */
export function serializeClause(node: QueryNode, member: (node: QueryNode) => JsonValue = serializeClause): JsonValue {
  switch (node.kind) {
    case 'group':
      return withExtra({ [node.combinator]: node.children.map((child) => member(child)) }, node.extra);
    case 'expression':
      // The event comes first, and is written even when a hand-built node lacks it.
      return writeFields(node, { event: node.event });
    case 'in_segment':
      return { in_segment: node.segment };
    case 'raw':
      return deepCopyJson(node.json);
    default:
      return { [clauseBodyKey(node)]: writeFields(node, {}) };
  }
}

// The clause's typed fields that are set, in the order of CLAUSE_FIELDS, then its extras.
function writeFields(node: FieldClause, out: JsonObject): JsonObject {
  for (const key of CLAUSE_FIELDS[node.kind]) {
    const value = fieldOf(node, key);
    if (value !== undefined) out[key] = writeField(key, value);
  }
  return withExtra(out, node.extra);
}

function writeField(key: string, value: unknown): JsonValue {
  switch (fieldKind(key)) {
    case 'where':
      return serializeWhere(value as WhereNode);
    case 'window':
      return serializeWindow(value as Window);
    case 'comparison':
      return serializeComparison(value as ComparisonValue);
    case 'value':
      return value as JsonValue;
  }
}

/** Writes a where tree as JSON. */
export function serializeWhere(node: WhereNode): JsonValue {
  switch (node.kind) {
    case 'where-group':
      return withExtra({ [node.combinator]: node.children.map(serializeWhere) }, node.extra);
    case 'where-condition':
      return withExtra({ property: node.property, condition: serializeCondition(node.condition) }, node.extra);
    case 'raw':
      return deepCopyJson(node.json);
  }
}

/** Writes the condition of a where as JSON. */
export function serializeCondition(condition: Condition): JsonValue {
  switch (condition.kind) {
    case 'operator':
      // A computed key defines an own property even for "__proto__"; it never sets the prototype.
      return { [condition.operator]: deepCopyJson(condition.operand) };
    case 'presence':
      return condition.operator;
    case 'function': {
      const out: JsonObject = { function: condition.function, property: condition.property, condition: serializeCondition(condition.condition) };
      if (condition.where !== undefined) out['where'] = serializeWhere(condition.where);
      return withExtra(out, condition.extra);
    }
    case 'raw':
      return deepCopyJson(condition.json);
  }
}

/** Writes a comparison (`frequency`, `seconds`, `completion`, `times`) as JSON. */
export function serializeComparison(comparison: ComparisonValue): JsonValue {
  return comparison.kind === 'comparison' ? { [comparison.operator]: comparison.value } : deepCopyJson(comparison.json);
}

/** Writes a `during` window as JSON. */
export function serializeWindow(window: Window): JsonValue {
  switch (window.kind) {
    case 'the_last':
      return { the_last: { value: window.value, unit: window.unit } };
    case 'this_session':
      return 'this_session';
    case 'raw':
      return deepCopyJson(window.json);
  }
}

// Typed fields win over an extra key of the same name: parse never makes such an extra, and in a
// hand-built AST the typed field is the one the editor shows.
function withExtra(out: JsonObject, extra: JsonObject | undefined): JsonObject {
  if (extra === undefined) return out;
  for (const key of Object.keys(extra)) {
    if (!hasOwn(out, key)) setKey(out, key, deepCopyJson(extra[key] as JsonValue));
  }
  return out;
}
