import type { Condition, JsonValue } from '../../src/query/ast';
import {
  choiceOf,
  choicesFor,
  conditionForChoice,
  conditionForType,
  defaultChoicesByType,
  defaultConditionFor,
  operandEditorFor,
  propertyTypeOf,
  type PropertyOption,
  type PropertyType,
} from '../../src/query/property-types';
import { conditionOperatorEntry } from '../../src/query/vocabulary';

const op = (operator: string, operand: JsonValue): Condition => ({ kind: 'operator', operator, operand });

const catalogue: PropertyOption[] = [
  { path: 'properties.client.url', type: 'string' },
  { path: 'properties.price', type: 'number' },
  { path: 'properties.tags', type: 'string[]' },
  { path: 'properties.items', type: 'object[]', itemProperties: [{ path: 'price', type: 'number' }] },
];

describe('defaultChoicesByType', () => {
  it('given every type, then each offered operator is one the vocabulary knows, a presence string or a function', () => {
    for (const type of Object.keys(defaultChoicesByType) as PropertyType[]) {
      for (const choice of defaultChoicesByType[type]) {
        const known = conditionOperatorEntry(choice) !== undefined || choice === 'is_empty' || choice === 'is_not_empty' || choice.startsWith('function:');
        expect(known, `${type}: ${choice}`).toBe(true);
      }
    }
  });

  it('given object[] properties, then only the functions with known meaning (any, all) are offered', () => {
    expect(defaultChoicesByType['object[]'].filter((c) => c.startsWith('function:'))).toEqual(['function:any', 'function:all']);
  });
});

describe('choicesFor', () => {
  it('given an unknown operator that came in, then it is added as an extra choice and kept', () => {
    expect(choicesFor('string', 'regex_match')).toEqual([...defaultChoicesByType.string, 'regex_match']);
  });

  it('given a host override, then only its choices (plus the current one) are offered', () => {
    expect(choicesFor('string', 'contains', ['equal_to'])).toEqual(['equal_to', 'contains']);
  });
});

describe('propertyTypeOf', () => {
  it('given a path in the catalogue, then its declared type', () => {
    expect(propertyTypeOf(catalogue, 'properties.price')).toBe('number');
  });

  it('given an unknown path, then string, unless its condition says otherwise', () => {
    expect(propertyTypeOf(catalogue, 'properties.other')).toBe('string');
    expect(propertyTypeOf(catalogue, 'properties.other', op('greater_than', 3))).toBe('number');
    expect(propertyTypeOf(catalogue, 'properties.other', op('equal_to', 3))).toBe('number');
    expect(propertyTypeOf(undefined, 'x', op('list_contains', ['a']))).toBe('string[]');
    expect(propertyTypeOf(undefined, 'x', op('boolean_equal_to', true))).toBe('boolean');
    expect(propertyTypeOf(undefined, 'x', op('list_contains_integer', [1]))).toBe('integer[]');
    expect(propertyTypeOf(undefined, 'x', op('date_equal_to', '2024-01-01'))).toBe('date');
    expect(propertyTypeOf(undefined, 'x', { kind: 'function', function: 'any', property: 'k', condition: op('equal_to', 'v') })).toBe('object[]');
  });
});

describe('conditionForChoice (the operand as it is written on the wire)', () => {
  it('given a text, when the operator becomes list_contains, then the text becomes a one-value list', () => {
    expect(conditionForChoice('list_contains', 'string[]', op('contains', 'rugby'))).toEqual(op('list_contains', ['rugby']));
  });

  it('given a list, when the operator becomes contains, then the list is kept (contains takes a list: O)', () => {
    expect(conditionForChoice('contains', 'string', op('list_contains', ['rugby', 'golf']))).toEqual(op('contains', ['rugby', 'golf']));
  });

  it('given a text, when the operator becomes another text operator, then the text is kept', () => {
    expect(conditionForChoice('does_not_contain', 'string', op('contains', 'rugby'))).toEqual(op('does_not_contain', 'rugby'));
    expect(conditionForChoice('equal_to', 'string', op('contains', 'rugby'))).toEqual(op('equal_to', 'rugby'));
  });

  it('given a number, when the operator becomes between, then it starts and ends the range', () => {
    expect(conditionForChoice('between', 'number', op('greater_than', 5))).toEqual(op('between', { start: 5, end: 5 }));
  });

  it('given a range, when the operator becomes less_than, then its start is kept', () => {
    expect(conditionForChoice('less_than', 'number', op('between', { start: 2, end: 9 }))).toEqual(op('less_than', 2));
  });

  it('given text that is not a number, when the operator becomes numeric, then the number starts at 0', () => {
    expect(conditionForChoice('greater_than', 'number', op('contains', 'abc'))).toEqual(op('greater_than', 0));
  });

  it('given numeric text, when the operator becomes numeric, then the number is read from it', () => {
    expect(conditionForChoice('equal_to', 'number', op('contains', '42'))).toEqual(op('equal_to', 42));
  });

  it('given presence and function choices, then they build the presence and function kinds', () => {
    expect(conditionForChoice('is_empty', 'string', op('contains', 'x'))).toEqual({ kind: 'presence', operator: 'is_empty' });
    expect(conditionForChoice('function:all', 'object[]')).toEqual({
      kind: 'function',
      function: 'all',
      property: '',
      condition: op('equal_to', ''),
    });
  });

  it('given a function condition, when the function changes, then its property, condition and where are kept', () => {
    const any: Condition = { kind: 'function', function: 'any', property: 'price', condition: op('greater_than', 3) };
    expect(conditionForChoice('function:all', 'object[]', any)).toEqual({ ...any, function: 'all' });
  });

  it('given booleans, integers and dates, then their operands take the documented forms', () => {
    expect(conditionForChoice('boolean_equal_to', 'boolean')).toEqual(op('boolean_equal_to', true));
    expect(conditionForChoice('boolean_equal_to', 'boolean', op('equal_to', 'false'))).toEqual(op('boolean_equal_to', false));
    expect(conditionForChoice('list_contains_integer', 'integer[]', op('list_contains', ['1', '2', 'x']))).toEqual(op('list_contains_integer', [1, 2]));
    expect(conditionForChoice('date_equal_to', 'date', op('equal_to', '2024-05-01'))).toEqual(op('date_equal_to', '2024-05-01'));
  });

  it('given an operator of unknown operand format, then the operand is kept as it was', () => {
    expect(conditionForChoice('date_between', 'date', op('equal_to', { from: 1 }))).toEqual(op('date_between', { from: 1 }));
  });
});

describe('operandEditorFor', () => {
  it.each([
    [op('contains', 'x'), 'string', 'text-list'],
    [op('contains', ['x', 'y']), 'string', 'text-list'],
    [op('equal_to', 3), 'number', 'number'],
    [op('equal_to', [3, 4]), 'number', 'number-list'],
    [op('greater_than', [3]), 'number', 'json'],
    [op('between', { start: 1, end: 2 }), 'number', 'range'],
    [op('between', { from: 1 }), 'number', 'json'],
    [op('boolean_equal_to', true), 'boolean', 'boolean'],
    [op('list_contains_integer', [1]), 'integer[]', 'integer-list'],
    [op('date_equal_to', '2024-01-01'), 'date', 'date'],
    [op('mystery', 1), 'string', 'json'],
    [op('contains', 12), 'string', 'json'],
  ] as const)('given %j on a %s property, then the %s editor', (condition, type, kind) => {
    expect(operandEditorFor(condition, type)).toBe(kind);
  });
});

describe('defaultConditionFor and conditionForType', () => {
  it('given each type, then a new condition uses its first choice with a blank operand', () => {
    expect(defaultConditionFor('string')).toEqual(op('contains', ''));
    expect(defaultConditionFor('number')).toEqual(op('equal_to', 0));
    expect(defaultConditionFor('string[]')).toEqual(op('list_contains', []));
    expect(choiceOf(defaultConditionFor('object[]'))).toBe('function:any');
  });

  it('given a condition whose operator fits the new type, then it is kept as it is (same object)', () => {
    const condition = op('equal_to', 'x');
    expect(conditionForType(condition, 'string')).toBe(condition);
  });

  it('given an operator that fits the new type but an operand that does not, then the operand is carried over', () => {
    expect(conditionForType(op('equal_to', ''), 'number')).toEqual(op('equal_to', 0));
    expect(conditionForType(op('equal_to', '12'), 'number')).toEqual(op('equal_to', 12));
  });

  it('given a raw condition, then it is kept', () => {
    const raw: Condition = { kind: 'raw', json: 'odd' };
    expect(conditionForType(raw, 'number')).toBe(raw);
  });

  it('given a condition whose operator does not fit the new type, then the values move to the first choice', () => {
    expect(conditionForType(op('contains', 'rugby'), 'string[]')).toEqual(op('list_contains', ['rugby']));
  });
});
