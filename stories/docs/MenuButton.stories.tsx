import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { MenuButton } from '../../src/index';

const items = [
  { key: 'up', label: 'Move up', onSelect: fn() },
  { key: 'down', label: 'Move down', onSelect: fn(), disabled: true },
  { key: 'duplicate', label: 'Duplicate', onSelect: fn() },
  { key: 'remove', label: 'Remove', onSelect: fn() },
];

// The builder's menu button (a clause's actions, the add controls). A host swaps it through
// `components.MenuButton`; this is the default.
const meta = {
  title: 'Builder/MenuButton',
  component: MenuButton,
  tags: ['autodocs'],
  args: { label: 'Actions for clause 1', children: '⋯', items },
  argTypes: { items: { control: false }, children: { control: 'text' } },
} satisfies Meta<typeof MenuButton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Closed. Enter, Space or ArrowDown open it on its first item, ArrowUp on its last. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Actions for clause 1' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  },
};

/** Visible text: the accessible name must contain it. */
export const WithText: Story = {
  args: { label: '+ And (cohort query)', children: '+ And' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: '+ And (cohort query)' })).toHaveTextContent('+ And');
  },
};

/** Disabled. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Actions for clause 1' })).toBeDisabled();
  },
};

// ---- Interaction tests: tagged '!dev' (not in the sidebar) and '!autodocs'; the test run keeps them ----

/** Test: the WAI-ARIA menu button keys: open on the first item, a letter jumps, a disabled item does nothing, Enter chooses and focus returns. */
export const KeyboardPattern: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Actions for clause 1' });
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Move up' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(items[1]!.onSelect).not.toHaveBeenCalled();
    await userEvent.keyboard('r');
    await expect(canvas.getByRole('menuitem', { name: 'Remove' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(items[3]!.onSelect).toHaveBeenCalledOnce();
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: 'Remove' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('menu')).toBeNull();
    await expect(button).toHaveFocus();
  },
};
