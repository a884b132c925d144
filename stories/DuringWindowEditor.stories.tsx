import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DuringWindowEditor } from '../src/components/DuringWindowEditor';

const meta = {
  title: 'Editors/DuringWindowEditor',
  component: DuringWindowEditor,
  tags: ['autodocs'],
  args: { onChange: fn() },
} satisfies Meta<typeof DuringWindowEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

// Demos open clean: their play functions only check what is shown. The interaction tests below
// them are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** All time (no `during`): picking "in the last" starts at 30 days. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('radio', { name: 'All time' })).toBeChecked();
  },
};

/** In the last 7 days. */
export const Filled: Story = {
  args: { defaultValue: { kind: 'the_last', value: 7, unit: 'days' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'In the last' })).toBeChecked();
    await expect(canvas.getByRole('textbox', { name: 'During length' })).toHaveValue('7');
  },
};

/** The words of a clause's sentence ("in the last [30] [days]"), as the builder shows it. */
export const Inline: Story = {
  args: { variant: 'inline', defaultValue: { kind: 'the_last', value: 30, unit: 'days' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'During' })).toHaveValue('the_last');
  },
};

/** This session (an S form). */
export const ThisSession: Story = {
  args: { defaultValue: { kind: 'this_session' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('radio', { name: 'This session' })).toBeChecked();
  },
};

/** A unit outside the list (singular "day") is shown and kept. */
export const ExtraUnit: Story = {
  args: { defaultValue: { kind: 'the_last', value: 1, unit: 'day' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'During unit' })).toHaveValue('day');
  },
};

/** A window the editor cannot read is shown as JSON until the person replaces it. */
export const RawWindow: Story = {
  args: { defaultValue: { kind: 'raw', json: { between: { start: '2024-01-01', end: '2024-02-01' } } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/"between"/)).toBeVisible();
  },
};

/** "This session" switched off by the host. */
export const WithoutThisSession: Story = {
  args: { allowThisSession: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('radio', { name: 'This session' })).toBeDisabled();
  },
};

/** Read-only: only the chosen form stays focusable. */
export const ReadOnly: Story = {
  args: { readOnly: true, defaultValue: { kind: 'the_last', value: 3, unit: 'hours' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'All time' })).toBeDisabled();
    await expect(canvas.getByRole('textbox', { name: 'During length' })).toHaveAttribute('readonly');
  },
};

/** Disabled. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: { kind: 'the_last', value: 3, unit: 'hours' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('radio', { name: 'In the last' })).toBeDisabled();
  },
};

// ---- Interaction tests ----

/** Test: picking "in the last" starts at 30 days. */
export const PickInTheLast: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'In the last' }));
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'the_last', value: 30, unit: 'days' });
  },
};

/** Test: the unit changes, the length stays. */
export const ChangeUnit: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { kind: 'the_last', value: 7, unit: 'days' } },
  play: async ({ canvasElement, args }) => {
    await userEvent.selectOptions(within(canvasElement).getByRole('combobox', { name: 'During unit' }), 'weeks');
    await expect(args.onChange).toHaveBeenLastCalledWith({ kind: 'the_last', value: 7, unit: 'weeks' });
  },
};

/** Test: the inline form's select switches to all time. */
export const InlineToAllTime: Story = {
  tags: ['!dev', '!autodocs'],
  args: { ...Inline.args },
  play: async ({ canvasElement, args }) => {
    await userEvent.selectOptions(within(canvasElement).getByRole('combobox', { name: 'During' }), 'all_time');
    await expect(args.onChange).toHaveBeenLastCalledWith(undefined);
  },
};

/** Test: letters in the length: the message explains, the text stays. */
export const LettersInLength: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { kind: 'the_last', value: 30, unit: 'days' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'During length' });
    await userEvent.clear(input);
    await userEvent.type(input, 'ten');
    await expect(input).toHaveValue('ten');
    await expect(canvas.getByText('Enter a number using digits, such as 5')).toBeVisible();
  },
};

/** Test: Replace, then a form, writes over a window the editor cannot read. */
export const ReplaceRawWindow: Story = {
  tags: ['!dev', '!autodocs'],
  args: { ...RawWindow.args },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Replace' }));
    await userEvent.click(canvas.getByRole('radio', { name: 'All time' }));
    await expect(args.onChange).toHaveBeenLastCalledWith(undefined);
  },
};
