import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Cohort, CohortsClient } from '../../src/api/types';
import { CohortEditor } from '../../src/components/editor/CohortEditor';
import type { LocalCohortsApi } from '../../src/testing/server';
import { SAMPLE_IDS } from '../../src/testing/seed';
import { events, memoryStorage, startApi } from './support';

// Two tabs on one cohort share one localStorage key. Here a "tab" is an editor of its own in its
// own container, on one shared storage; another page's writes arrive as `storage` events.
const KEY = 'tabs-key';
const DRAFT = `permutive-cohort-builder:draft:${SAMPLE_IDS.football}`;
const NEWER = /^Newer changes to this cohort were made in another tab or window at .+\.$/;
let api: LocalCohortsApi;
let client: CohortsClient;
let cohort: Cohort;

beforeEach(async () => {
  ({ api, client } = await startApi(KEY));
  cohort = await client.getCohort(SAMPLE_IDS.football);
});
afterEach(() => api.close());

function openTab(storage: ReturnType<typeof memoryStorage>) {
  const user = userEvent.setup();
  const view = render(<CohortEditor client={client} cohort={cohort} events={events} storage={storage} autosaveDelayMs={10} />);
  const tab = within(view.container);
  const field = (name: string) => tab.getByRole('textbox', { name }) as HTMLInputElement;
  return { ...view, user, tab, field };
}
const stored = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.data.get(DRAFT) ?? 'null')?.value;

describe('CohortEditor drafts in two tabs', () => {
  it('given tab A stores an edit, then tab B is told and does not write over it; "Use those changes" takes A\'s edits into B', async () => {
    const storage = memoryStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    await a.user.type(a.field('Description'), ' (from A)');
    await waitFor(() => expect(stored(storage)?.description).toMatch(/\(from A\)$/));
    const notice = await b.tab.findByRole('group', { name: NEWER });
    expect(a.tab.queryByRole('group', { name: NEWER })).toBeNull();

    // B keeps typing before it chooses: A's edits stay stored.
    await b.user.type(b.field('Name'), ' (from B)');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stored(storage)).toMatchObject({ name: 'Football fans', description: expect.stringMatching(/\(from A\)$/) });

    await b.user.click(within(notice).getByRole('button', { name: 'Use those changes' }));
    expect(b.field('Description').value).toMatch(/\(from A\)$/);
    expect(b.field('Name').value).toBe('Football fans');
    expect(b.tab.queryByRole('group', { name: NEWER })).toBeNull();
    expect(a.tab.queryByRole('group', { name: NEWER })).toBeNull();
  });

  it('given tab B keeps its own, then B\'s edits are stored and tab A is told in turn, its own edits still on screen', async () => {
    const storage = memoryStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    await a.user.type(a.field('Description'), ' (from A)');
    await waitFor(() => expect(stored(storage)?.description).toMatch(/\(from A\)$/));
    await b.user.type(b.field('Name'), ' (from B)');
    await b.user.click(within(await b.tab.findByRole('group', { name: NEWER })).getByRole('button', { name: 'Keep mine' }));

    expect(stored(storage)).toMatchObject({ name: 'Football fans (from B)', description: cohort.description });
    const notice = await a.tab.findByRole('group', { name: NEWER });
    expect(a.field('Description').value).toMatch(/\(from A\)$/);
    expect(b.tab.queryByRole('group', { name: NEWER })).toBeNull();
    await a.user.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    expect(stored(storage)).toMatchObject({ name: 'Football fans', description: expect.stringMatching(/\(from A\)$/) });
    expect(await b.tab.findByRole('group', { name: NEWER })).toBeVisible();
  });

  it('given another page writes the draft (a storage event), then this editor is told, holds its own writes, and Keep mine stores its edits', async () => {
    const storage = memoryStorage();
    const tab = openTab(storage);
    await tab.user.type(tab.field('Name'), ' here');
    await waitFor(() => expect(stored(storage)?.name).toBe('Football fans here'));

    // The other tab's editor writes, and this page hears of it as browsers tell it.
    const theirs = { savedAt: new Date().toISOString(), basedOn: cohort.lastUpdatedAt, value: { ...stored(storage), name: 'Football fans there' } };
    storage.data.set(DRAFT, JSON.stringify(theirs));
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: DRAFT, newValue: JSON.stringify(theirs) })));
    const notice = await tab.tab.findByRole('group', { name: NEWER });

    await tab.user.type(tab.field('Description'), '!');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stored(storage).name).toBe('Football fans there');
    await tab.user.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    expect(stored(storage)).toMatchObject({ name: 'Football fans here', description: `${cohort.description}!` });
  });

  it('given another page removes the draft (it saved there), then this editor stores its edits again', async () => {
    const storage = memoryStorage();
    const tab = openTab(storage);
    await tab.user.type(tab.field('Name'), ' here');
    await waitFor(() => expect(stored(storage)?.name).toBe('Football fans here'));
    storage.data.delete(DRAFT);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: DRAFT, oldValue: 'x', newValue: null })));
    await waitFor(() => expect(stored(storage)?.name).toBe('Football fans here'));
    expect(screen.queryByRole('group', { name: NEWER })).toBeNull();
  });
});
