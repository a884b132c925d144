import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { defaultEditorLabels, TagsInput, type TagsInputProps } from '../../src/index';

// Controlled, as the editor uses it: the host keeps the tags (starting from the story's `value`).
function TagsHost(args: TagsInputProps) {
  const [tags, setTags] = useState(args.value);
  return (
    <TagsInput
      {...args}
      value={tags}
      onChange={(next) => {
        setTags(next);
        args.onChange(next);
      }}
    />
  );
}

const meta = {
  title: 'Editor/TagsInput',
  component: TagsInput,
  tags: ['autodocs'],
  args: {
    value: [],
    label: defaultEditorLabels.tags,
    help: defaultEditorLabels.tagsHelp,
    removeLabel: defaultEditorLabels.removeTag,
    onChange: fn(),
  },
  argTypes: { removeLabel: { control: false } },
  render: (args) => <TagsHost {...args} />,
} satisfies Meta<typeof TagsInput>;
export default meta;
type Story = StoryObj<typeof meta>;

/** No tags yet: type one and press Enter or a comma. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Tags' })).toHaveValue('');
    await expect(canvas.queryByRole('list', { name: 'Tags' })).toBeNull();
  },
};

/** Two tags, each with its remove button. */
export const Filled: Story = {
  args: { value: ['sport', 'news'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(within(canvas.getByRole('list', { name: 'Tags' })).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getByRole('button', { name: 'Remove tag news' })).toBeVisible();
  },
};

/** Disabled: the tags show, without remove buttons. */
export const Disabled: Story = {
  args: { value: ['sport'], disabled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Tags' })).toBeDisabled();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** Test: Enter and a comma make chips, a paste splits on commas, Backspace and × remove. */
export const AddAndRemove: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Tags' });
    await userEvent.type(input, 'sport{Enter}news,');
    await expect(args.onChange).toHaveBeenLastCalledWith(['sport', 'news']);
    await userEvent.paste('football, rugby');
    await expect(args.onChange).toHaveBeenLastCalledWith(['sport', 'news', 'football', 'rugby']);
    await userEvent.keyboard('{Backspace}');
    await expect(args.onChange).toHaveBeenLastCalledWith(['sport', 'news', 'football']);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove tag sport' }));
    await expect(args.onChange).toHaveBeenLastCalledWith(['news', 'football']);
    await expect(input).toHaveFocus();
  },
};
