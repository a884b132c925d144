import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FrequencyEditor } from '../src/components/FrequencyEditor';

const meta = {
  title: 'Editors/FrequencyEditor',
  component: FrequencyEditor,
  tags: ['autodocs'],
  args: { onChange: fn() },
} satisfies Meta<typeof FrequencyEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

// Demos open clean: their play functions only check what is shown. The interaction tests below
// them are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** No frequency yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Frequency value' })).toHaveValue('');
  },
};

/** At least 3 times. */
export const Filled: Story = {
  args: { defaultValue: { kind: 'comparison', operator: 'greater_than_or_equal_to', value: 3 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Frequency' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Frequency value' })).toHaveValue('3');
  },
};

/** "Exactly 0 times" is how a person says the event did not happen. */
export const DidNotHappen: Story = {
  args: { defaultValue: { kind: 'comparison', operator: 'equal_to', value: 0 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('did not happen')).toBeVisible();
  },
};

/** Read-only. */
export const ReadOnly: Story = {
  args: { readOnly: true, defaultValue: { kind: 'comparison', operator: 'equal_to', value: 0 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Frequency value' })).toHaveAttribute('readonly');
    await expect(canvas.getByText('did not happen')).toBeVisible();
  },
};

/** Disabled. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: { kind: 'comparison', operator: 'greater_than', value: 1 } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Frequency comparison' })).toBeDisabled();
  },
};

// ---- Interaction tests ----

/** Test: a typed count makes a whole frequency, "at least" by default. */
export const TypeACount: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Frequency value' }), '2');
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'comparison', operator: 'greater_than_or_equal_to', value: 2 });
    await expect(canvas.getByText('times')).toBeVisible();
  },
};

/** Test: "exactly 0" reads as "did not happen". */
export const TypeZero: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { kind: 'comparison', operator: 'equal_to', value: 1 } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Frequency value' });
    await userEvent.clear(input);
    await userEvent.type(input, '0');
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'comparison', operator: 'equal_to', value: 0 });
    await expect(canvas.getByText('did not happen')).toBeVisible();
  },
};

/** Test: a negative count: the message explains and the text stays. */
export const NegativeCount: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { kind: 'comparison', operator: 'greater_than_or_equal_to', value: 3 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Frequency value' });
    await userEvent.clear(input);
    await userEvent.type(input, '-2');
    await expect(input).toHaveValue('-2');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter 0 or more'));
  },
};
