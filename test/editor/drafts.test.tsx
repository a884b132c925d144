import { screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import type { CohortsClient } from '../../src/api/types';
import { CohortEditor } from '../../src/components/editor/CohortEditor';
import type { LocalCohortsApi } from '../../src/testing/server';
import { SAMPLE_IDS } from '../../src/testing/seed';
import { events, fillNewCohort, memoryStorage, renderEditor, saveButton, startApi, visibleDraft } from './support';

const KEY = 'draft-key';
const NEW = 'permutive-cohort-builder:draft:new';
const EMPTY = { name: '', description: '', tags: [], event: '' };
const FILLED = { name: 'Sport readers', description: 'Read sport pages', tags: ['sport', 'news'], event: 'Pageview' };
let api: LocalCohortsApi;
let client: CohortsClient;

beforeEach(async () => {
  ({ api, client } = await startApi(KEY));
});
afterEach(() => api.close());

// Fills a new cohort, waits for the draft to be stored, then "reloads": a new mount on the same storage.
async function leaveDraftAndReload() {
  const storage = memoryStorage();
  const first = renderEditor({ client, events, storage });
  await fillNewCohort(first.user);
  await waitFor(() => expect(storage.data.get(NEW)).toContain('Pageview'));
  first.unmount();
  return renderEditor({ client, events, storage });
}

describe('CohortEditor drafts', () => {
  it('given a draft left behind, when the editor opens again, then it offers it with its time; Restore brings every field back', async () => {
    const { user, storage } = await leaveDraftAndReload();
    const banner = screen.getByRole('group', { name: /^You have unsaved changes from .+\.$/ });
    expect(visibleDraft()).toEqual(EMPTY);
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(banner).not.toBeInTheDocument();
    expect(visibleDraft()).toEqual(FILLED);
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
    expect(JSON.parse(storage.data.get(NEW)!).value).toMatchObject({ name: 'Sport readers', tags: ['sport', 'news'] });
  });

  it('given a draft offered, when Discard is clicked, then it is gone from the page and from storage', async () => {
    const { user, storage } = await leaveDraftAndReload();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(storage.data.has(NEW)).toBe(false);
    expect(visibleDraft()).toEqual(EMPTY);
  });

  it('given a draft offered but not chosen yet, then it stays in storage until the person chooses', async () => {
    const { storage } = await leaveDraftAndReload();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storage.data.get(NEW)).toContain('Sport readers');
  });

  it('given a draft offered, when the person types before choosing, then autosave does not write over it; after Discard the new edits are stored', async () => {
    const { user, storage } = await leaveDraftAndReload();
    const banner = screen.getByRole('group', { name: /^You have unsaved changes from / });
    expect(banner).toHaveTextContent('Until you choose, changes you make here are not kept as a draft.');
    const before = storage.data.get(NEW);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Typed meanwhile');
    // Ten times the autosave delay: the old editor had written over the offered draft by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storage.data.get(NEW)).toBe(before);
    expect(within(banner).getByRole('button', { name: 'Restore' })).toBeVisible();
    await user.click(within(banner).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(JSON.parse(storage.data.get(NEW)!).value.name).toBe('Typed meanwhile'));
  });

  it('given a draft offered, when Restore is chosen after typing, then the draft replaces the typing and is what stays stored', async () => {
    const { user, storage } = await leaveDraftAndReload();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Typed meanwhile');
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(visibleDraft()).toEqual(FILLED);
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!');
    await waitFor(() => expect(JSON.parse(storage.data.get(NEW)!).value).toMatchObject({ name: 'Sport readers', description: 'Read sport pages!' }));
  });

  it('given a server render, then storage is not touched at all (no read, no write), and nothing is offered in the HTML', () => {
    const touched: string[] = [];
    const spy = {
      getItem: (key: string) => {
        touched.push(`get ${key}`);
        return null;
      },
      setItem: (key: string) => void touched.push(`set ${key}`),
      removeItem: (key: string) => void touched.push(`remove ${key}`),
    };
    const html = renderToString(<CohortEditor client={client} events={events} storage={spy} />);
    expect(html).toContain('New cohort');
    expect(html).not.toContain('unsaved changes');
    expect(touched).toEqual([]);
  });

  it('given a successful save, then the draft is cleared', async () => {
    const storage = memoryStorage();
    const { user } = renderEditor({ client, events, storage });
    await fillNewCohort(user);
    await waitFor(() => expect(storage.data.has(NEW)).toBe(true));
    await user.click(saveButton());
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...storage.data.keys()]).toEqual([]);
  });

  it('given an unmount before the debounce fires, then the last edits are still stored', async () => {
    const storage = memoryStorage();
    const { user, unmount } = renderEditor({ client, events, storage, autosaveDelayMs: 60_000 });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Quick');
    expect(storage.data.has(NEW)).toBe(false);
    unmount();
    expect(JSON.parse(storage.data.get(NEW)!).value.name).toBe('Quick');
  });

  it('given an existing cohort, then its draft has its own key and notes when the cohort changed since', async () => {
    const storage = memoryStorage();
    const key = `permutive-cohort-builder:draft:${SAMPLE_IDS.football}`;
    const first = renderEditor({ client, events, storage, cohortId: SAMPLE_IDS.football });
    await first.user.type(await screen.findByRole('textbox', { name: 'Description' }), ' (edited)');
    await waitFor(() => expect(storage.data.get(key)).toContain('(edited)'));
    first.unmount();
    // Someone else saves the cohort in the meantime.
    storage.data.set(key, storage.data.get(key)!.replace(/"basedOn":"[^"]*"/, '"basedOn":"2000-01-01T00:00:00.000Z"'));
    const second = renderEditor({ client, events, storage, cohortId: SAMPLE_IDS.football });
    expect(await screen.findByText(/has been saved since then/)).toBeVisible();
    await second.user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(visibleDraft().description).toBe('Read about football twice in the last 30 days (edited)');
    expect(screen.getByRole('group', { name: 'Changes to save' })).toHaveTextContent(/Description: .* → .*\(edited\)/);
  });

  it('given storage that holds garbage, then nothing is offered and the editor works', async () => {
    const garbage = memoryStorage();
    garbage.data.set(NEW, '{"savedAt":"yesterday","value":1}');
    const { user } = renderEditor({ client, events, storage: garbage });
    expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Still works');
    await waitFor(() => expect(garbage.data.get(NEW)).toContain('Still works'));
  });

  it('given storage: null, then nothing is stored', async () => {
    const { user } = renderEditor({ client, events, storage: null });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Nowhere');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(window.localStorage.length).toBe(0);
  });
});
