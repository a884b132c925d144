import type { Condition, FunctionCondition, IdGenerator, JsonObject, JsonValue, WhereCondition, WhereGroup, WhereNode } from '../query/ast';
import { countKeys, describeJson, describeShown, hasOwn, isObject, listKeys } from './json';
import { keepExtra, rawValue, rawWhere } from './raw';

// Input reaching these functions is parse.ts's snapshot: plain JSON, bounded in depth and size,
// read once and owned by the parser, so its parts go into the AST without a copy (see raw.ts).

const WHERE_EXAMPLE = '{"property": "properties.client.url", "condition": {"contains": "football"}}';
const CONDITION_EXAMPLE = '{"contains": "football"}';

// The keys of a where condition and of a function condition; any other is kept in `extra`.
const CONDITION_KEYS = ['property', 'condition'];
const FUNCTION_KEYS = ['function', 'property', 'condition', 'where'];

/** Reads a where tree: `{"and"|"or": [...]}` or `{"property", "condition"}`; anything else stays raw. */
export function parseWhereNode(json: JsonValue, id: IdGenerator): WhereNode {
  if (!isObject(json)) {
    return rawWhere(json, id, 'invalid-where', `A where must be an object such as ${WHERE_EXAMPLE}, or {"and": [...]} / {"or": [...]}; this one is ${describeJson(json)}.`);
  }
  const hasAnd = hasOwn(json, 'and');
  const hasOr = hasOwn(json, 'or');
  if (hasAnd || hasOr) {
    if (hasAnd && hasOr) {
      return rawWhere(json, id, 'invalid-where', 'A where group has either "and" or "or", not both; nest one group inside the other.');
    }
    const combinator = hasAnd ? 'and' : 'or';
    const list = json[combinator];
    if (!Array.isArray(list)) {
      return rawWhere(json, id, 'invalid-where', `"${combinator}" in a where needs a list of conditions, such as {"${combinator}": [${WHERE_EXAMPLE}]}; it has ${describeJson(list)}.`);
    }
    // The group takes its id before its children, so ids read in document order.
    const group: WhereGroup = { kind: 'where-group', id: id(), combinator, children: list.map((item) => parseWhereNode(item, id)) };
    return keepExtra(group, json, [combinator]);
  }
  if (hasOwn(json, 'property')) {
    const property = json['property'];
    if (typeof property !== 'string') {
      return rawWhere(json, id, 'invalid-where', `The property of a where must be a string path, such as "properties.client.url"; this one is ${describeJson(property)}.`);
    }
    if (!hasOwn(json, 'condition')) {
      return rawWhere(json, id, 'invalid-where', `The where on "${property}" has no condition; add one, such as "condition": ${CONDITION_EXAMPLE}.`);
    }
    const node: WhereCondition = { kind: 'where-condition', id: id(), property, condition: parseCondition(json['condition'] as JsonValue, id) };
    return keepExtra(node, json, CONDITION_KEYS);
  }
  const keys = Object.keys(json);
  const has = keys.length === 0 ? 'it is empty' : `it has ${listKeys(keys)}`;
  return rawWhere(json, id, 'invalid-where', `A where needs a property and a condition, such as ${WHERE_EXAMPLE}, or an "and"/"or" list; ${has}.`);
}

/** Reads the condition of a where: one operator, a presence string, or a function over an array. */
export function parseCondition(json: JsonValue, id: IdGenerator): Condition {
  if (json === 'is_empty' || json === 'is_not_empty') return { kind: 'presence', operator: json };
  if (!isObject(json)) {
    return rawValue(
      json,
      'error',
      'invalid-condition',
      `A condition must be an object with one operator, such as ${CONDITION_EXAMPLE}, or the string "is_empty" or "is_not_empty"; this one is ${describeShown(json)}.`,
    );
  }
  if (hasOwn(json, 'function')) return parseFunction(json, id);
  const keys = Object.keys(json);
  if (keys.length !== 1) {
    return rawValue(json, 'error', 'invalid-condition', `A condition needs exactly one operator, such as ${CONDITION_EXAMPLE}; this one has ${countKeys(keys)}.`);
  }
  const operator = keys[0]!;
  return { kind: 'operator', operator, operand: json[operator] as JsonValue };
}

function parseFunction(json: JsonObject, id: IdGenerator): Condition {
  const name = json['function'];
  const property = json['property'];
  const example = '{"function": "any", "property": "key", "condition": {"equal_to": "permutive"}}';
  if (typeof name !== 'string') {
    return rawValue(json, 'error', 'invalid-condition', `The "function" of a condition must be a name such as "any"; this one is ${describeJson(name)}.`);
  }
  if (typeof property !== 'string') {
    const has = hasOwn(json, 'property') ? `its property is ${describeJson(property)}` : 'it has none';
    return rawValue(json, 'error', 'invalid-condition', `A "${name}" condition needs a property (a path inside each array element), such as ${example}; ${has}.`);
  }
  if (!hasOwn(json, 'condition')) {
    return rawValue(json, 'error', 'invalid-condition', `A "${name}" condition needs a condition on "${property}", such as ${example}.`);
  }
  const node: FunctionCondition = { kind: 'function', function: name, property, condition: parseCondition(json['condition'] as JsonValue, id) };
  if (hasOwn(json, 'where')) node.where = parseWhereNode(json['where'] as JsonValue, id);
  return keepExtra(node, json, FUNCTION_KEYS);
}
