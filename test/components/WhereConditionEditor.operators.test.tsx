import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WhereConditionEditor } from '../../src/components/where/WhereConditionEditor';
import type { Condition, JsonValue, WhereCondition, WhereNode } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import type { PropertyOption } from '../../src/query/property-types';
import { expectNoAxeViolations } from './support/harness';

const PROPERTIES: PropertyOption[] = [
  { path: 'properties.client.url', label: 'Page URL', type: 'string' },
  { path: 'properties.price', label: 'Price', type: 'number' },
  { path: 'properties.subscriber', type: 'boolean' },
  { path: 'properties.tags', type: 'string[]' },
  { path: 'properties.ids', type: 'integer[]' },
  { path: 'properties.published', type: 'date' },
];

const op = (operator: string, operand: JsonValue): Condition => ({ kind: 'operator', operator, operand });
const where = (property: string, condition: Condition): WhereCondition => ({ kind: 'where-condition', id: 'c1', property, condition });

function setup(node: WhereNode) {
  const user = userEvent.setup();
  const onChange = vi.fn<(w: WhereNode | undefined) => void>();
  const view = render(<WhereConditionEditor defaultValue={node} onChange={onChange} properties={PROPERTIES} idGenerator={createIdGenerator('w')} />);
  const last = () => onChange.mock.lastCall?.[0] as WhereCondition;
  return { user, onChange, last, ...view };
}

// Every operator of the mapping in src/query/property-types.ts, with what it writes on the wire.
const OPERATOR_CASES: [string, Condition, string, Condition][] = [
  ['properties.client.url', op('equal_to', 'rugby'), 'contains', op('contains', 'rugby')],
  ['properties.client.url', op('contains', 'rugby'), 'does_not_contain', op('does_not_contain', 'rugby')],
  ['properties.client.url', op('contains', 'rugby'), 'equal_to', op('equal_to', 'rugby')],
  ['properties.client.url', op('contains', ['a', 'b']), 'not_equal_to', op('not_equal_to', ['a', 'b'])],
  ['properties.client.url', op('contains', 'rugby'), 'is_empty', { kind: 'presence', operator: 'is_empty' }],
  ['properties.client.url', op('contains', 'rugby'), 'is_not_empty', { kind: 'presence', operator: 'is_not_empty' }],
  ['properties.price', op('greater_than', 5), 'equal_to', op('equal_to', 5)],
  ['properties.price', op('equal_to', 5), 'not_equal_to', op('not_equal_to', 5)],
  ['properties.price', op('equal_to', 5), 'greater_than', op('greater_than', 5)],
  ['properties.price', op('equal_to', 5), 'greater_than_or_equal_to', op('greater_than_or_equal_to', 5)],
  ['properties.price', op('equal_to', 5), 'less_than', op('less_than', 5)],
  ['properties.price', op('equal_to', 5), 'less_than_or_equal_to', op('less_than_or_equal_to', 5)],
  ['properties.price', op('equal_to', 5), 'between', op('between', { start: 5, end: 5 })],
  ['properties.price', op('equal_to', 5), 'is_empty', { kind: 'presence', operator: 'is_empty' }],
  ['properties.subscriber', { kind: 'presence', operator: 'is_empty' }, 'boolean_equal_to', op('boolean_equal_to', true)],
  ['properties.subscriber', op('boolean_equal_to', true), 'is_not_empty', { kind: 'presence', operator: 'is_not_empty' }],
  ['properties.tags', op('list_contains', ['rugby']), 'list_does_not_contain', op('list_does_not_contain', ['rugby'])],
  ['properties.tags', op('list_does_not_contain', ['rugby']), 'list_contains', op('list_contains', ['rugby'])],
  ['properties.tags', op('list_contains', ['rugby']), 'is_empty', { kind: 'presence', operator: 'is_empty' }],
  ['properties.ids', { kind: 'presence', operator: 'is_empty' }, 'list_contains_integer', op('list_contains_integer', [])],
  ['properties.published', { kind: 'presence', operator: 'is_empty' }, 'date_equal_to', op('date_equal_to', '')],
];

describe('WhereConditionEditor operators', () => {
  it.each(OPERATOR_CASES)('given %s with %j, when the person picks %s, then the condition becomes %j', async (property, start, choice, expected) => {
    const { user, last } = setup(where(property, start));
    await user.selectOptions(screen.getByRole('combobox', { name: `Operator for ${property}` }), choice);
    expect(last().condition).toEqual(expected);
    expect(last().property).toBe(property);
  });

  it('given a string property, then its operators are the string ones, with labels', () => {
    setup(where('properties.client.url', op('contains', 'x')));
    const select = screen.getByRole('combobox', { name: 'Operator for properties.client.url' });
    expect([...(select as HTMLSelectElement).options].map((o) => o.value)).toEqual(['contains', 'does_not_contain', 'equal_to', 'not_equal_to', 'is_empty', 'is_not_empty']);
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['contains', 'does not contain', 'is', 'is not', 'is empty', 'is not empty']);
  });

  it('given an operator the library does not know, then it is an extra option and its operand is kept as JSON', () => {
    setup(where('properties.client.url', op('regex_match', '^/sport')));
    expect(screen.getByRole('combobox', { name: 'Operator for properties.client.url' })).toHaveValue('regex_match');
    expect(screen.getByText('"^/sport"')).toBeVisible();
  });

  it('given a presence condition, then there is no value editor', () => {
    setup(where('properties.client.url', { kind: 'presence', operator: 'is_empty' }));
    expect(screen.queryByRole('textbox', { name: /Value for/ })).not.toBeInTheDocument();
  });
});

describe('WhereConditionEditor values as chips', () => {
  it('given contains, when the person types a value and Enter, then the operand is that text (single-value form)', async () => {
    const { user, last } = setup(where('properties.client.url', op('contains', '')));
    const input = screen.getByRole('textbox', { name: 'Value for properties.client.url' });
    await user.type(input, 'rugby{Enter}');
    expect(last().condition).toEqual(op('contains', 'rugby'));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    await user.type(input, 'golf,');
    expect(last().condition).toEqual(op('contains', ['rugby', 'golf']));
    expect(screen.getByRole('list', { name: 'Values for properties.client.url' })).toHaveTextContent(/rugby.*golf/);
  });

  it('given a list property, when the person pastes values split by commas, newlines and tabs, then each is a value', async () => {
    const { user, last } = setup(where('properties.tags', op('list_contains', ['rugby'])));
    await user.click(screen.getByRole('textbox', { name: 'Value for properties.tags' }));
    await user.paste('golf, tennis\nSix Nations\tcricket');
    expect(last().condition).toEqual(op('list_contains', ['rugby', 'golf', 'tennis', 'Six Nations', 'cricket']));
  });

  it('given chips, when the person presses a chip\'s remove button, then that value goes', async () => {
    const { user, last } = setup(where('properties.tags', op('list_contains', ['rugby', 'golf'])));
    await user.click(screen.getByRole('button', { name: 'Remove rugby' }));
    expect(last().condition).toEqual(op('list_contains', ['golf']));
    expect(screen.getByRole('textbox', { name: 'Value for properties.tags' })).toHaveFocus();
  });

  it('given chips and an empty input, when the person presses Backspace, then the last value goes', async () => {
    const { user, last } = setup(where('properties.tags', op('list_contains', ['rugby', 'golf'])));
    await user.click(screen.getByRole('textbox', { name: 'Value for properties.tags' }));
    await user.keyboard('{Backspace}');
    expect(last().condition).toEqual(op('list_contains', ['rugby']));
  });

  it('given a list operator with one value left, then it stays a list; removing it leaves an empty list and a message', async () => {
    const { user, last } = setup(where('properties.tags', op('list_contains', ['rugby'])));
    await user.click(screen.getByRole('button', { name: 'Remove rugby' }));
    expect(last().condition).toEqual(op('list_contains', []));
    await user.tab();
    expect(screen.getByText('Add at least one value')).toBeVisible();
  });

  it('given case and spaces inside values, then they are kept (list values are case-sensitive)', async () => {
    const { user, last } = setup(where('properties.tags', op('list_contains', [])));
    await user.type(screen.getByRole('textbox', { name: 'Value for properties.tags' }), '  Six Nations {Enter}');
    expect(last().condition).toEqual(op('list_contains', ['Six Nations']));
  });

  it('given an integer list, when the person types integers and a word, then the integers are kept and the word stays with a message', async () => {
    const { user, last } = setup(where('properties.ids', op('list_contains_integer', [])));
    const input = screen.getByRole('textbox', { name: 'Value for properties.ids' });
    await user.type(input, '3,4,x{Enter}');
    expect(last().condition).toEqual(op('list_contains_integer', [3, 4]));
    expect(input).toHaveValue('x');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter a number using digits, such as 5'));
  });

  it('given a number property with a list for equal_to, then the values are number chips', async () => {
    const { user, last } = setup(where('properties.price', op('equal_to', [5, 10])));
    await user.type(screen.getByRole('textbox', { name: 'Value for properties.price' }), '15{Enter}');
    expect(last().condition).toEqual(op('equal_to', [5, 10, 15]));
  });
});

describe('WhereConditionEditor numbers, ranges, booleans, dates', () => {
  it('given a number operator, when the person types a number, then the operand is that number', async () => {
    const { user, last } = setup(where('properties.price', op('greater_than', 5)));
    const input = screen.getByRole('textbox', { name: 'Value for properties.price' });
    await user.clear(input);
    await user.type(input, '12.5');
    expect(last().condition).toEqual(op('greater_than', 12.5));
  });

  it('given letters in a number, then the message shows and the text stays', async () => {
    const { user, onChange } = setup(where('properties.price', op('greater_than', 5)));
    const input = screen.getByRole('textbox', { name: 'Value for properties.price' });
    await user.type(input, 'abc');
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('5abc');
    expect(input).toHaveAccessibleDescription('Enter a number using digits, such as 5');
  });

  it('given between, when the person types start and end, then the operand is {start, end}', async () => {
    const { user, last } = setup(where('properties.price', op('between', { start: 1, end: 2 })));
    const start = screen.getByRole('textbox', { name: 'From for properties.price' });
    const end = screen.getByRole('textbox', { name: 'To for properties.price' });
    await user.clear(end);
    await user.type(end, '200');
    await user.clear(start);
    await user.type(start, '50');
    expect(last().condition).toEqual(op('between', { start: 50, end: 200 }));
  });

  it('given between, when the start is above the end, then an inline message explains and the text stays', async () => {
    const { user } = setup(where('properties.price', op('between', { start: 1, end: 5 })));
    const start = screen.getByRole('textbox', { name: 'From for properties.price' });
    await user.clear(start);
    await user.type(start, '9');
    expect(start).toHaveValue('9');
    const end = screen.getByRole('textbox', { name: 'To for properties.price' });
    expect(end).toBeInvalid();
    expect(end).toHaveAccessibleDescription('The range starts at 9 but ends at 5; make the end 9 or more');
  });

  it('given a boolean, when the person picks false, then the operand is false', async () => {
    const { user, last } = setup(where('properties.subscriber', op('boolean_equal_to', true)));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value for properties.subscriber' }), 'false');
    expect(last().condition).toEqual(op('boolean_equal_to', false));
  });

  it('given a date, when the person enters one, then the operand is the ISO date string', async () => {
    const { user, last } = setup(where('properties.published', op('date_equal_to', '')));
    await user.type(screen.getByLabelText('Value for properties.published'), '2024-05-01');
    expect(last().condition).toEqual(op('date_equal_to', '2024-05-01'));
  });

  it('given an operand that does not fit its operator, then it is shown as JSON and can be replaced', async () => {
    const { user, last } = setup(where('properties.price', op('greater_than', 'lots')));
    expect(screen.getByText('"lots"')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Replace value (properties.price)' }));
    expect(last().condition).toEqual(op('greater_than', 0));
  });

  it('given filled editors of every value kind, then axe finds no violations', async () => {
    const tree: WhereNode = {
      kind: 'where-group',
      id: 'g',
      combinator: 'and',
      children: [
        { ...where('properties.client.url', op('contains', ['rugby', 'golf'])), id: 'a' },
        { ...where('properties.price', op('between', { start: 9, end: 5 })), id: 'b' },
        { ...where('properties.subscriber', op('boolean_equal_to', true)), id: 'c' },
        { ...where('properties.published', op('date_equal_to', '2024-05-01')), id: 'd' },
        { ...where('properties.ids', op('list_contains_integer', [1, 2])), id: 'e' },
        { ...where('properties.client.title', { kind: 'presence', operator: 'is_not_empty' }), id: 'f' },
      ],
    };
    const { container } = render(<WhereConditionEditor defaultValue={tree} properties={PROPERTIES} />);
    await expectNoAxeViolations(container);
  });
});
