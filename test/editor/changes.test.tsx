import { screen, waitFor, within } from '@testing-library/react';
import { createCohortsClient } from '../../src/api/client';
import type { CohortsClient } from '../../src/api/types';
import { createCohortsBackend } from '../../src/testing/backend';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import { events, renderEditor, saveButton } from './support';
import { chooseAction } from '../support/menus';
import { recordingFetch, type SentRequest } from '../support/recordingFetch';

const KEY = 'changes-key';
const ID = '00000000-0000-4000-8000-00000000c001';
const QUERY = {
  and: [
    {
      or: [
        { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } },
        { event: 'videoViews', frequency: { greater_than_or_equal_to: 2 } },
      ],
    },
  ],
};
let api: LocalCohortsApi;
let client: CohortsClient;
let sent: SentRequest[];

beforeEach(async () => {
  const seed = [{ id: ID, name: 'Sports', description: 'All sport', tags: ['sport'], query: QUERY }];
  api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY], seed }) });
  sent = [];
  client = createCohortsClient({
    baseUrl: api.url,
    apiKey: KEY,
    fetch: recordingFetch(sent),
  });
});
afterEach(() => api.close());

async function openSports() {
  const view = renderEditor({ client, events, cohortId: ID });
  await screen.findByRole('heading', { name: 'Edit cohort: Sports' });
  return view;
}
const changeList = () => screen.getByRole('group', { name: 'Changes to save' });

describe('CohortEditor: what an update changes', () => {
  it('given no edits, then there is no change list and Save says there is nothing to save', async () => {
    await openSports();
    expect(screen.queryByRole('group', { name: 'Changes to save' })).toBeNull();
    expect(saveButton()).toHaveAccessibleDescription('There are no changes to save.');
  });

  it('given a changed name and a removed clause, then both are listed next to Save, and the PATCH carries only name and query', async () => {
    const { user } = await openSports();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Sports fans');
    await chooseAction(user, 'clause 1.2', 'Remove');
    await waitFor(() => expect(changeList()).toHaveTextContent('Removed clause 1.2: did videoViews at least 2 times'));
    const items = within(changeList()).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['Name: "Sports" → "Sports fans"', 'Removed clause 1.2: did videoViews at least 2 times']);

    await user.click(saveButton());
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    const patches = sent.filter((request) => request.method === 'PATCH');
    expect(patches).toEqual([
      { method: 'PATCH', body: { name: 'Sports fans', query: { and: [{ or: [QUERY.and[0]!.or[0]] }] } } },
    ]);
    // Saved: the new version is the baseline, so nothing is left to list.
    expect(screen.queryByRole('group', { name: 'Changes to save' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Edit cohort: Sports fans' })).toBeVisible();
  });

  it('given a changed clause, an added tag, a disabled state and a cleared description, then each is listed and PATCHed', async () => {
    const { user } = await openSports();
    const count = screen.getByRole('textbox', { name: 'Frequency (clause 1.1) value' });
    await user.clear(count);
    await user.type(count, '3');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'football{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Disabled' }));
    await user.clear(screen.getByRole('textbox', { name: 'Description' }));
    await waitFor(() => expect(changeList()).toHaveTextContent(/Changed clause 1\.1: did Pageview at least once → did Pageview at least 3 times/));
    expect(changeList()).toHaveTextContent('Tags: sport → sport, football');
    expect(changeList()).toHaveTextContent('State: "Enabled" → "Disabled"');
    expect(changeList()).toHaveTextContent('Description: "All sport" → (none)');
    await user.click(saveButton());
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    const body = sent.find((request) => request.method === 'PATCH')?.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['description', 'query', 'state', 'tags']);
    expect(body).toMatchObject({ description: null, state: 'Disabled', tags: ['sport', 'football'] });
  });

  it('given an edit that is undone, then the change list goes away and nothing is sent', async () => {
    const { user } = await openSports();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, '!');
    expect(changeList()).toHaveTextContent('Name: "Sports" → "Sports!"');
    await user.type(name, '{Backspace}');
    expect(screen.queryByRole('group', { name: 'Changes to save' })).toBeNull();
    await user.click(saveButton());
    expect(sent.filter((request) => request.method === 'PATCH')).toEqual([]);
  });
});
