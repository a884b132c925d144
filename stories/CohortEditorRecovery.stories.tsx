import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CohortEditor } from '../src/index';
import { LOCAL_API_KEY } from '../src/testing';
import { demoCohorts, demoEvents, demoProperties } from './support/catalogues';
import { localBackend, localClient, resetLocalApi } from './support/playground/localApi';

/**
 * A save whose answer never arrives: the Cohorts API has no idempotency key, so the editor does
 * not offer a blind Retry (it could make a second cohort). It looks for the cohort in the list
 * (same name, created since Save) and offers "Open the cohort that was created" or "Create it
 * again", saying what happened and what it found; the request's own words wait behind
 * "Technical details".
 */
const meta = {
  title: 'Editor/CohortEditor/Recovery',
  component: CohortEditor,
  args: { client: localClient, events: demoEvents, properties: demoProperties, cohorts: demoCohorts, storage: null, onSaved: fn() },
  argTypes: { client: { control: false }, storage: { control: false }, cohort: { control: false } },
  beforeEach: ({ msw }) => {
    resetLocalApi(msw);
  },
} satisfies Meta<typeof CohortEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const NAME = 'Weekend football readers';
const saveButton = (canvasElement: HTMLElement) => within(canvasElement).getByRole('button', { name: /^(Save cohort|Saving…)$/ });
const named = () => localBackend().cohorts().filter((cohort) => cohort.name === NAME);

async function fillAndSave(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Name' }), NAME);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Tags' }), 'sport{Enter}');
  await userEvent.type(canvas.getByRole('combobox', { name: /^Event \(clause 1(\.1)?\)$/ }), 'Pageview');
  await userEvent.click(saveButton(canvasElement));
}

// What a person reads in the panel without opening "Technical details".
function plainWords(panel: HTMLElement): string {
  const copy = panel.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('details').forEach((details) => details.remove());
  return copy.textContent ?? '';
}

async function expectPersonWords(panel: HTMLElement) {
  const words = plainWords(panel);
  await expect(words).not.toMatch(/injected|https?:|\/v2\/|POST|[0-9a-f]{8}-[0-9a-f]{4}-/i);
  await expect(words).not.toContain(LOCAL_API_KEY);
  await expect(panel.querySelector('details')).not.toHaveAttribute('open');
}

/** The connection drops after the API created the cohort: the editor says so and finds it. */
export const ConnectionDropped: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    localBackend().faults.set({ dropConnection: true, times: 1 });
    await fillAndSave(canvasElement);
    const panel = await canvas.findByRole('group', { name: /may or may not have been created/ });
    await within(panel).findByRole('button', { name: 'Open the cohort that was created' });
    await expect(panel).toHaveTextContent(`A cohort named "${NAME}" was created just now.`);
    await expect(panel).toHaveTextContent('its query and details are the ones you saved');
    await expect(canvas.queryByRole('button', { name: 'Retry' })).toBeNull();
    await expect(saveButton(canvasElement)).toHaveAttribute('aria-disabled', 'true');
    await expectPersonWords(panel);
  },
};

/** …then "Open the cohort that was created": the editor edits it, and there is still one cohort. */
export const OpenTheCreatedCohort: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    localBackend().faults.set({ dropConnection: true, times: 1 });
    await fillAndSave(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Open the cohort that was created' }));
    await expect(canvas.getByRole('heading', { name: `Edit cohort: ${NAME}` })).toBeVisible();
    await expect(canvas.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.');
    await expect(named()).toHaveLength(1);
    await expect(args.onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: named()[0]!.id }));
    await expect(localBackend().requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  },
};

/** The connection drops and nothing was created: the editor says it found nothing; "Create it again" makes exactly one. */
export const CreateItAgain: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The API fails before it creates anything, and the connection drops before that answer arrives.
    localBackend().faults.set({ status: 503, dropConnection: true, times: 1 });
    await fillAndSave(canvasElement);
    const panel = await canvas.findByRole('group', { name: /may or may not have been created/ });
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(`No cohort named "${NAME}" has been created since you saved`));
    await expectPersonWords(panel);
    await expect(named()).toHaveLength(0);
    await userEvent.click(within(panel).getByRole('button', { name: 'Create it again' }));
    await waitFor(() => expect(canvas.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    await expect(named()).toHaveLength(1);
  },
};
