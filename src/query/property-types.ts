/**
 * Property types of a host's event catalogue, the condition operators that fit each type, and how
 * a condition's operand is carried over when a person picks another operator.
 *
 * An editor offers "choices": an operator name (`contains`), a presence string (`is_empty`) or a
 * function over an array of objects (`function:any`), so one `<select>` covers all three kinds.
 */
import type { Condition, FunctionCondition, JsonValue } from './ast';
import { conditionOperatorEntry } from './vocabulary';

/** The type of an event property as the host's catalogue declares it. */
export type PropertyType = 'string' | 'number' | 'boolean' | 'string[]' | 'integer[]' | 'date' | 'object[]';

/** A property of the host's catalogue; `itemProperties` describe the elements of an `object[]`. */
export interface PropertyOption {
  path: string;
  label?: string;
  type: PropertyType;
  itemProperties?: PropertyOption[];
}

/** An operator name, `is_empty` / `is_not_empty`, or `function:<name>`. */
export type ConditionChoice = string;

/** Which editor fits a condition's operand. */
export type OperandEditorKind =
  | 'text-list'
  | 'number'
  | 'number-list'
  | 'integer-list'
  | 'range'
  | 'boolean'
  | 'date'
  | 'none'
  | 'function'
  | 'json';

const PRESENCE = ['is_empty', 'is_not_empty'] as const;
const FUNCTION_PREFIX = 'function:';

/** The default choices per type: D/O forms, plus the S forms needed for "not" and for non-text types. */
export const defaultChoicesByType: Readonly<Record<PropertyType, readonly ConditionChoice[]>> = {
  string: ['contains', 'does_not_contain', 'equal_to', 'not_equal_to', ...PRESENCE],
  number: ['equal_to', 'not_equal_to', 'greater_than', 'greater_than_or_equal_to', 'less_than', 'less_than_or_equal_to', 'between', ...PRESENCE],
  boolean: ['boolean_equal_to', ...PRESENCE],
  'string[]': ['list_contains', 'list_does_not_contain', ...PRESENCE],
  'integer[]': ['list_contains_integer', ...PRESENCE],
  date: ['date_equal_to', ...PRESENCE],
  // `sum`, `count`, ... have unknown semantics (format reference): kept when they come in, not offered.
  'object[]': ['function:any', 'function:all', ...PRESENCE],
};

/** The choice a condition currently holds; undefined for a raw condition. */
export function choiceOf(condition: Condition): ConditionChoice | undefined {
  switch (condition.kind) {
    case 'operator':
    case 'presence':
      return condition.operator;
    case 'function':
      return `${FUNCTION_PREFIX}${condition.function}`;
    default:
      return undefined;
  }
}

/** The choices to offer for a type, plus the current one when it is not among them (it is kept). */
export function choicesFor(type: PropertyType, current?: ConditionChoice, override?: readonly ConditionChoice[]): ConditionChoice[] {
  const list = [...(override ?? defaultChoicesByType[type])];
  if (current !== undefined && !list.includes(current)) list.push(current);
  return list;
}

/** The catalogue entry of a path, or undefined for a path the host did not list. */
export function findProperty(properties: readonly PropertyOption[] | undefined, path: string): PropertyOption | undefined {
  return properties?.find((p) => p.path === path);
}

const NUMBER_ONLY = new Set(['greater_than', 'greater_than_or_equal_to', 'less_than', 'less_than_or_equal_to', 'between', 'float_equal_to']);

/** The type of a property: the catalogue's, else guessed from the condition it has, else string. */
export function propertyTypeOf(properties: readonly PropertyOption[] | undefined, path: string, condition?: Condition): PropertyType {
  const known = findProperty(properties, path);
  if (known) return known.type;
  if (!condition) return 'string';
  if (condition.kind === 'function') return 'object[]';
  if (condition.kind !== 'operator') return 'string';
  const op = condition.operator;
  if (NUMBER_ONLY.has(op) || (op.endsWith('equal_to') && typeof condition.operand === 'number')) return 'number';
  if (op === 'boolean_equal_to') return 'boolean';
  if (op === 'list_contains' || op === 'list_does_not_contain') return 'string[]';
  if (op === 'list_contains_integer') return 'integer[]';
  if (op === 'date_equal_to') return 'date';
  return 'string';
}

// The operand shape an operator takes for a property type, before looking at the operand itself.
function shapeOf(operator: string, type: PropertyType): OperandEditorKind {
  switch (conditionOperatorEntry(operator)?.operand) {
    case 'text':
    case 'text-list':
      return 'text-list';
    case 'scalar':
      return type === 'number' ? 'number' : 'text-list';
    case 'number':
      return 'number';
    case 'range':
      return 'range';
    case 'boolean':
      return 'boolean';
    default:
      if (operator === 'float_equal_to') return 'number';
      if (operator === 'list_contains_integer') return 'integer-list';
      if (operator === 'date_equal_to') return 'date';
      return 'json';
  }
}

const isText = (v: JsonValue): v is string => typeof v === 'string';
const isNumber = (v: JsonValue): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: JsonValue): v is { [key: string]: JsonValue } => typeof v === 'object' && v !== null && !Array.isArray(v);

function isRange(v: JsonValue): boolean {
  return isObject(v) && Object.keys(v).every((k) => (k === 'start' || k === 'end') && isNumber(v[k] as JsonValue));
}

/** The editor that fits a condition for a property type; `json` when the operand does not fit (it is kept). */
export function operandEditorFor(condition: Condition, type: PropertyType): OperandEditorKind {
  if (condition.kind === 'presence') return 'none';
  if (condition.kind === 'function') return 'function';
  if (condition.kind !== 'operator') return 'json';
  const { operand } = condition;
  const shape = shapeOf(condition.operator, type);
  const scalarList = conditionOperatorEntry(condition.operator)?.operand === 'scalar';
  switch (shape) {
    case 'text-list':
      return isText(operand) || (Array.isArray(operand) && operand.every(isText)) ? 'text-list' : 'json';
    case 'number':
      if (isNumber(operand)) return 'number';
      return scalarList && Array.isArray(operand) && operand.every(isNumber) ? 'number-list' : 'json';
    case 'integer-list':
      return Array.isArray(operand) && operand.every((v) => Number.isInteger(v)) ? 'integer-list' : 'json';
    case 'range':
      return isRange(operand) ? 'range' : 'json';
    case 'boolean':
      return typeof operand === 'boolean' ? 'boolean' : 'json';
    case 'date':
      return isText(operand) ? 'date' : 'json';
    default:
      return 'json';
  }
}

// The plain values a condition carries, so they survive a change of operator.
function valuesOf(condition: Condition | undefined): (string | number | boolean)[] {
  if (condition?.kind !== 'operator') return [];
  const { operand } = condition;
  const scalar = (v: JsonValue): v is string | number | boolean => typeof v === 'string' || isNumber(v) || typeof v === 'boolean';
  if (scalar(operand)) return operand === '' ? [] : [operand];
  if (Array.isArray(operand)) return operand.filter(scalar);
  if (isObject(operand)) return [operand['start'], operand['end']].filter((v): v is number => v !== undefined && isNumber(v));
  return [];
}

function numbersOf(values: (string | number | boolean)[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isFinite(n)) out.push(n);
  }
  return out;
}

/** A condition for `choice`, carrying over what it can of `previous` (string ↔ list keeps the values). */
export function conditionForChoice(choice: ConditionChoice, type: PropertyType, previous?: Condition): Condition {
  if (choice === 'is_empty' || choice === 'is_not_empty') return { kind: 'presence', operator: choice };
  if (choice.startsWith(FUNCTION_PREFIX)) {
    const name = choice.slice(FUNCTION_PREFIX.length);
    if (previous?.kind === 'function') return { ...previous, function: name };
    const fresh: FunctionCondition = { kind: 'function', function: name, property: '', condition: { kind: 'operator', operator: 'equal_to', operand: '' } };
    return fresh;
  }
  const values = valuesOf(previous);
  const prevOperand = previous?.kind === 'operator' ? previous.operand : undefined;
  const wasList = Array.isArray(prevOperand);
  const operator = choice;
  const make = (operand: JsonValue): Condition => ({ kind: 'operator', operator, operand });
  const entry = conditionOperatorEntry(choice);
  switch (shapeOf(choice, type)) {
    case 'text-list': {
      const texts = values.map(String);
      if (entry?.operand === 'text-list' || wasList || texts.length > 1) return make(texts);
      return make(texts[0] ?? '');
    }
    case 'number': {
      const numbers = numbersOf(values);
      if (entry?.operand === 'scalar' && wasList && numbers.length > 1) return make(numbers);
      return make(numbers[0] ?? 0);
    }
    case 'range': {
      const [start = 0, end = start] = numbersOf(values);
      return make({ start, end });
    }
    case 'boolean': {
      const first = values[0];
      return make(typeof first === 'boolean' ? first : first !== 'false');
    }
    case 'integer-list':
      return make(numbersOf(values).filter(Number.isInteger));
    case 'date': {
      const date = values.find((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v));
      return make(date ?? '');
    }
    default:
      // An operator whose operand format nobody knows: keep whatever operand there was.
      return make(prevOperand ?? null);
  }
}

/** The condition a new condition of this type starts with: its first choice, blank. */
export function defaultConditionFor(type: PropertyType, override?: readonly ConditionChoice[]): Condition {
  const first = choicesFor(type, undefined, override)[0] ?? 'contains';
  return conditionForChoice(first, type);
}

/** The condition after the property changed type: kept when it still fits, else its values carried over to a choice that does. */
export function conditionForType(condition: Condition, type: PropertyType, override?: readonly ConditionChoice[]): Condition {
  const choice = choiceOf(condition);
  if (choice === undefined) return condition;
  const allowed = choicesFor(type, undefined, override);
  if (!allowed.includes(choice)) return conditionForChoice(allowed[0] ?? 'contains', type, condition);
  // Same operator, another type: `equal_to ""` on a text becomes `equal_to 0` on a number.
  if (operandEditorFor(condition, type) !== 'json' || !conditionOperatorEntry(choice)) return condition;
  return conditionForChoice(choice, type, condition);
}
