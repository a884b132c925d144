import type { IdGenerator, JsonObject, JsonValue } from '../query/ast';
import { CLAUSE_FIELDS, fieldKind, propertyOf, type FieldClause } from '../query/clause-fields';
import { parseComparison, parseWindow } from './parse-values';
import { parseWhereNode } from './parse-where';
import { addExtra } from './raw';

/**
 * Reads the keys of an expression's object, or of a wrapper clause's body, into `node` (made with
 * its id, so ids read in document order): the clause's typed fields into their properties, any
 * other key into `extra`. The caller has checked the fields taken as they are.
 */
export function readFields<T extends FieldClause>(node: T, body: JsonObject, id: IdGenerator): T {
  const fields = CLAUSE_FIELDS[node.kind];
  const target = node as unknown as Record<string, unknown>;
  let extra: JsonObject | undefined;
  for (const key of Object.keys(body)) {
    const value = body[key] as JsonValue;
    if (fields.includes(key)) target[propertyOf(key)] = readField(key, value, id);
    else extra = addExtra(extra, key, value);
  }
  if (extra !== undefined) node.extra = extra;
  return node;
}

function readField(key: string, value: JsonValue, id: IdGenerator): unknown {
  switch (fieldKind(key)) {
    case 'where':
      return parseWhereNode(value, id);
    case 'window':
      return parseWindow(value);
    case 'comparison':
      return parseComparison(value);
    case 'value':
      return value;
  }
}
