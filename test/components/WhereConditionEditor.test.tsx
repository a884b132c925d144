import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WhereConditionEditor } from '../../src/components/where/WhereConditionEditor';
import type { Condition, FunctionCondition, JsonValue, WhereCondition, WhereGroup, WhereNode } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import type { PropertyOption } from '../../src/query/property-types';
import { Controlled, expectNoAxeViolations } from './support/harness';

const PROPERTIES: PropertyOption[] = [
  { path: 'properties.client.url', label: 'Page URL', type: 'string' },
  { path: 'properties.price', type: 'number' },
  {
    path: 'properties.items',
    label: 'Basket items',
    type: 'object[]',
    itemProperties: [
      { path: 'price', type: 'number' },
      { path: 'name', type: 'string' },
    ],
  },
];

const op = (operator: string, operand: JsonValue): Condition => ({ kind: 'operator', operator, operand });
const cond = (id: string, property: string, condition: Condition = op('contains', 'x')): WhereCondition => ({ kind: 'where-condition', id, property, condition });
const group = (id: string, combinator: 'and' | 'or', children: WhereNode[]): WhereGroup => ({ kind: 'where-group', id, combinator, children });

function setup(props: { defaultValue?: WhereNode } = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn<(w: WhereNode | undefined) => void>();
  const view = render(<WhereConditionEditor {...props} onChange={onChange} properties={PROPERTIES} idGenerator={createIdGenerator('w')} />);
  const last = () => onChange.mock.lastCall?.[0];
  return { user, onChange, last, ...view };
}

describe('WhereConditionEditor tree', () => {
  it('given no where, when the person adds a condition, then a blank contains condition with a new id is the value', async () => {
    const { user, last } = setup();
    expect(screen.getByText('No conditions on properties.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add condition to Where' }));
    expect(last()).toEqual(cond('w1', '', op('contains', '')));
  });

  it('given a condition, when the person types a property path, then it is kept as typed and focus stays', async () => {
    const { user, last } = setup({ defaultValue: cond('c1', '') });
    const input = screen.getByRole('combobox', { name: 'Property for condition 1' });
    await user.type(input, 'properties.client.URL');
    expect(last()).toEqual(cond('c1', 'properties.client.URL'));
    expect(input).toHaveFocus();
  });

  it('given a text condition, when the property becomes a number property, then the condition fits the new type', async () => {
    const { user, last } = setup({ defaultValue: cond('c1', 'properties.pric', op('contains', '42')) });
    await user.type(screen.getByRole('combobox', { name: 'Property for condition 1' }), 'e');
    expect(last()).toEqual(cond('c1', 'properties.price', op('equal_to', 42)));
  });

  it('given an empty property after a blur, then it asks for one', async () => {
    const { user } = setup({ defaultValue: cond('c1', '') });
    await user.click(screen.getByRole('combobox', { name: 'Property for condition 1' }));
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Property for condition 1' })).toHaveAccessibleDescription('Choose or type a property, such as properties.client.url');
  });

  it('given one condition, when the person adds another, then both sit in an "all of" group', async () => {
    const { user, last } = setup({ defaultValue: cond('c1', 'properties.client.url') });
    await user.click(screen.getByRole('button', { name: 'Add condition to Where' }));
    expect(last()).toEqual(group('w2', 'and', [cond('c1', 'properties.client.url'), cond('w1', '', op('contains', ''))]));
  });

  it('given a group, when the person switches to "any of", then the combinator is or', async () => {
    const { user, last } = setup({ defaultValue: group('g', 'and', [cond('a', 'properties.client.url'), cond('b', 'properties.price', op('equal_to', 1))]) });
    const match = screen.getByRole('radiogroup', { name: 'Match for Where' });
    expect(within(match).getByRole('radio', { name: 'all of' })).toBeChecked();
    await user.click(within(match).getByRole('radio', { name: 'any of' }));
    expect(last()).toMatchObject({ kind: 'where-group', id: 'g', combinator: 'or' });
  });

  it('given a group, when the person adds a group, then it takes the other combinator and one blank condition', async () => {
    const { user, last } = setup({ defaultValue: group('g', 'or', [cond('a', 'properties.client.url')]) });
    await user.click(screen.getByRole('button', { name: 'Add group to Where' }));
    expect(last()).toEqual(group('g', 'or', [cond('a', 'properties.client.url'), group('w2', 'and', [cond('w1', '', op('contains', ''))])]));
    // The new group's controls are named by its position.
    expect(screen.getByRole('radiogroup', { name: 'Match for group 2' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Property for condition 2.1' })).toBeInTheDocument();
  });

  it('given nested groups, when the person edits a deep condition, then only its spine is new (siblings keep their identity)', async () => {
    const first = cond('a', 'properties.client.url');
    const inner = group('g2', 'or', [cond('b', 'properties.price', op('equal_to', 1)), cond('c', 'properties.price', op('equal_to', 2))]);
    const { user, last } = setup({ defaultValue: group('g', 'and', [first, inner]) });
    const input = screen.getByRole('textbox', { name: 'Value for properties.price (condition 2.2)' });
    await user.clear(input);
    await user.type(input, '3');
    const next = last() as WhereGroup;
    expect(next.children[0]).toBe(first);
    expect((next.children[1] as WhereGroup).children[0]).toBe(inner.children[0]);
    expect((next.children[1] as WhereGroup).children[1]).toEqual(cond('c', 'properties.price', op('equal_to', 3)));
  });

  it('given a group, when the person removes a condition, then it goes', async () => {
    const { user, last } = setup({ defaultValue: group('g', 'and', [cond('a', 'properties.client.url'), cond('b', 'properties.price', op('equal_to', 1))]) });
    await user.click(screen.getByRole('button', { name: 'Remove properties.client.url' }));
    expect(last()).toEqual(group('g', 'and', [cond('b', 'properties.price', op('equal_to', 1))]));
  });

  it('given a nested group with one condition, when that condition is removed, then the empty group goes too', async () => {
    const { user, last } = setup({ defaultValue: group('g', 'and', [cond('a', 'properties.client.url'), group('g2', 'or', [cond('b', 'properties.price', op('equal_to', 1))])]) });
    await user.click(screen.getByRole('button', { name: 'Remove properties.price' }));
    expect(last()).toEqual(group('g', 'and', [cond('a', 'properties.client.url')]));
  });

  it('given a nested group, when the person removes the group, then it goes with its children', async () => {
    const { user, last } = setup({ defaultValue: group('g', 'and', [cond('a', 'properties.client.url'), group('g2', 'or', [cond('b', 'properties.price', op('equal_to', 1))])]) });
    await user.click(screen.getByRole('button', { name: 'Remove group 2' }));
    expect(last()).toEqual(group('g', 'and', [cond('a', 'properties.client.url')]));
  });

  it('given one condition, when it is removed, then there is no where at all', async () => {
    const { user, last, onChange } = setup({ defaultValue: cond('a', 'properties.client.url') });
    await user.click(screen.getByRole('button', { name: 'Remove properties.client.url' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(last()).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Add condition to Where' })).toBeVisible();
  });

  it('given two conditions on the same property, then their controls are told apart by position', () => {
    setup({ defaultValue: group('g', 'or', [cond('a', 'properties.client.url'), cond('b', 'properties.client.url')]) });
    expect(screen.getByRole('combobox', { name: 'Operator for properties.client.url (condition 1)' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Operator for properties.client.url (condition 2)' })).toBeInTheDocument();
  });
});

describe('WhereConditionEditor function conditions', () => {
  const any: FunctionCondition = { kind: 'function', function: 'any', property: 'price', condition: op('greater_than', 100) };

  it('given an object[] property, when the person picks it, then the condition becomes "any" over its items', async () => {
    const { user, last } = setup({ defaultValue: cond('c1', 'properties.item') });
    await user.type(screen.getByRole('combobox', { name: 'Property for condition 1' }), 's');
    expect(last()).toEqual(cond('c1', 'properties.items', { kind: 'function', function: 'any', property: '', condition: op('equal_to', '') }));
  });

  it('given "any", when the person picks "every item", then the function is all and the rest is kept', async () => {
    const { user, last } = setup({ defaultValue: cond('c1', 'properties.items', any) });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator for properties.items' }), 'function:all');
    expect(last()).toEqual(cond('c1', 'properties.items', { ...any, function: 'all' }));
  });

  it('given a function condition, when the person picks the item property, its operator and value, then they are written', async () => {
    const { user, last } = setup({ defaultValue: cond('c1', 'properties.items', { kind: 'function', function: 'any', property: '', condition: op('equal_to', '') }) });
    await user.type(screen.getByRole('combobox', { name: 'Item property for properties.items' }), 'price');
    expect((last() as WhereCondition).condition).toEqual({ kind: 'function', function: 'any', property: 'price', condition: op('equal_to', 0) });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operator for price of properties.items' }), 'greater_than');
    const value = screen.getByRole('textbox', { name: 'Value for price of properties.items' });
    await user.clear(value);
    await user.type(value, '100');
    expect((last() as WhereCondition).condition).toEqual(any);
  });

  it('given a function condition, when the person adds an item filter, then a nested where is written and edited', async () => {
    const { user, last } = setup({ defaultValue: cond('c1', 'properties.items', any) });
    await user.click(screen.getByRole('button', { name: 'Add item filter to properties.items' }));
    expect((last() as WhereCondition).condition).toEqual({ ...any, where: cond('w1', '', op('contains', '')) });
    await user.type(screen.getByRole('combobox', { name: 'Property for condition 1.1' }), 'name');
    await user.type(screen.getByRole('textbox', { name: 'Value for name' }), 'shoe{Enter}');
    expect((last() as WhereCondition).condition).toEqual({ ...any, where: cond('w1', 'name', op('contains', 'shoe')) });
    await user.click(screen.getByRole('button', { name: 'Remove name' }));
    expect((last() as WhereCondition).condition).toEqual(any);
  });

  it('given an aggregate function that came in, then it is shown and kept', () => {
    setup({ defaultValue: cond('c1', 'properties.items', { ...any, function: 'sum' }) });
    expect(screen.getByRole('combobox', { name: 'Operator for properties.items' })).toHaveValue('function:sum');
  });
});

describe('WhereConditionEditor raw nodes, modes and a11y', () => {
  it('given a raw where node, then it is shown as JSON, kept, and removable', async () => {
    const { user, last } = setup({ defaultValue: group('g', 'and', [cond('a', 'properties.client.url'), { kind: 'raw', id: 'r', json: { not: { property: 'x' } } }]) });
    expect(screen.getByText(/"not"/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove condition 2' }));
    expect(last()).toEqual(group('g', 'and', [cond('a', 'properties.client.url')]));
  });

  it('given a raw condition, then it is shown as JSON', () => {
    setup({ defaultValue: cond('a', 'properties.client.url', { kind: 'raw', json: { contains: 'a', equal_to: 'b' } }) });
    expect(screen.getByText(/"equal_to": "b"/)).toBeVisible();
    expect(screen.queryByRole('combobox', { name: /Operator for/ })).not.toBeInTheDocument();
  });

  it('given a controlled parent that refuses, then the editor keeps the parent\'s tree', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <Controlled<WhereNode | undefined>
        initial={cond('a', 'properties.client.url', op('contains', 'rugby'))}
        accept={false}
        onChange={onChange}
        render={(value, change) => <WhereConditionEditor value={value} onChange={change} properties={PROPERTIES} />}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove rugby' }));
    expect(onChange).toHaveBeenLastCalledWith(cond('a', 'properties.client.url', op('contains', '')));
    expect(screen.getByRole('button', { name: 'Remove rugby' })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Property for condition 1' }), 'x');
    // The parent's property, shown by its catalogue label, its path as the title.
    expect(screen.getByRole('combobox', { name: 'Property for condition 1' })).toHaveValue('Page URL');
    expect(screen.getByRole('combobox', { name: 'Property for condition 1' })).toHaveAttribute('title', 'properties.client.url');
  });

  it('given a controlled parent that accepts, then each edit builds on the last', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled<WhereNode | undefined> initial={undefined} onChange={onChange} render={(value, change) => <WhereConditionEditor value={value} onChange={change} idGenerator={createIdGenerator('w')} />} />);
    await user.click(screen.getByRole('button', { name: 'Add condition to Where' }));
    // Without a catalogue the property is a plain text box.
    await user.type(screen.getByRole('textbox', { name: 'Property for condition 1' }), 'properties.client.url');
    await user.type(screen.getByRole('textbox', { name: 'Value for properties.client.url' }), 'sport{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(cond('w1', 'properties.client.url', op('contains', 'sport')));
  });

  it('given read-only, then nothing can be added or removed and inputs are read-only', () => {
    render(<WhereConditionEditor label="Read-only where" value={group('g', 'and', [cond('a', 'properties.client.url', op('contains', ['rugby']))])} readOnly />);
    const editor = screen.getByRole('group', { name: 'Read-only where' });
    expect(within(editor).queryByRole('button')).not.toBeInTheDocument();
    expect(within(editor).getByRole('textbox', { name: 'Property for condition 1' })).toHaveAttribute('readonly');
    expect(within(editor).getByRole('combobox', { name: 'Operator for properties.client.url' })).toBeDisabled();
  });

  it('given disabled, then every control is disabled and data-disabled is set', () => {
    render(<WhereConditionEditor value={cond('a', 'properties.client.url')} disabled />);
    expect(screen.getByRole('group', { name: 'Where' })).toHaveAttribute('data-disabled');
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Property for condition 1' })).toBeDisabled();
  });

  it('given a switch from uncontrolled to controlled, then a dev warning names the component', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = render(<WhereConditionEditor defaultValue={cond('a', 'p')} />);
    rerender(<WhereConditionEditor value={cond('a', 'p')} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('WhereConditionEditor is changing from uncontrolled to controlled'));
    warn.mockRestore();
  });

  it('given a filled tree with groups, a function condition and a raw node, then axe finds no violations', async () => {
    const tree = group('g', 'or', [
      cond('a', 'properties.client.url', op('contains', ['rugby', 'golf'])),
      group('g2', 'and', [cond('b', 'properties.price', op('greater_than', 5)), cond('c', 'properties.client.url', { kind: 'presence', operator: 'is_not_empty' })]),
      cond('d', 'properties.items', { kind: 'function', function: 'any', property: 'price', condition: op('between', { start: 1, end: 9 }), where: cond('e', 'name', op('contains', 'shoe')) }),
      { kind: 'raw', id: 'r', json: { unknown: true } },
    ]);
    const { container } = render(<WhereConditionEditor defaultValue={tree} properties={PROPERTIES} />);
    await expectNoAxeViolations(container);
  });
});
