import type { ComparisonValue, JsonObject, JsonValue, Window } from '../query/ast';
import { countKeys, describeJson, describeShown, hasOwn, isObject, listKeys } from './json';
import { rawValue } from './raw';

// Input reaching these functions is parse.ts's snapshot: plain JSON, bounded in depth and size,
// read once and owned by the parser, so its parts go into the AST without a copy (see raw.ts).

const COMPARISON_EXAMPLE = '{"greater_than_or_equal_to": 1}';
const WINDOW_EXAMPLE = '{"the_last": {"value": 30, "unit": "days"}}';

/** Reads a comparison (`frequency`, `seconds`, `completion`, `times`): one operator key with a number. */
export function parseComparison(json: JsonValue): ComparisonValue {
  if (!isObject(json)) {
    return rawValue(json, 'error', 'invalid-comparison', `A comparison must be an object with one operator, such as ${COMPARISON_EXAMPLE}; this one is ${describeJson(json)}.`);
  }
  const keys = Object.keys(json);
  if (keys.length !== 1) {
    return rawValue(json, 'error', 'invalid-comparison', `A comparison needs exactly one operator, such as ${COMPARISON_EXAMPLE}; this one has ${countKeys(keys)}.`);
  }
  const operator = keys[0]!;
  const value = json[operator];
  if (typeof value !== 'number') {
    return rawValue(
      json,
      'error',
      'invalid-comparison',
      `The comparison operator "${operator}" needs a number, such as {"${operator}": 1}; it has ${describeJson(value)}.`,
    );
  }
  return { kind: 'comparison', operator, value };
}

/** Reads a `during` window: `{"the_last": {"value", "unit"}}` exactly, or the string "this_session". */
export function parseWindow(json: JsonValue): Window {
  if (json === 'this_session') return { kind: 'this_session' };
  if (!isObject(json) || !hasOwn(json, 'the_last')) {
    return rawValue(
      json,
      'warning',
      'unknown-window',
      `The library does not know this window (${describeShown(json)}); it is kept as JSON and sent unchanged. Known windows are ${WINDOW_EXAMPLE} and "this_session".`,
    );
  }
  const body = json['the_last'];
  if (!isObject(body)) {
    return rawValue(json, 'error', 'invalid-window', `"the_last" needs an object with a value and a unit, such as ${WINDOW_EXAMPLE}; it has ${describeJson(body)}.`);
  }
  const value = body['value'];
  const unit = body['unit'];
  if (typeof value !== 'number' || typeof unit !== 'string') {
    const wrong = typeof value !== 'number' ? `its value is ${describeJson(value)}` : `its unit is ${describeJson(unit)}`;
    return rawValue(
      json,
      'error',
      'invalid-window',
      `A rolling window needs a number value and a unit string, such as ${WINDOW_EXAMPLE}; ${hasOwnOrMissing(body, wrong)}.`,
    );
  }
  const outer = Object.keys(json);
  const inner = Object.keys(body);
  if (outer.length !== 1 || inner.length !== 2) {
    const unknown = [...outer.filter((k) => k !== 'the_last'), ...inner.filter((k) => k !== 'value' && k !== 'unit')];
    return rawValue(
      json,
      'warning',
      'unknown-window',
      `This rolling window has keys the library does not know (${listKeys(unknown)}); it is kept as JSON and sent unchanged. Remove them to edit it here.`,
    );
  }
  return { kind: 'the_last', value, unit };
}

// "its value is undefined" reads badly for a missing key; say "it has no value" instead.
function hasOwnOrMissing(body: JsonObject, wrong: string): string {
  if (!hasOwn(body, 'value')) return 'it has no value';
  if (!hasOwn(body, 'unit')) return 'it has no unit';
  return wrong;
}
