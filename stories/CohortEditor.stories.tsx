import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CohortEditor, type Cohort } from '../src/index';
import { LOCAL_API_KEY, SAMPLE_IDS } from '../src/testing';
import { demoCohorts, demoEvents, demoProperties } from './support/catalogues';
import { localBackend, localClient, memoryStorage, resetLocalApi } from './support/playground/localApi';

const meta = {
  title: 'Editor/CohortEditor',
  component: CohortEditor,
  args: { client: localClient, events: demoEvents, properties: demoProperties, cohorts: demoCohorts, storage: null, onSaved: fn() },
  // Live objects, not values a control could edit.
  argTypes: { client: { control: false }, storage: { control: false }, cohort: { control: false } },
  // Every story gets a fresh local Cohorts API (the sample cohorts), answered by MSW in the browser.
  beforeEach: ({ msw }) => {
    resetLocalApi(msw);
  },
} satisfies Meta<typeof CohortEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const savedStatus = (canvasElement: HTMLElement) => within(canvasElement).getByRole('status', { name: 'Save status' });
const saveButton = (canvasElement: HTMLElement) => within(canvasElement).getByRole('button', { name: /^(Save cohort|Saving…)$/ });

/** A new cohort, as it opens: one clause to fill in, no errors shown before anything is touched. */
export const NewCohort: Story = {
  play: async ({ canvasElement }) => {
    // A demo: it only looks.
    await expect(saveButton(canvasElement)).toHaveAccessibleDescription(/needs a name/);
  },
};

/** An existing cohort loaded by id, ready to edit. */
export const EditCohort: Story = {
  args: { cohortId: SAMPLE_IDS.football },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('textbox', { name: 'Name' })).toHaveValue('Football fans');
  },
};

/** A new cohort: name, description, tags, the query, then Save (a POST through the MSW handlers). */
export const Create: Story = {
  // An interaction test: it edits and saves, so it runs in the test run but stays out of the sidebar and docs.
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(saveButton(canvasElement)).toHaveAccessibleDescription(/needs a name/);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name' }), 'Sport readers');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Description' }), 'Read sport pages this month');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Tags' }), 'sport,news{Enter}');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event (clause 1)' }), 'Pageview');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'During (clause 1)' }), 'in the last');
    await userEvent.click(saveButton(canvasElement));
    await waitFor(() => expect(savedStatus(canvasElement)).toHaveTextContent('Saved.'));
    await expect(args.onSaved).toHaveBeenCalledOnce();
    const created = localBackend().cohorts().find((cohort) => cohort.name === 'Sport readers');
    await expect(created).toMatchObject({ tags: ['sport', 'news'], query: { and: [{ or: [{ event: 'Pageview' }] }] } });
    await expect(canvas.getByRole('heading', { name: 'Edit cohort: Sport readers' })).toBeVisible();
    await expect(canvasElement.textContent).not.toContain(LOCAL_API_KEY);
  },
};

/** An existing cohort loaded by id: rename it, widen its window, see the change list, Save (a PATCH). */
export const Edit: Story = {
  // An interaction test: it edits and saves, so it runs in the test run but stays out of the sidebar and docs.
  tags: ['!dev', '!autodocs'],
  args: { cohortId: SAMPLE_IDS.football },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await canvas.findByRole('textbox', { name: 'Name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Football fanatics');
    const days = canvas.getByRole('textbox', { name: 'During (clause 1) length' });
    await userEvent.clear(days);
    await userEvent.type(days, '60');
    const changes = canvas.getByRole('group', { name: 'Changes to save' });
    await expect(changes).toHaveTextContent('Name: "Football fans" → "Football fanatics"');
    await waitFor(() => expect(changes).toHaveTextContent(/Changed clause 1: .*30 days.* → .*60 days/));
    await userEvent.click(saveButton(canvasElement));
    await waitFor(() => expect(savedStatus(canvasElement)).toHaveTextContent('Saved.'));
    const saved = localBackend().cohorts().find((cohort) => cohort.id === SAMPLE_IDS.football);
    await expect(saved).toMatchObject({ name: 'Football fanatics', query: { during: { the_last: { value: 60, unit: 'days' } } } });
    await expect(localBackend().requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
  },
};

const broken: Cohort = {
  id: '00000000-0000-4000-8000-0000000000b1',
  name: 'Broken',
  tags: [],
  state: 'Enabled',
  query: { and: [{ or: [{ event: '', frequency: { greater_than_or_equal_to: -1 } }] }] },
};

/** A query with errors: Save stays disabled and says why; fixing the clause enables it. */
export const InvalidQuery: Story = {
  // An interaction test: it edits and saves, so it runs in the test run but stays out of the sidebar and docs.
  tags: ['!dev', '!autodocs'],
  args: { cohort: broken },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name' }), ' query');
    const save = saveButton(canvasElement);
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(save).toHaveAccessibleDescription('The query has 2 problems to fix.');
    await userEvent.click(save);
    await expect(localBackend().requests).toHaveLength(0);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event (clause 1)' }), 'Pageview');
    const count = canvas.getByRole('textbox', { name: 'Frequency (clause 1) value' });
    await userEvent.clear(count);
    await userEvent.type(count, '1');
    await waitFor(() => expect(save).toHaveAttribute('aria-disabled', 'false'));
  },
};

/** The API fails with a 500: the message, what to do, and Retry, which succeeds once the fault is gone. */
export const ServerErrorThenRetry: Story = {
  // An interaction test: it edits and saves, so it runs in the test run but stays out of the sidebar and docs.
  tags: ['!dev', '!autodocs'],
  args: { cohortId: SAMPLE_IDS.football },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Tags' }), 'football{Enter}');
    localBackend().faults.set({ status: 500, times: 1 });
    await userEvent.click(saveButton(canvasElement));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/injected 500/);
    await expect(alert).toHaveTextContent(/problem on its side/);
    await expect(canvas.getByRole('list', { name: 'Tags' })).toHaveTextContent('football');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(savedStatus(canvasElement)).toHaveTextContent('Saved.'));
    await expect(localBackend().cohorts().find((cohort) => cohort.id === SAMPLE_IDS.football)?.tags).toEqual(['sport', 'football']);
  },
};

/** A save that keeps failing (503): the error, its advice and Retry stay, and so do the edits. */
export const SaveFailed: Story = {
  // An interaction test: it edits and saves, so it runs in the test run but stays out of the sidebar and docs.
  tags: ['!dev', '!autodocs'],
  args: { cohortId: SAMPLE_IDS.football },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const name = await canvas.findByRole('textbox', { name: 'Name' });
    await userEvent.type(name, ' (renamed)');
    localBackend().faults.set({ status: 503 });
    await userEvent.click(saveButton(canvasElement));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/injected 503/);
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(name).toHaveValue('Football fans (renamed)');
    await expect(canvas.getByRole('group', { name: 'Changes to save' })).toHaveTextContent('(renamed)');
  },
};

const leftBehind = JSON.stringify({
  savedAt: '2026-11-20T16:45:00.000Z',
  value: {
    name: 'Half-finished cohort',
    description: 'Left behind by a closed tab',
    tags: ['draft'],
    segmentType: 'real_time',
    state: 'Enabled',
    query: { and: [{ or: [{ event: 'videoViews', frequency: { greater_than_or_equal_to: 3 } }] }] },
  },
});

/** Unsaved changes from an earlier visit are offered back: Restore fills every field. */
export const RestoreDraft: Story = {
  // An interaction test: it edits and saves, so it runs in the test run but stays out of the sidebar and docs.
  tags: ['!dev', '!autodocs'],
  args: { storage: memoryStorage({ 'permutive-cohort-builder:draft:new': leftBehind }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The draft is read once the editor has rendered (storage is never read during render).
    await expect(await canvas.findByRole('group', { name: /You have unsaved changes from/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Restore' }));
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveValue('Half-finished cohort');
    await expect(canvas.getByRole('combobox', { name: 'Event (clause 1)' })).toHaveValue('videoViews');
    await expect(saveButton(canvasElement)).toHaveAttribute('aria-disabled', 'false');
  },
};
