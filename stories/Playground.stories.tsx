import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { LOCAL_API_KEY, SAMPLE_IDS } from '../src/testing';
import { localBackend, localClient, resetLocalApi } from './support/playground/localApi';
import { PlaygroundApp } from './support/playground/PlaygroundApp';

// Drafts survive a reload of this tab (try it: type, reload, Restore); the cohorts themselves live
// in an in-memory API that starts again from the samples on every load.
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const meta = {
  title: 'Playground',
  component: PlaygroundApp,
  parameters: { layout: 'fullscreen' },
  // Live objects, not values a control could edit.
  argTypes: { client: { control: false }, backend: { control: false }, storage: { control: false } },
  args: { client: localClient, backend: localBackend(), storage: tabStorage() },
  // The backend is made fresh for each story, so it is read at render time, not from args.
  render: (args) => (
    <div style={{ padding: '1rem' }}>
      <PlaygroundApp {...args} backend={localBackend()} />
    </div>
  ),
  beforeEach: ({ msw }) => {
    resetLocalApi(msw);
  },
} satisfies Meta<typeof PlaygroundApp>;
export default meta;
type Story = StoryObj<typeof meta>;

const saved = (canvas: ReturnType<typeof within>) =>
  waitFor(() => expect(canvas.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'), { timeout: 5000 });

// The demo opens clean: nothing is created, changed or saved until you do it. The interaction tests
// below it are tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps them.

/** The sample cohorts in a local Cohorts API: open one or start a new one, edit, save; the fault switches make the API fail. */
export const Playground: Story = {};

/** Test: the whole flow: list the cohorts, create one, open another, change it, save. */
export const CreateAndUpdate: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: /^Football fans #1001/ });

    await userEvent.click(canvas.getByRole('button', { name: 'New cohort' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name' }), 'Playground cohort');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Tags' }), 'demo{Enter}');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Event (clause 1)' }), 'videoViews');
    await userEvent.click(canvas.getByRole('button', { name: 'Save cohort' }));
    await saved(canvas);
    await expect(await canvas.findByRole('button', { name: /^Playground cohort #/ })).toHaveAttribute('aria-current', 'true');
    await expect(localBackend().cohorts().find((c) => c.name === 'Playground cohort')).toMatchObject({ tags: ['demo'] });

    await userEvent.click(canvas.getByRole('button', { name: /^Football fans #1001/ }));
    const description = await canvas.findByRole('textbox', { name: 'Description' });
    await userEvent.clear(description);
    await userEvent.type(description, 'Football pages, twice a month');
    await expect(canvas.getByRole('group', { name: 'Changes to save' })).toHaveTextContent('Description:');
    await userEvent.click(canvas.getByRole('button', { name: 'Save cohort' }));
    await saved(canvas);
    const football = localBackend().cohorts().find((c) => c.id === SAMPLE_IDS.football);
    await expect(football?.description).toBe('Football pages, twice a month');
    await expect(canvasElement.textContent).not.toContain(LOCAL_API_KEY);
  },
};

/** Test: fault switches: 503, malformed JSON and a dropped connection fail the save; slow is slow; None lets Retry through. */
export const FaultsAndRetry: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /^Football fans #1001/ }));
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Tags' }), 'derby{Enter}');

    await userEvent.click(canvas.getByRole('radio', { name: '503 Service Unavailable' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Save cohort' }));
    // What happened in a person's words, and the error itself under Technical details.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/problem on its side/);
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Technical details.*injected 503/);

    await userEvent.click(canvas.getByRole('radio', { name: 'Malformed JSON in the answer' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/save may have worked.*Technical details.*not JSON/));

    await userEvent.click(canvas.getByRole('radio', { name: 'Connection dropped mid-response' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/connection failed/));
    await expect(canvas.getByRole('list', { name: 'Tags' })).toHaveTextContent('derby');

    await userEvent.click(canvas.getByRole('radio', { name: 'Slow: 2 s latency' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(canvas.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saving…');
    await saved(canvas);
    await userEvent.click(canvas.getByRole('radio', { name: 'None: the API works' }));
    await expect(localBackend().cohorts().find((c) => c.id === SAMPLE_IDS.football)?.tags).toEqual(['sport', 'derby']);
  },
};
