import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CohortQueryBuilder } from '../src/index';
import { corpusQuery } from './support/corpus';
import { demoCohorts, demoEvents, demoProperties } from './support/catalogues';
import { previewJson } from './support/json';

const meta = {
  title: 'Builder/CohortQueryBuilder',
  component: CohortQueryBuilder,
  args: { onChange: fn(), events: demoEvents, properties: demoProperties, cohorts: demoCohorts, showJson: true },
} satisfies Meta<typeof CohortQueryBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

const byId = corpusQuery;

/** Opens a menu button (a node's "Actions for …", an add control) and chooses an item, as a person does. */
async function choose(canvas: ReturnType<typeof within>, button: string, item: string) {
  await userEvent.click(canvas.getByRole('button', { name: button }));
  await userEvent.click(await canvas.findByRole('menuitem', { name: item }));
}

// Demos open clean: their play functions only check what is shown. The interaction tests below
// them are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** A new cohort: an AND of one OR of one empty event clause, the shape the API documents, shown as one clause. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    // A demo: it only looks. A new cohort does not open red: the blank clause keeps its errors until it is touched.
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Event (clause 1)' })).toHaveValue('');
    await expect(canvas.queryByText(/Add an event name/)).toBeNull();
  },
};

/** Clauses with errors: each says what is wrong next to the clause and how to fix it. */
export const Invalid: Story = {
  args: { defaultValue: { and: [{ or: [{ event: '', frequency: { greater_than_or_equal_to: -1 } }] }, { or: [] }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Its group holds one clause, shown alone as clause 1.
    const clause = canvas.getByRole('article', { name: /^Clause 1:/ });
    await expect(clause).toHaveAttribute('data-invalid');
    await expect(within(clause).getByText(/Add an event name/)).toBeVisible();
    await expect(canvas.getByText(/This group is empty/)).toBeVisible();
  },
};

/** Read only: everything is visible, nothing can be changed or removed. */
export const ReadOnly: Story = {
  args: { defaultValue: byId('inf-03'), readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: /^Remove/ })).toBeNull();
    // No Actions menu (remove, duplicate, moves) and no add control.
    await expect(canvas.queryByRole('button', { name: /^Actions for |^\+ / })).toBeNull();
    await expect(canvas.getByRole('combobox', { name: 'Event (clause 1.1)' })).toHaveAttribute('readonly');
  },
};

/** Disabled: every control is disabled. */
export const Disabled: Story = {
  args: { defaultValue: byId('doc-02'), disabled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const query = canvas.getByRole('group', { name: 'cohort query' });
    for (const button of within(query).getAllByRole('button')) await expect(button).toBeDisabled();
    for (const input of within(query).getAllByRole('textbox')) await expect(input).toBeDisabled();
  },
};

/** Two builders on one page, each with its own query. */
function twoBuilders(args: Story['args']) {
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <CohortQueryBuilder {...args} labels={{ builder: 'First cohort' }} defaultValue={byId('doc-01')} />
      <CohortQueryBuilder {...args} labels={{ builder: 'Second cohort' }} defaultValue={byId('code-16')} />
    </div>
  );
}

/** Two builders on one page are independent: each has its own store. */
export const TwoBuilders: Story = {
  render: twoBuilders,
  play: async ({ canvasElement }) => {
    // A demo: it only looks.
    const canvas = within(canvasElement);
    await expect(within(canvas.getByRole('group', { name: 'First cohort' })).getAllByRole('article')).toHaveLength(1);
    await expect(within(canvas.getByRole('group', { name: 'Second cohort' })).getAllByRole('article')).toHaveLength(1);
  },
};

// One story per corpus query: the builder shows it and writes back exactly the same JSON.
function corpusStory(id: string): Story {
  return {
    name: `Corpus ${id}`,
    args: { defaultValue: byId(id) },
    play: async ({ canvasElement }) => {
      await expect(previewJson(canvasElement)).toEqual(byId(id));
    },
  };
}

// Two corpus queries as demos: every clause kind, and parts the builder does not know (kept as JSON).
export const CorpusAllKinds = corpusStory('code-22');
export const CorpusUnknownParts = corpusStory('code-25');

/** Test: once a field of the blank clause loses focus it says what is missing; "+ And" adds clause 2, focus in its event field. */
export const EmptyTouched: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // A new cohort does not open red: the blank clause keeps its errors until it is touched.
    await expect(canvas.queryByText(/Add an event name/)).toBeNull();
    // Once a field in it loses focus, it says what is missing.
    await userEvent.click(canvas.getByRole('combobox', { name: 'Event (clause 1)' }));
    await userEvent.tab();
    await expect(canvas.getByText(/Add an event name/)).toBeVisible();
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event (clause 1)' }), 'Pageview');
    // "+ And" adds an OR group of one: clause 2, focus in its event field.
    await choose(canvas, '+ And (cohort query)', 'Event');
    await expect(canvas.getByRole('combobox', { name: 'Event (clause 2)' })).toHaveFocus();
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event (clause 2)' }), 'videoViews');
    await expect(args.onChange).toHaveBeenCalled();
    await expect(previewJson(canvasElement)).toEqual({
      and: [
        { or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } }] },
        { or: [{ event: 'videoViews', frequency: { greater_than_or_equal_to: 1 } }] },
      ],
    });
  },
};

/** Test: "Football pages at least twice in 30 days, and not entered cohort 1234", built by keyboard and pointer. */
export const BuildACohort: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event (clause 1)' }), 'Pageview');
    const count = canvas.getByRole('textbox', { name: 'Frequency (clause 1) value' });
    await userEvent.clear(count);
    await userEvent.type(count, '2');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'During (clause 1)' }), 'in the last');
    await choose(canvas, '+ And (cohort query)', 'Cohort entry or exit');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'User has (clause 2)' }), 'has_not_entered');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Cohort code (clause 2)' }), '1234');
    const json = previewJson(canvasElement) as { and: unknown[] };
    await expect(json.and[1]).toEqual({ or: [{ has_not_entered: { segment: 1234 } }] });
    await expect(canvas.getByRole('group', { name: 'Summary' })).toHaveTextContent(/Pageview at least 2 times/);
  },
};

/** Test: two builders on one page are independent: Duplicate in the first leaves the second as it was. */
export const TwoBuildersTest: Story = {
  tags: ['!dev', '!autodocs'],
  render: twoBuilders,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByRole('group', { name: 'First cohort' });
    const second = canvas.getByRole('group', { name: 'Second cohort' });
    await choose(within(first), 'Actions for clause 1', 'Duplicate');
    await waitFor(() => expect(within(first).getAllByRole('article')).toHaveLength(2));
    await expect(within(second).getAllByRole('article')).toHaveLength(1);
  },
};

// The rest of the corpus: test coverage (each query shown and written back unchanged), kept out of the sidebar.
export const CorpusDocumentedCnf: Story = { ...corpusStory('inf-03'), tags: ['!dev', '!autodocs'] };
export const CorpusKeywordWhere: Story = { ...corpusStory('code-06'), tags: ['!dev', '!autodocs'] };
export const CorpusEngagedTime: Story = { ...corpusStory('inf-04'), tags: ['!dev', '!autodocs'] };
export const CorpusEngagedCompletion: Story = { ...corpusStory('code-11'), tags: ['!dev', '!autodocs'] };
export const CorpusEngagedViews: Story = { ...corpusStory('ast-27'), tags: ['!dev', '!autodocs'] };
export const CorpusFunctionCondition: Story = { ...corpusStory('code-14'), tags: ['!dev', '!autodocs'] };
export const CorpusTransition: Story = { ...corpusStory('code-16'), tags: ['!dev', '!autodocs'] };
export const CorpusMemberships: Story = { ...corpusStory('ast-30'), tags: ['!dev', '!autodocs'] };
export const CorpusNumericAndBoolean: Story = { ...corpusStory('ast-33'), tags: ['!dev', '!autodocs'] };
export const CorpusUpperBounds: Story = { ...corpusStory('ast-36'), tags: ['!dev', '!autodocs'] };
