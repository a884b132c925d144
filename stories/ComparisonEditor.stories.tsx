import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ComparisonEditor } from '../src/components/ComparisonEditor';

const meta = {
  title: 'Editors/ComparisonEditor',
  component: ComparisonEditor,
  tags: ['autodocs'],
  args: { label: 'Engaged time', suffix: 'seconds', onChange: fn() },
} satisfies Meta<typeof ComparisonEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

// Demos open clean: their play functions only check what is shown. The interaction tests below
// them are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** No comparison yet: the operator can be picked first; the number makes it whole. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Engaged time value' })).toHaveValue('');
  },
};

/** Engaged time of at least 30 seconds. */
export const Filled: Story = {
  args: { defaultValue: { kind: 'comparison', operator: 'greater_than_or_equal_to', value: 30 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Engaged time value' })).toHaveValue('30');
  },
};

/** Completion stored as a fraction and shown as a percentage (scale 100). */
export const Percentage: Story = {
  args: { label: 'Completion', suffix: '%', scale: 100, min: 0, max: 1, defaultValue: { kind: 'comparison', operator: 'greater_than_or_equal_to', value: 0.6 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Completion value' })).toHaveValue('60');
  },
};

/** An operator the library does not know is shown as it came and kept. */
export const UnknownOperator: Story = {
  args: { defaultValue: { kind: 'comparison', operator: 'at_least_roughly', value: 5 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Engaged time comparison' })).toHaveValue('at_least_roughly');
  },
};

/** Read-only. */
export const ReadOnly: Story = {
  args: { readOnly: true, defaultValue: { kind: 'comparison', operator: 'greater_than', value: 30 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Engaged time value' })).toHaveAttribute('readonly');
    await expect(canvas.getByRole('combobox', { name: 'Engaged time comparison' })).toBeDisabled();
  },
};

/** Disabled. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: { kind: 'comparison', operator: 'greater_than', value: 30 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Engaged time value' })).toBeDisabled();
  },
};

// ---- Interaction tests ----

/** Test: the operator picked first, then the number makes the comparison whole. */
export const OperatorThenNumber: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Engaged time comparison' }), 'more than');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Engaged time value' }), '30');
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'comparison', operator: 'greater_than', value: 30 });
  },
};

/** Test: another operator keeps the number. */
export const ChangeOperator: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { kind: 'comparison', operator: 'greater_than_or_equal_to', value: 30 } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Engaged time comparison' }), 'at most');
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'comparison', operator: 'less_than_or_equal_to', value: 30 });
  },
};

/** Test: a percentage typed is stored as a fraction. */
export const TypePercentage: Story = {
  tags: ['!dev', '!autodocs'],
  args: { ...Percentage.args },
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Completion value' });
    await userEvent.clear(input);
    await userEvent.type(input, '75');
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'comparison', operator: 'greater_than_or_equal_to', value: 0.75 });
  },
};

/** Test: letters in the number: the message explains, the text stays, nothing is sent. */
export const LettersInNumber: Story = {
  tags: ['!dev', '!autodocs'],
  args: { integer: true, min: 0, defaultValue: { kind: 'comparison', operator: 'greater_than', value: 30 } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Engaged time value' });
    await userEvent.clear(input);
    await userEvent.type(input, '3o');
    await expect(input).toHaveValue('3o');
    await expect(canvas.getByText('Enter a number using digits, such as 5')).toBeVisible();
    // "3" was a valid number and was sent; "3o" is not, so the last value sent is still 3.
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'comparison', operator: 'greater_than', value: 3 });
  },
};
