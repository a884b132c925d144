import type {
  ComparisonValue,
  Condition,
  JsonObject,
  JsonValue,
  MembershipClause,
  Query,
  QueryNode,
  WhereNode,
  Window,
} from '../query/ast';
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
    case 'expression': {
      const out: JsonObject = { event: node.event };
      if (node.frequency !== undefined) out['frequency'] = serializeComparison(node.frequency);
      if (node.where !== undefined) out['where'] = serializeWhere(node.where);
      if (node.during !== undefined) out['during'] = serializeWindow(node.during);
      return withExtra(out, node.extra);
    }
    case 'engaged_time': {
      const body: JsonObject = {};
      if (node.seconds !== undefined) body['seconds'] = serializeComparison(node.seconds);
      if (node.where !== undefined) body['where'] = serializeWhere(node.where);
      if (node.during !== undefined) body['during'] = serializeWindow(node.during);
      return { engaged_time: withExtra(body, node.extra) };
    }
    case 'engaged_completion': {
      const body: JsonObject = {};
      if (node.completion !== undefined) body['completion'] = serializeComparison(node.completion);
      if (node.where !== undefined) body['where'] = serializeWhere(node.where);
      return { engaged_completion: withExtra(body, node.extra) };
    }
    case 'engaged_views': {
      const body: JsonObject = {};
      if (node.times !== undefined) body['times'] = serializeComparison(node.times);
      if (node.engagedTime !== undefined) body['engaged_time'] = serializeComparison(node.engagedTime);
      if (node.where !== undefined) body['where'] = serializeWhere(node.where);
      if (node.during !== undefined) body['during'] = serializeWindow(node.during);
      return { engaged_views: withExtra(body, node.extra) };
    }
    case 'transition': {
      const body: JsonObject = {};
      if (node.segment !== undefined) body['segment'] = node.segment;
      if (node.during !== undefined) body['during'] = serializeWindow(node.during);
      return { [node.type]: withExtra(body, node.extra) };
    }
    case 'membership':
      return { [node.type]: membershipBody(node) };
    case 'in_segment':
      return { in_segment: node.segment };
    case 'raw':
      return deepCopyJson(node.json);
  }
}

function membershipBody(node: MembershipClause): JsonObject {
  const body: JsonObject = {};
  if (node.provider !== undefined) body['provider'] = node.provider;
  if (node.segment !== undefined) body['segment'] = node.segment;
  if (node.fieldName !== undefined) body['field_name'] = node.fieldName;
  if (node.value !== undefined) body['value'] = node.value;
  return withExtra(body, node.extra);
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
