import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { WhereConditionEditor } from '../src/components/where/WhereConditionEditor';
import type { WhereNode } from '../src/query/ast';
import { createIdGenerator } from '../src/query/ids';
import type { PropertyOption } from '../src/query/property-types';

const PROPERTIES: PropertyOption[] = [
  { path: 'properties.client.url', label: 'Page URL', type: 'string' },
  { path: 'properties.client.title', label: 'Page title', type: 'string' },
  { path: 'properties.article.tags', label: 'Article tags', type: 'string[]' },
  { path: 'properties.price', label: 'Price', type: 'number' },
  { path: 'properties.subscriber', label: 'Subscriber', type: 'boolean' },
  {
    path: 'properties.basket.items',
    label: 'Basket items',
    type: 'object[]',
    itemProperties: [
      { path: 'price', type: 'number' },
      { path: 'category', type: 'string' },
    ],
  },
];

const FILLED: WhereNode = {
  kind: 'where-group',
  id: 'g1',
  combinator: 'and',
  children: [
    { kind: 'where-condition', id: 'c1', property: 'properties.client.url', condition: { kind: 'operator', operator: 'contains', operand: ['football', 'rugby'] } },
    {
      kind: 'where-group',
      id: 'g2',
      combinator: 'or',
      children: [
        { kind: 'where-condition', id: 'c2', property: 'properties.article.tags', condition: { kind: 'operator', operator: 'list_contains', operand: ['Six Nations'] } },
        { kind: 'where-condition', id: 'c3', property: 'properties.price', condition: { kind: 'operator', operator: 'between', operand: { start: 10, end: 50 } } },
        { kind: 'where-condition', id: 'c4', property: 'properties.subscriber', condition: { kind: 'operator', operator: 'boolean_equal_to', operand: true } },
        { kind: 'where-condition', id: 'c5', property: 'properties.client.title', condition: { kind: 'presence', operator: 'is_not_empty' } },
      ],
    },
  ],
};

const FUNCTION: WhereNode = {
  kind: 'where-condition',
  id: 'f1',
  property: 'properties.basket.items',
  condition: {
    kind: 'function',
    function: 'any',
    property: 'price',
    condition: { kind: 'operator', operator: 'greater_than', operand: 100 },
    where: { kind: 'where-condition', id: 'f2', property: 'category', condition: { kind: 'operator', operator: 'equal_to', operand: 'shoes' } },
  },
};

const RAW: WhereNode = {
  kind: 'where-group',
  id: 'r0',
  combinator: 'or',
  children: [
    { kind: 'raw', id: 'r1', json: { not: { property: 'properties.client.url', condition: { contains: 'sport' } } } },
    { kind: 'where-condition', id: 'r2', property: 'properties.client.url', condition: { kind: 'raw', json: { contains: 'a', equal_to: 'b' } } },
  ],
};

const meta = {
  title: 'Editors/WhereConditionEditor',
  component: WhereConditionEditor,
  tags: ['autodocs'],
  args: { properties: PROPERTIES, idGenerator: createIdGenerator('s'), onChange: fn() },
} satisfies Meta<typeof WhereConditionEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

// Demos open clean: their play functions only check what is shown. The interaction tests below
// them are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** No condition yet: add one, pick a property and type a value. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Add condition to Where' })).toBeEnabled();
    await expect(canvas.queryByRole('combobox', { name: /^Property for/ })).toBeNull();
  },
};

/** "All of" a URL test and "any of" tags, a price range, a flag and a presence test. */
export const Filled: Story = {
  args: { defaultValue: FILLED },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radiogroup', { name: 'Match for group 2' })).toBeVisible();
    await expect(within(canvas.getByRole('radiogroup', { name: 'Match for Where' })).getByRole('radio', { name: 'all of' })).toBeChecked();
  },
};

/** Values as chips: paste splits on commas and newlines, each chip has a remove button. */
export const Chips: Story = {
  args: { defaultValue: { kind: 'where-condition', id: 'k1', property: 'properties.article.tags', condition: { kind: 'operator', operator: 'list_contains', operand: ['rugby'] } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Remove rugby' })).toBeVisible();
  },
};

/** A condition over basket items: any item above 100 whose category is shoes. */
export const FunctionCondition: Story = {
  args: { defaultValue: FUNCTION },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Operator for properties.basket.items' })).toHaveValue('function:any');
  },
};

/** Nodes the editor cannot read stay as JSON; they can still be removed. */
export const RawNodes: Story = {
  args: { defaultValue: RAW },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/"not"/)).toBeVisible();
  },
};

/** Read-only: no add or remove, inputs read-only. */
export const ReadOnly: Story = {
  args: { defaultValue: FILLED, readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.getByRole('combobox', { name: 'Property for condition 1' })).toHaveAttribute('readonly');
  },
};

/** Disabled. */
export const Disabled: Story = {
  args: { defaultValue: FILLED, disabled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Add condition to Where' })).toBeDisabled();
    await expect(canvas.getByRole('combobox', { name: 'Property for condition 1' })).toBeDisabled();
  },
};

// ---- Interaction tests ----

/** Test: add a condition, pick a property and type a value. */
export const AddACondition: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add condition to Where' }));
    await userEvent.type(canvas.getByRole('combobox', { name: 'Property for condition 1' }), 'properties.client.url');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Value for properties.client.url' }), 'football{Enter}');
    await expect(args.onChange).toHaveBeenLastCalledWith({
      kind: 'where-condition',
      // The shared generator counts across stories, so only the shape of the id is stable.
      id: expect.stringMatching(/^s\d+$/),
      property: 'properties.client.url',
      condition: { kind: 'operator', operator: 'contains', operand: 'football' },
    });
  },
};

/** Test: the top level switched from "all of" to "any of". */
export const SwitchMatch: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: FILLED },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(within(canvas.getByRole('radiogroup', { name: 'Match for Where' })).getByRole('radio', { name: 'any of' }));
    await expect(within(canvas.getByRole('radiogroup', { name: 'Match for Where' })).getByRole('radio', { name: 'any of' })).toBeChecked();
  },
};

/** Test: a paste splits on commas and newlines; a chip's button removes it. */
export const PasteChips: Story = {
  tags: ['!dev', '!autodocs'],
  args: { ...Chips.args },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'Value for properties.article.tags' }));
    await userEvent.paste('golf, tennis\ncricket');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove rugby' }));
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ condition: { kind: 'operator', operator: 'list_contains', operand: ['golf', 'tennis', 'cricket'] } }),
    );
  },
};

/** Test: a range that ends before it starts, and letters in a number: inline messages, text kept. */
export const InvalidRange: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { kind: 'where-condition', id: 'i1', property: 'properties.price', condition: { kind: 'operator', operator: 'between', operand: { start: 10, end: 50 } } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const start = canvas.getByRole('textbox', { name: 'From for properties.price' });
    await userEvent.clear(start);
    await userEvent.type(start, '80');
    await expect(canvas.getByRole('textbox', { name: 'To for properties.price' })).toHaveAccessibleDescription(/starts at 80 but ends at 50/);
    const end = canvas.getByRole('textbox', { name: 'To for properties.price' });
    await userEvent.type(end, 'x');
    await expect(end).toHaveValue('50x');
    await expect(canvas.getByText('Enter a number using digits, such as 5')).toBeVisible();
  },
};

/** Test: "any" switched to "all" keeps the item property and its condition. */
export const SwitchFunction: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: FUNCTION },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Operator for properties.basket.items' }), 'function:all');
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ condition: expect.objectContaining({ function: 'all', property: 'price' }) }));
    await expect(canvas.getByRole('textbox', { name: 'Value for category' })).toBeVisible();
  },
};

/** Test: a node kept as JSON can be removed. */
export const RemoveRawNode: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: RAW },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Remove condition 1' }));
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ children: [RAW.kind === 'where-group' ? RAW.children[1] : RAW] }));
  },
};
