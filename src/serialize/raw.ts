import type { IdGenerator, JsonObject, JsonValue, RawClause, RawReason, RawValue, RawWhere } from '../query/ast';
import type { IssueCode } from '../query/issues';
import { deepCopyJson, setKey } from './json';

/** A raw value that keeps a copy of `json` and says why it is raw. */
export function rawValue(json: JsonValue, severity: RawReason['severity'], code: IssueCode, message: string): RawValue {
  return { kind: 'raw', json: deepCopyJson(json), reason: { severity, code, message } };
}

/** A raw clause (query position) with a fresh id. */
export function rawClause(json: JsonValue, id: IdGenerator, severity: RawReason['severity'], code: IssueCode, message: string): RawClause {
  return { kind: 'raw', id: id(), json: deepCopyJson(json), reason: { severity, code, message } };
}

/** A raw where-tree member with a fresh id. */
export function rawWhere(json: JsonValue, id: IdGenerator, code: IssueCode, message: string): RawWhere {
  return { kind: 'raw', id: id(), json: deepCopyJson(json), reason: { severity: 'error', code, message } };
}

/** Adds `key: copy(value)` to the extras, making the object on first use. */
export function addExtra(extra: JsonObject | undefined, key: string, value: JsonValue): JsonObject {
  const out = extra ?? {};
  setKey(out, key, deepCopyJson(value));
  return out;
}
