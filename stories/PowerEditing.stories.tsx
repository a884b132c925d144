import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CohortQueryBuilder, type JsonObject } from '../src/index';
import { demoEvents } from './support/catalogues';

const clause = (event: string): JsonObject => ({ event, frequency: { greater_than_or_equal_to: 1 } });
/** Group 1 (Pageview or videoViews) and Signup, a group of one shown as clause 2. */
const start: JsonObject = { and: [{ or: [clause('Pageview'), clause('videoViews')] }, { or: [clause('Signup')] }] };
/** One clause, LinkClick, in a group of one. */
const other: JsonObject = { and: [{ or: [clause('LinkClick')] }] };

type Scope = ReturnType<typeof within>;

/** The JSON a builder's preview shows, parsed: what its host would receive. */
function jsonOf(scope: Scope): unknown {
  return JSON.parse(scope.getByRole('group', { name: 'Cohort API JSON' }).querySelector('pre')!.textContent!);
}

/** The two builders of a story, by the regions around them. */
function builders(canvasElement: HTMLElement): { a: Scope; b: Scope } {
  const canvas = within(canvasElement);
  return { a: within(canvas.getByRole('region', { name: 'Cohort A' })), b: within(canvas.getByRole('region', { name: 'Cohort B' })) };
}

/** Opens a node's "Actions for …" menu and chooses an item, as a person does. */
async function chooseAction(scope: Scope, node: string, item: string) {
  await userEvent.click(scope.getByRole('button', { name: `Actions for ${node}` }));
  await userEvent.click(await scope.findByRole('menuitem', { name: item }));
}

const announcement = (scope: Scope) => scope.getByRole('status', { name: 'Arrangement announcements' });

const meta = {
  title: 'Builder/Power editing',
  component: CohortQueryBuilder,
  args: { onChange: fn(), events: demoEvents, showJson: true, showSummary: false, defaultValue: start },
} satisfies Meta<typeof CohortQueryBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Two builders on one page share nothing but the clipboard. Choose "Copy as JSON" in a clause's or
 * group's Actions menu (or press Ctrl/Cmd+C on its handle or menu button), then "Paste" in the
 * other builder (or Ctrl/Cmd+V): on a clause it lands right after it, on a group inside it, on
 * "+ And" at the top level. What does not fit the AND of ORs the Cohort API documents is refused,
 * and the builder says why.
 */
export const CopyPaste: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <section aria-label="Cohort A">
        <CohortQueryBuilder {...args} />
      </section>
      <section aria-label="Cohort B">
        <CohortQueryBuilder {...args} defaultValue={other} onChange={undefined} />
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    // A demo: it only looks.
    const { a, b } = builders(canvasElement);
    await expect(a.getByRole('button', { name: 'Actions for group 1' })).toBeVisible();
    await expect(jsonOf(b)).toEqual(other);
  },
};

/** Test: "Copy as JSON" on clause 1.2 of one builder, "Paste" on clause 1 of the other: it lands after it, and is said. */
export const CopyPasteBetweenBuilders: Story = {
  ...CopyPaste,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    // user-event's clipboard stands in for the system's (a story's frame may not read the real one).
    userEvent.setup();
    const { a, b } = builders(canvasElement);
    await chooseAction(a, 'clause 1.2', 'Copy as JSON');
    await waitFor(() => expect(announcement(a)).toHaveTextContent('Copied clause 1.2 as JSON.'));
    await chooseAction(b, 'clause 1', 'Paste');
    await waitFor(() => expect(jsonOf(b)).toEqual({ and: [{ or: [clause('LinkClick')] }, { or: [clause('videoViews')] }] }));
    await expect(announcement(b)).toHaveTextContent('Pasted clause 2.');
    await expect(b.getByRole('button', { name: 'Actions for clause 2' })).toHaveFocus();
  },
};

/** Test: Ctrl+C on a group's menu button, Ctrl+V on the other builder's "+ And": the group joins its top level. */
export const CopyPasteWithKeys: Story = {
  ...CopyPaste,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const { a, b } = builders(canvasElement);
    a.getByRole('button', { name: 'Actions for group 1' }).focus();
    await user.keyboard('{Control>}c{/Control}');
    await waitFor(() => expect(announcement(a)).toHaveTextContent('Copied group 1 as JSON.'));
    b.getByRole('button', { name: '+ And (cohort query)' }).focus();
    await user.keyboard('{Control>}v{/Control}');
    await waitFor(() => expect(jsonOf(b)).toEqual({ and: [{ or: [clause('LinkClick')] }, { or: [clause('Pageview'), clause('videoViews')] }] }));
  },
};

/** Test: text that is no query on the clipboard: nothing changes, and the builder shows and says why. */
export const CopyPasteNotJson: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    userEvent.setup();
    await navigator.clipboard.writeText('Sport fans who signed up');
    const canvas = within(canvasElement);
    await chooseAction(canvas, 'clause 2', 'Paste');
    const reason = 'Nothing was pasted: the clipboard does not hold JSON.';
    await waitFor(() => expect(canvas.getByText(new RegExp(`^${reason}`), { selector: 'p' })).toBeVisible());
    await expect(announcement(canvas)).toHaveTextContent(reason);
    await expect(jsonOf(canvas)).toEqual(start);
  },
};

/** Test: where the browser will not read the clipboard, Paste offers a box to paste the JSON into. */
export const CopyPasteByHand: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const refused = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    const read = navigator.clipboard.readText;
    navigator.clipboard.readText = refused;
    try {
      const canvas = within(canvasElement);
      await chooseAction(canvas, 'group 1', 'Paste');
      const box = await canvas.findByRole('textbox', { name: 'JSON to paste' });
      await expect(box).toHaveFocus();
      await user.type(box, JSON.stringify(clause('LinkClick')).replace(/[{[]/g, '$&$&'));
      await user.click(within(canvas.getByRole('group', { name: 'Paste by hand' })).getByRole('button', { name: 'Paste' }));
      await waitFor(() => expect(jsonOf(canvas)).toEqual({ and: [{ or: [clause('Pageview'), clause('videoViews'), clause('LinkClick')] }, { or: [clause('Signup')] }] }));
    } finally {
      navigator.clipboard.readText = read;
    }
  },
};

/** Test: where the browser will not write the clipboard, the JSON is shown read-only to copy by hand (left open, so axe checks it). */
export const CopyPasteCopyByHand: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    userEvent.setup();
    const write = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    try {
      const canvas = within(canvasElement);
      await chooseAction(canvas, 'clause 2', 'Copy as JSON');
      const area = await canvas.findByRole('textbox', { name: 'JSON of clause 2' });
      await expect(area).toHaveAttribute('readonly');
      await expect(area).toHaveFocus();
      await expect(JSON.parse((area as HTMLTextAreaElement).value)).toEqual(clause('Signup'));
      await expect(canvas.getByRole('group', { name: 'Copy clause 2 by hand' })).toBeVisible();
    } finally {
      navigator.clipboard.writeText = write;
    }
  },
};

/**
 * Ungroup: "Ungroup (each must match)" on an OR group at the top level makes each of its clauses
 * one that must match: the meaning changes, so the item and the announcement say so, and Undo
 * takes it back in one step.
 */
export const Ungroup: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await chooseAction(canvas, 'group 1', 'Ungroup (each must match)');
    await expect(jsonOf(canvas)).toEqual({ and: [{ or: [clause('Pageview')] }, { or: [clause('videoViews')] }, { or: [clause('Signup')] }] });
    await expect(announcement(canvas)).toHaveTextContent('each of its clauses must now match, where one was enough before');
    await expect(canvas.getByRole('button', { name: 'Actions for clause 1' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(jsonOf(canvas)).toEqual(start);
  },
};

/** Test: "Make a group" on a clause that stands bare in the top-level AND puts it in an OR of its own, with a "+ Or". */
export const UngroupMakeGroup: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { and: [clause('Pageview'), { or: [clause('Signup')] }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await chooseAction(canvas, 'clause 1', 'Make a group');
    await expect(jsonOf(canvas)).toEqual({ and: [{ or: [clause('Pageview')] }, { or: [clause('Signup')] }] });
    await expect(canvas.getByRole('button', { name: '+ Or (clause 1)' })).toHaveFocus();
  },
};

// ---- Code mode and templates (issue 13) ----

/** A query with an error (clause 2 has no event) and parts the builder does not know (`owner`, a window it cannot read). */
const withUnknownParts: JsonObject = {
  and: [
    { or: [{ ...clause('Pageview'), during: { between: ['2026-01-01', '2026-02-01'] } }] },
    { or: [clause('')] },
  ],
  owner: 'team-sport',
};

const codeToggle = (scope: Scope) => scope.getByRole('button', { name: 'Edit as JSON' });
const codeArea = (scope: Scope) => scope.findByRole('textbox', { name: 'Query as Cohort API JSON' }) as Promise<HTMLTextAreaElement>;

/** Selects `from`…`to` of a text area and types `keys` over it, as a person does (user-event's key syntax). */
async function typeOver(area: HTMLTextAreaElement, from: number, to: number, keys: string) {
  area.focus();
  area.setSelectionRange(from, to);
  await userEvent.keyboard(keys);
}

/**
 * Code mode: "Edit as JSON" in the toolbar shows the whole query as Cohort API JSON, with line
 * numbers, and lists its issues at their line and column (choose one to put the caret there).
 * Valid JSON applies as it is typed; the builder comes back while the text is a query, and the
 * whole session is one undo step. Parts the builder does not know are kept as written.
 */
export const CodeMode: Story = {
  args: { defaultValue: withUnknownParts },
  play: async ({ canvasElement }) => {
    // A demo: it opens the code view and looks.
    const canvas = within(canvasElement);
    await userEvent.click(codeToggle(canvas));
    const area = await codeArea(canvas);
    await expect(JSON.parse(area.value)).toEqual(withUnknownParts);
    await expect(canvas.getByRole('button', { name: /^Line \d+, column \d+: Error: / })).toBeVisible();
  },
};

/** Test: a comma taken out; the toggle refuses the builder, says why at which line, and keeps the text. */
export const CodeModeNotJson: Story = {
  ...CodeMode,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(codeToggle(canvas));
    const area = await codeArea(canvas);
    const comma = area.value.indexOf('},\n');
    await typeOver(area, comma + 1, comma + 2, '{Backspace}');
    const typed = area.value;
    await userEvent.click(codeToggle(canvas));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/^The builder cannot show this text.*Line \d+, column \d+: Error: This is not JSON/);
    await expect(codeToggle(canvas)).toHaveAttribute('aria-pressed', 'true');
    await expect(area.value).toBe(typed);
  },
};

/** Test: an event typed in code mode; back in the builder the clause shows it, unknown parts kept; one Undo takes the whole session back. */
export const CodeModeRoundTrip: Story = {
  ...CodeMode,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(codeToggle(canvas));
    const area = await codeArea(canvas);
    const blank = area.value.indexOf('"event": ""') + '"event": "'.length;
    await typeOver(area, blank, blank, 'Signup');
    const typed = JSON.parse(area.value) as JsonObject;
    await userEvent.click(codeToggle(canvas));
    await expect(codeToggle(canvas)).toHaveAttribute('aria-pressed', 'false');
    await expect(canvas.getByRole('combobox', { name: 'Event (clause 2)' })).toHaveValue('Signup');
    await expect(jsonOf(canvas)).toEqual(typed);
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(jsonOf(canvas)).toEqual(withUnknownParts);
  },
};

/**
 * Templates: a new cohort (or a query whose clauses were all removed) offers "Start from a
 * template", each with its description and what it selects, in the builder's words. Choosing one
 * is one undo step; focus goes to its first field. `templates` sets your own; `[]` offers none.
 */
export const Templates: Story = {
  args: { defaultValue: undefined },
  play: async ({ canvasElement }) => {
    // A demo: it only looks.
    const canvas = within(canvasElement);
    const offer = canvas.getByRole('group', { name: 'Start from a template' });
    await expect(within(offer).getByRole('button', { name: 'Frequent visitors' })).toHaveAccessibleDescription(/at least 10 times in the last 30 days/);
  },
};

/** Test: "Engaged readers" chosen: its clause shows with focus in its first field, it is said, and Undo brings the offer back. */
export const TemplatesApply: Story = {
  ...Templates,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Engaged readers' }));
    await expect(jsonOf(canvas)).toEqual({ and: [{ or: [{ engaged_time: { seconds: { greater_than_or_equal_to: 120 } } }] }] });
    await expect(canvas.getByRole('article', { name: /^Clause 1:/ }).contains(document.activeElement)).toBe(true);
    await expect(announcement(canvas)).toHaveTextContent('Started from the template "Engaged readers".');
    await expect(canvas.queryByRole('group', { name: 'Start from a template' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }));
    await expect(canvas.getByRole('group', { name: 'Start from a template' })).toBeVisible();
  },
};
