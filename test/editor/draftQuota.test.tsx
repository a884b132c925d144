import { screen, waitFor, within } from '@testing-library/react';
import type { CohortsClient } from '../../src/api/types';
import type { LocalCohortsApi } from '../../src/testing/server';
import { events, fillNewCohort, memoryStorage, renderEditor, startApi } from './support';

// Storage that refuses writes, as a full quota or private mode does: the person must be told,
// be able to copy the query, and no older draft may stay behind as if it were current.
const KEY = 'quota-key';
const NEW = 'permutive-cohort-builder:draft:new';
let api: LocalCohortsApi;
let client: CohortsClient;

beforeEach(async () => {
  ({ api, client } = await startApi(KEY));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await api.close();
});

/** An in-memory storage whose writes throw QuotaExceededError while `full` is set. */
function quotaStorage() {
  const inner = memoryStorage();
  const storage = {
    data: inner.data,
    full: false,
    getItem: inner.getItem,
    removeItem: inner.removeItem,
    setItem(key: string, value: string) {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(key, value);
    },
  };
  return storage;
}

const FULL = /storage for this site is full, so your changes are not kept as a draft/;

// Fills a new cohort with storage working, so an older draft is stored, then fills the quota.
async function fillThenRunOut() {
  const storage = quotaStorage();
  const view = renderEditor({ client, events, storage });
  await fillNewCohort(view.user);
  await waitFor(() => expect(storage.data.get(NEW)).toContain('Pageview'));
  storage.full = true;
  await view.user.type(screen.getByRole('textbox', { name: 'Description' }), ' and more');
  const group = await screen.findByRole('group', { name: FULL });
  return { ...view, storage, group };
}

describe('CohortEditor drafts when storage refuses them', () => {
  it('given a full quota, then the person is told, and the older draft is not left behind', async () => {
    const { storage, group } = await fillThenRunOut();
    expect(within(group).getByRole('alert')).toHaveTextContent('they are lost if this page closes');
    expect(storage.data.has(NEW)).toBe(false);
  });

  it('given a full quota, when "Copy the query" is clicked, then the query JSON is on the clipboard', async () => {
    const { user, group } = await fillThenRunOut();
    await user.click(within(group).getByRole('button', { name: 'Copy the query' }));
    expect(within(group).getByRole('status')).toHaveTextContent('The query was copied.');
    const copied = JSON.parse(await navigator.clipboard.readText());
    expect(JSON.stringify(copied)).toContain('"event":"Pageview"');
    expect(within(group).queryByRole('textbox')).toBeNull();
  });

  it('given a full quota and a clipboard that refuses, then the JSON is shown in a read-only text area to copy by hand', async () => {
    const { user, group } = await fillThenRunOut();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    await user.click(within(group).getByRole('button', { name: 'Copy the query' }));
    expect(within(group).getByRole('status')).toHaveTextContent('select the text below and copy it');
    const area = within(group).getByRole('textbox', { name: 'The query as JSON' });
    expect(area).toHaveAttribute('readonly');
    expect(JSON.stringify(JSON.parse((area as HTMLTextAreaElement).value))).toContain('"event":"Pageview"');
  });

  it('given storage that has room again, then the next edit is stored and the message goes', async () => {
    const { user, storage, group } = await fillThenRunOut();
    storage.full = false;
    await user.type(screen.getByRole('textbox', { name: 'Description' }), '!');
    await waitFor(() => expect(JSON.parse(storage.data.get(NEW)!).value.description).toBe('Read sport pages and more!'));
    expect(group).not.toBeInTheDocument();
  });

  it('given private mode (every call throws), then it says the browser does not let the page store data', async () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('Denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('Denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('Denied', 'SecurityError');
      },
    };
    const { user } = renderEditor({ client, events, storage: refusing });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Still works');
    const group = await screen.findByRole('group', { name: /does not let the page store data/ });
    expect(group).toHaveTextContent('Copy the query');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Still works');
  });

  it('given the edits are undone back to nothing to save, then the message goes (nothing is at risk)', async () => {
    const storage = quotaStorage();
    storage.full = true;
    const { user } = renderEditor({ client, events, storage });
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, 'x');
    await screen.findByRole('group', { name: FULL });
    await user.clear(name);
    expect(screen.queryByRole('group', { name: FULL })).toBeNull();
  });
});
