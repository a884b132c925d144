import type { IdGenerator, JsonObject, JsonValue, RawClause, RawReason, RawValue, RawWhere } from '../query/ast';
import type { IssueCode } from '../query/issues';
import { setKey } from './json';

// The parser works on the snapshot parse.ts took of its input: a private copy, each part of which
// lands in one place of the AST. So raw JSON and extras take their part as it is, without a copy.

/** A raw value that keeps `json` (a part of the snapshot) and says why it is raw. */
export function rawValue(json: JsonValue, severity: RawReason['severity'], code: IssueCode, message: string): RawValue {
  return { kind: 'raw', json, reason: { severity, code, message } };
}

/** A raw clause (query position) with a fresh id. */
export function rawClause(json: JsonValue, id: IdGenerator, severity: RawReason['severity'], code: IssueCode, message: string): RawClause {
  return { kind: 'raw', id: id(), json, reason: { severity, code, message } };
}

/** A raw where-tree member with a fresh id. */
export function rawWhere(json: JsonValue, id: IdGenerator, code: IssueCode, message: string): RawWhere {
  return rawClause(json, id, 'error', code, message);
}

/** Adds `key: value` to the extras, making the object on first use. */
export function addExtra(extra: JsonObject | undefined, key: string, value: JsonValue): JsonObject {
  const out = extra ?? {};
  setKey(out, key, value);
  return out;
}

/** Keeps the keys of `json` that are not `known` in `node.extra` (set only when there are any). */
export function keepExtra<T extends { extra?: JsonObject }>(node: T, json: JsonObject, known: readonly string[]): T {
  let extra: JsonObject | undefined;
  for (const key of Object.keys(json)) if (!known.includes(key)) extra = addExtra(extra, key, json[key] as JsonValue);
  if (extra !== undefined) node.extra = extra;
  return node;
}
