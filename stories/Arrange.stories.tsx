import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CohortQueryBuilder, type JsonObject } from '../src/index';
import { demoEvents } from './support/catalogues';
import { previewJson } from './support/json';
import { center, pause, pointerDrag } from './support/pointerDrag';

const clause = (event: string): JsonObject => ({ event, frequency: { greater_than_or_equal_to: 1 } });
/** Two OR groups of event clauses: Pageview, videoViews, LinkClick in group 1; Signup alone in group 2, shown as clause 2. */
const start: JsonObject = { and: [{ or: [clause('Pageview'), clause('videoViews'), clause('LinkClick')] }, { or: [clause('Signup')] }] };

/** The event names, group by group, of the JSON the preview shows. */
function eventsIn(canvasElement: HTMLElement): string[][] {
  type Member = { event?: string; or?: Member[] };
  const json = previewJson(canvasElement) as { and: Member[] };
  // A bare clause at the top level reads as a group of one, so a wrong move fails the comparison, not the helper.
  return json.and.map((member) => (member.or ?? [member]).map((inner) => inner.event ?? '?'));
}

/** Opens a node's "Actions for …" menu button and chooses an item, as a person does. */
async function chooseAction(canvas: ReturnType<typeof within>, node: string, item: string) {
  await userEvent.click(canvas.getByRole('button', { name: `Actions for ${node}` }));
  await userEvent.click(await canvas.findByRole('menuitem', { name: item }));
}

async function press(...keys: string[]) {
  for (const key of keys) {
    await userEvent.keyboard(key);
    await pause();
  }
}

const meta = {
  title: 'Builder/Arrange',
  component: CohortQueryBuilder,
  args: { onChange: fn(), events: demoEvents, showJson: true, showSummary: false, defaultValue: start },
} satisfies Meta<typeof CohortQueryBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

// The demo opens clean: its play function only checks what is shown. The interaction tests below it
// are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** Two groups of clauses, as they open: group 1 (Pageview, videoViews or LinkClick) and Signup, a group of one shown as clause 2. Drag a handle, or use a clause's Actions menu, to rearrange them. */
export const TwoGroups: Story = {
  play: async ({ canvasElement }) => {
    // A demo: it only looks.
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'group 1' })).toBeVisible();
    await expect(canvas.getByRole('article', { name: /^Clause 2:/ })).toBeVisible();
    await expect(eventsIn(canvasElement)).toEqual([['Pageview', 'videoViews', 'LinkClick'], ['Signup']]);
  },
};

/** Test: keyboard drag: focus a handle, Space to pick up, arrows to move, Space to drop; the live region narrates. */
export const KeyboardDrag: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await press(' ');
    const announcer = canvas.getByRole('status', { name: 'Arrangement announcements' });
    // The first pick-up may wait for drag and drop to load: the arrows follow once it says so.
    await waitFor(() => expect(announcer).toHaveTextContent(/Picked up clause 1\.2/), { timeout: 10_000 });
    await press('{ArrowDown}', '{ArrowDown}', '{ArrowDown}', ' ');
    await waitFor(() => expect(eventsIn(canvasElement)).toEqual([['Pageview', 'LinkClick'], ['videoViews', 'Signup']]));
    await expect(announcer).toHaveTextContent('Moved clause 1.2 to group 2, position 1 of 2. It is now clause 2.1.');
  },
};

/** Test: pointer drag: a clause by its handle onto the lower half of a (folded) clause in another group lands after it. */
export const PointerDrag: Story = {
  tags: ['!dev', '!autodocs'],
  // Two short groups and no JSON preview, so both ends of the drag are in view in a small frame.
  args: { defaultValue: { and: [{ or: [clause('Pageview')] }, { or: [clause('Signup')] }] }, showJson: false },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // Each group holds one clause, shown alone: clause 1 and clause 2.
    // Folded to one line, the target sits well above the frame's bottom edge, where dnd-kit would scroll.
    await userEvent.click(canvas.getByRole('button', { name: 'Details of clause 2' }));
    const target = canvas.getByRole('article', { name: /^Clause 2:/ }).getBoundingClientRect();
    await pointerDrag(canvas.getByRole('button', { name: 'Drag clause 1' }), { x: target.left + 40, y: target.bottom - 4 }, 'after');
    // Group 1 is left empty, so it goes: the clause joins Signup's group, after it.
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith({ and: [{ or: [clause('Signup'), clause('Pageview')] }] }, expect.anything()));
  },
};

/** Test: a drop that would break the AND-of-ORs shape (a group inside an OR group) is refused, and the builder says why. */
export const RefusedDrop: Story = {
  tags: ['!dev', '!autodocs'],
  // Group 2 holds two clauses, so it has a header and a handle (a group of one shows its clause alone).
  args: { defaultValue: { and: [{ or: [clause('Pageview'), clause('videoViews'), clause('LinkClick')] }, { or: [clause('Signup'), clause('Purchase')] }] } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await pointerDrag(canvas.getByRole('button', { name: 'Drag group 2' }), center(canvas.getByRole('article', { name: /^Clause 1\.2:/ })), 'refused');
    const why = /Group 2 was not moved: a group cannot go inside an OR group/;
    await expect(canvas.getByText(why, { selector: 'p' })).toBeVisible();
    await expect(canvas.getByRole('status', { name: 'Arrangement announcements' })).toHaveTextContent(why);
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** Test: escape during a keyboard drag puts the clause back and says so. */
export const CancelledDrag: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await press(' ');
    const announcer = canvas.getByRole('status', { name: 'Arrangement announcements' });
    await waitFor(() => expect(announcer).toHaveTextContent(/Picked up clause 1\.2/), { timeout: 10_000 });
    await press('{ArrowDown}', '{Escape}');
    await expect(announcer).toHaveTextContent('Cancelled. Clause 1.2 was not moved.');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** Test: moving without dragging: Move up / Move down in a clause's Actions menu, and "Move to another group…" (another group or a new one). */
export const MoveMenu: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await chooseAction(canvas, 'clause 1.1', 'Move down');
    await expect(eventsIn(canvasElement)).toEqual([['videoViews', 'Pageview', 'LinkClick'], ['Signup']]);
    // Focus stays with the moved clause: on its menu button, under its new name.
    await expect(canvas.getByRole('button', { name: 'Actions for clause 1.2' })).toHaveFocus();

    await chooseAction(canvas, 'clause 1.3', 'Move to another group…');
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: 'Destination for clause 1.3' }), 'New group');
    await userEvent.click(canvas.getByRole('button', { name: 'Move' }));
    await expect(eventsIn(canvasElement)).toEqual([['videoViews', 'Pageview'], ['Signup'], ['LinkClick']]);
    await expect(canvas.getByRole('button', { name: 'Actions for clause 3' })).toHaveFocus();
  },
};

/** Test: undo and redo, by the toolbar buttons and by Ctrl+Z / Shift+Ctrl+Z; a typed word is one step. */
export const UndoRedo: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const event = canvas.getByRole('combobox', { name: 'Event (clause 2)' });
    await userEvent.type(event, 'Done');
    await chooseAction(canvas, 'clause 1.1', 'Remove');
    await expect(eventsIn(canvasElement)).toEqual([['videoViews', 'LinkClick'], ['SignupDone']]);

    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(eventsIn(canvasElement)).toEqual([['Pageview', 'videoViews', 'LinkClick'], ['SignupDone']]);
    canvas.getByRole('combobox', { name: 'Event (clause 2)' }).focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect(eventsIn(canvasElement)).toEqual([['Pageview', 'videoViews', 'LinkClick'], ['Signup']]);
    await userEvent.keyboard('{Shift>}{Control>}z{/Control}{/Shift}');
    await expect(eventsIn(canvasElement)).toEqual([['Pageview', 'videoViews', 'LinkClick'], ['SignupDone']]);
    await userEvent.click(canvas.getByRole('button', { name: 'Redo' }));
    await expect(eventsIn(canvasElement)).toEqual([['videoViews', 'LinkClick'], ['SignupDone']]);
  },
};

/** Test: fold a clause or a whole group to its one-line summary; Collapse all / Expand all. */
export const Collapse: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Details of clause 1.1' }));
    const first = canvas.getByRole('article', { name: /^Clause 1\.1:/ });
    await expect(first).toHaveAttribute('data-state', 'closed');
    await expect(within(first).getByText('did Pageview at least once')).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Collapse all' }));
    await expect(canvas.getByRole('group', { name: 'group 1' })).toHaveAttribute('data-state', 'closed');
    await expect(canvas.queryByRole('article', { name: /^Clause 1\.2:/ })).toBeNull();
    // Group 2 holds one clause, shown alone: the clause folds.
    await expect(canvas.getByRole('article', { name: /^Clause 2:/ })).toHaveAttribute('data-state', 'closed');
    await userEvent.click(canvas.getByRole('button', { name: 'Expand all' }));
    await expect(canvas.getByRole('combobox', { name: 'Event (clause 2)' })).toBeVisible();
    // Folding changes how the query looks, never the query.
    await expect(eventsIn(canvasElement)).toEqual([['Pageview', 'videoViews', 'LinkClick'], ['Signup']]);
  },
};
