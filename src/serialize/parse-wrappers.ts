import type { IdGenerator, JsonObject, JsonValue, MembershipClause, QueryNode, TransitionClause } from '../query/ast';
import { membershipTypeMark, transitionTypeMark } from '../query/vocabulary';
import { describeJson, isObject } from './json';
import { readFields } from './parse-fields';
import { rawClause } from './raw';

// A wrapper clause is one key, its kind, holding a body: {"has_entered": {"segment": 1234}}.
// Unknown body keys go to `extra`; a body of the wrong shape makes the whole clause raw.

type WrapperKind = Exclude<QueryNode['kind'], 'group' | 'expression' | 'raw'>;

// The vocabulary knows the transition and membership types; it looks them up in Maps, so a key
// such as "constructor" does not find Object's.
function wrapperKind(key: string): WrapperKind | undefined {
  switch (key) {
    case 'engaged_time':
    case 'engaged_completion':
    case 'engaged_views':
    case 'in_segment':
      return key;
  }
  if (transitionTypeMark(key) !== undefined) return 'transition';
  if (membershipTypeMark(key) !== undefined) return 'membership';
  return undefined;
}

/**
 * Reads a one-key wrapper clause `{key: body}`. Returns undefined when `key` is no known kind,
 * a raw clause with an error when the body has the wrong shape.
 */
export function parseWrapper(json: JsonObject, key: string, body: JsonValue, id: IdGenerator): QueryNode | undefined {
  const kind = wrapperKind(key);
  if (kind === undefined) return undefined;
  if (kind === 'in_segment') {
    if (typeof body === 'string' || typeof body === 'number') return { kind: 'in_segment', id: id(), segment: body };
    return invalid(json, id, `An in_segment clause holds a cohort id or code directly, such as {"in_segment": 42}; this one holds ${describeJson(body)}.`);
  }
  if (!isObject(body)) {
    return invalid(json, id, `The ${key} clause needs an object body, such as ${exampleOf(key, kind)}; this one has ${describeJson(body)}.`);
  }
  if (kind === 'transition' || kind === 'membership') {
    const wrong = kind === 'transition' ? wrongSegment(key, body) : wrongMembershipField(key, body);
    if (wrong !== undefined) return invalid(json, id, wrong);
    return readFields({ kind, id: id(), type: key } as TransitionClause | MembershipClause, body, id);
  }
  return readFields({ kind, id: id() }, body, id);
}

function invalid(json: JsonObject, id: IdGenerator, message: string): QueryNode {
  return rawClause(json, id, 'error', 'invalid-clause', message);
}

function exampleOf(key: string, kind: WrapperKind): string {
  switch (kind) {
    case 'engaged_time':
      return '{"engaged_time": {"seconds": {"greater_than_or_equal_to": 30}}}';
    case 'engaged_completion':
      return '{"engaged_completion": {"completion": {"greater_than_or_equal_to": 0.5}}}';
    case 'engaged_views':
      return '{"engaged_views": {"times": {"greater_than_or_equal_to": 3}, "engaged_time": {"greater_than_or_equal_to": 30}}}';
    case 'transition':
      return `{"${key}": {"segment": 1234}}`;
  }
  if (key.endsWith('connections_import_segment')) return `{"${key}": {"provider": "acme_crm"}}`;
  return `{"${key}": {"provider": "acme_crm", "segment": "gold"}}`;
}

// Reads own keys only: the body is part of the snapshot (plain JSON), and "segment" etc. are not on Object.prototype.
function wrongSegment(type: string, body: JsonObject): string | undefined {
  const segment = body['segment'];
  if (segment === undefined || typeof segment === 'number') return undefined;
  return `The segment of a ${type} clause must be the cohort's integer code, such as {"${type}": {"segment": 1234}}; this one is ${describeJson(segment)}.`;
}

function wrongMembershipField(type: string, body: JsonObject): string | undefined {
  for (const key of ['provider', 'field_name', 'value'] as const) {
    const value = body[key];
    if (value !== undefined && typeof value !== 'string') {
      return `In this ${type} clause, the ${key} must be a string, such as "acme_crm"; this one is ${describeJson(value)}.`;
    }
  }
  const segment = body['segment'];
  if (segment !== undefined && typeof segment !== 'string' && typeof segment !== 'number') {
    return `In this ${type} clause, the segment must be a string or a number, such as "gold" or 991; this one is ${describeJson(segment)}.`;
  }
  return undefined;
}
