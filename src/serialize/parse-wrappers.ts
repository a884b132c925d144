import type {
  EngagedCompletionClause,
  EngagedTimeClause,
  EngagedViewsClause,
  IdGenerator,
  JsonObject,
  JsonValue,
  MembershipClause,
  MembershipType,
  QueryNode,
  TransitionClause,
  TransitionType,
} from '../query/ast';
import { describeJson } from './json';
import { parseComparison, parseWindow } from './parse-values';
import { parseWhereNode } from './parse-where';
import { addExtra, rawClause } from './raw';

// A wrapper clause is one key, its kind, holding a body: {"has_entered": {"segment": 1234}}.
// Unknown body keys go to `extra`; a body of the wrong shape makes the whole clause raw.

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Switch on a string instead of a lookup object: a key such as "constructor" must not find Object's.
function transitionType(key: string): TransitionType | undefined {
  switch (key) {
    case 'has_entered':
    case 'has_exited':
    case 'has_not_entered':
    case 'has_not_exited':
      return key;
    default:
      return undefined;
  }
}

function membershipType(key: string): MembershipType | undefined {
  switch (key) {
    case 'in_second_party_segment':
    case 'not_in_second_party_segment':
    case 'in_third_party_segment':
    case 'not_in_third_party_segment':
    case 'in_connections_import_segment':
    case 'not_in_connections_import_segment':
      return key;
    default:
      return undefined;
  }
}

/** True when `key` names a clause kind written as a one-key wrapper. */
export function isWrapperKey(key: string): boolean {
  return (
    key === 'engaged_time' || key === 'engaged_completion' || key === 'engaged_views' || key === 'in_segment' ||
    transitionType(key) !== undefined || membershipType(key) !== undefined
  );
}

/**
 * Reads a one-key wrapper clause `{key: body}`. Returns undefined when `key` is no known kind,
 * a raw clause with an error when the body has the wrong shape.
 */
export function parseWrapper(json: JsonObject, key: string, body: JsonValue, id: IdGenerator): QueryNode | undefined {
  if (!isWrapperKey(key)) return undefined;
  if (key === 'in_segment') {
    if (typeof body === 'string' || typeof body === 'number') return { kind: 'in_segment', id: id(), segment: body };
    return invalid(json, id, `An in_segment clause holds a cohort id or code directly, such as {"in_segment": 42}; this one holds ${describeJson(body)}.`);
  }
  if (!isObject(body)) {
    return invalid(json, id, `The ${key} clause needs an object body, such as ${exampleOf(key)}; this one has ${describeJson(body)}.`);
  }
  switch (key) {
    case 'engaged_time':
      return engagedTime(body, id);
    case 'engaged_completion':
      return engagedCompletion(body, id);
    case 'engaged_views':
      return engagedViews(body, id);
  }
  const transition = transitionType(key);
  if (transition !== undefined) return parseTransition(json, transition, body, id);
  return parseMembership(json, membershipType(key)!, body, id);
}

function invalid(json: JsonObject, id: IdGenerator, message: string): QueryNode {
  return rawClause(json, id, 'error', 'invalid-clause', message);
}

function exampleOf(key: string): string {
  switch (key) {
    case 'engaged_time':
      return '{"engaged_time": {"seconds": {"greater_than_or_equal_to": 30}}}';
    case 'engaged_completion':
      return '{"engaged_completion": {"completion": {"greater_than_or_equal_to": 0.5}}}';
    case 'engaged_views':
      return '{"engaged_views": {"times": {"greater_than_or_equal_to": 3}, "engaged_time": {"greater_than_or_equal_to": 30}}}';
  }
  if (transitionType(key) !== undefined) return `{"${key}": {"segment": 1234}}`;
  if (key.endsWith('connections_import_segment')) return `{"${key}": {"provider": "acme_crm"}}`;
  return `{"${key}": {"provider": "acme_crm", "segment": "gold"}}`;
}

function engagedTime(body: JsonObject, id: IdGenerator): EngagedTimeClause {
  const node: EngagedTimeClause = { kind: 'engaged_time', id: id() };
  let extra: JsonObject | undefined;
  for (const key of Object.keys(body)) {
    const value = body[key] as JsonValue;
    if (key === 'seconds') node.seconds = parseComparison(value);
    else if (key === 'where') node.where = parseWhereNode(value, id);
    else if (key === 'during') node.during = parseWindow(value);
    else extra = addExtra(extra, key, value);
  }
  if (extra !== undefined) node.extra = extra;
  return node;
}

function engagedCompletion(body: JsonObject, id: IdGenerator): EngagedCompletionClause {
  const node: EngagedCompletionClause = { kind: 'engaged_completion', id: id() };
  let extra: JsonObject | undefined;
  for (const key of Object.keys(body)) {
    const value = body[key] as JsonValue;
    if (key === 'completion') node.completion = parseComparison(value);
    else if (key === 'where') node.where = parseWhereNode(value, id);
    else extra = addExtra(extra, key, value);
  }
  if (extra !== undefined) node.extra = extra;
  return node;
}

function engagedViews(body: JsonObject, id: IdGenerator): EngagedViewsClause {
  const node: EngagedViewsClause = { kind: 'engaged_views', id: id() };
  let extra: JsonObject | undefined;
  for (const key of Object.keys(body)) {
    const value = body[key] as JsonValue;
    if (key === 'times') node.times = parseComparison(value);
    else if (key === 'engaged_time') node.engagedTime = parseComparison(value);
    else if (key === 'where') node.where = parseWhereNode(value, id);
    else if (key === 'during') node.during = parseWindow(value);
    else extra = addExtra(extra, key, value);
  }
  if (extra !== undefined) node.extra = extra;
  return node;
}

function parseTransition(json: JsonObject, type: TransitionType, body: JsonObject, id: IdGenerator): QueryNode {
  const segment = body['segment'];
  if (segment !== undefined && typeof segment !== 'number') {
    return invalid(json, id, `The segment of a ${type} clause must be the cohort's integer code, such as {"${type}": {"segment": 1234}}; this one is ${describeJson(segment)}.`);
  }
  const node: TransitionClause = { kind: 'transition', id: id(), type };
  let extra: JsonObject | undefined;
  for (const key of Object.keys(body)) {
    const value = body[key] as JsonValue;
    if (key === 'segment') node.segment = value as number;
    else if (key === 'during') node.during = parseWindow(value);
    else extra = addExtra(extra, key, value);
  }
  if (extra !== undefined) node.extra = extra;
  return node;
}

function parseMembership(json: JsonObject, type: MembershipType, body: JsonObject, id: IdGenerator): QueryNode {
  const wrong = wrongMembershipField(body);
  if (wrong !== undefined) return invalid(json, id, `In this ${type} clause, ${wrong}.`);
  const node: MembershipClause = { kind: 'membership', id: id(), type };
  let extra: JsonObject | undefined;
  for (const key of Object.keys(body)) {
    const value = body[key] as JsonValue;
    if (key === 'provider') node.provider = value as string;
    else if (key === 'segment') node.segment = value as string | number;
    else if (key === 'field_name') node.fieldName = value as string;
    else if (key === 'value') node.value = value as string;
    else extra = addExtra(extra, key, value);
  }
  if (extra !== undefined) node.extra = extra;
  return node;
}

// Reads own keys only: the body is part of the snapshot (plain JSON), and "segment" etc. are not on Object.prototype.
function wrongMembershipField(body: JsonObject): string | undefined {
  for (const key of ['provider', 'field_name', 'value'] as const) {
    const value = body[key];
    if (value !== undefined && typeof value !== 'string') return `the ${key} must be a string, such as "acme_crm"; this one is ${describeJson(value)}`;
  }
  const segment = body['segment'];
  if (segment !== undefined && typeof segment !== 'string' && typeof segment !== 'number') {
    return `the segment must be a string or a number, such as "gold" or 991; this one is ${describeJson(segment)}`;
  }
  return undefined;
}
