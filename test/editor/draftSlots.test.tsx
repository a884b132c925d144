import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CohortsClient } from '../../src/api/types';
import { CohortEditor, type CohortEditorProps } from '../../src/components/editor/CohortEditor';
import type { LocalCohortsApi } from '../../src/testing/server';
import { events, memoryStorage, renderEditor, startApi } from './support';

// New-cohort editors: each has a draft key of its own while it is open (in one page, or in two
// tabs through Web Locks), and a draft left by an editor that is gone is offered to the next.
const KEY = 'slots-key';
const NEW = 'permutive-cohort-builder:draft:new';
const NEW_2 = 'permutive-cohort-builder:draft:new-2';
const FOUND = /^You have unsaved changes from .+\.$/;
let api: LocalCohortsApi;
let client: CohortsClient;

beforeEach(async () => {
  ({ api, client } = await startApi(KEY));
});
afterEach(() => api.close());

function openEditor(storage: ReturnType<typeof memoryStorage>, props: Partial<CohortEditorProps> = {}) {
  const user = userEvent.setup();
  const view = render(<CohortEditor client={client} events={events} storage={storage} autosaveDelayMs={10} {...props} />);
  const page = within(view.container);
  return { ...view, user, page, name: () => page.getByRole('textbox', { name: 'Name' }) as HTMLInputElement };
}
const storedName = (storage: ReturnType<typeof memoryStorage>, key: string) => JSON.parse(storage.data.get(key) ?? 'null')?.value.name;

describe('CohortEditor: new-cohort drafts', () => {
  it('given two new-cohort editors on one page and one storage, then each keeps its own draft, and after a reload each draft is offered to one of them', async () => {
    const storage = memoryStorage();
    const first = openEditor(storage);
    const second = openEditor(storage);
    await first.user.type(first.name(), 'Alpha');
    await second.user.type(second.name(), 'Beta');
    await waitFor(() => expect([storedName(storage, NEW), storedName(storage, NEW_2)]).toEqual(['Alpha', 'Beta']));

    first.unmount();
    second.unmount();
    const again = [openEditor(storage), openEditor(storage)];
    const restored: string[] = [];
    for (const editor of again) {
      await editor.user.click(within(editor.page.getByRole('group', { name: FOUND })).getByRole('button', { name: 'Restore' }));
      restored.push(editor.name().value);
    }
    expect(restored.sort()).toEqual(['Alpha', 'Beta']);
  });

  it('given a reload (unmount, mount), then the one editor finds its own draft again', async () => {
    const storage = memoryStorage();
    const first = renderEditor({ client, events, storage });
    await first.user.type(first.getByRole('textbox', { name: 'Name' }), 'Mine');
    await waitFor(() => expect(storedName(storage, NEW)).toBe('Mine'));
    first.unmount();
    renderEditor({ client, events, storage });
    expect(screen.getByRole('group', { name: FOUND })).toBeVisible();
  });

  it('given a draftKey from the host, then the draft is stored under that key', async () => {
    const storage = memoryStorage();
    const { user } = renderEditor({ client, events, storage, draftKey: 'host:new-cohort:tab-7' });
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Hosted');
    await waitFor(() => expect(storedName(storage, 'host:new-cohort:tab-7')).toBe('Hosted'));
    expect(storage.data.has(NEW)).toBe(false);
  });
});

// Web Locks as the browser gives them, for editors in "other tabs": a lock is held until its
// holder lets go (a closed tab lets go of all of its locks).
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request(name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => unknown) {
      if (held.has(name)) return Promise.resolve(callback(null));
      held.add(name);
      return Promise.resolve(callback({ name })).finally(() => held.delete(name));
    },
  };
}

describe('CohortEditor: new-cohort drafts across tabs (Web Locks)', () => {
  let locks: ReturnType<typeof fakeLocks>;
  beforeEach(() => {
    locks = fakeLocks();
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  });
  afterEach(() => {
    delete (navigator as { locks?: unknown }).locks;
  });

  it('given another tab holds "new" with its draft, then this editor neither offers nor overwrites it; once that tab is gone, the next editor is offered it', async () => {
    const storage = memoryStorage();
    const theirs = { savedAt: '2026-11-30T09:00:00.000Z', value: { name: 'Other tab', description: '', tags: [], segmentType: 'real_time', state: 'Enabled', query: { event: 'Pageview' } } };
    storage.data.set(NEW, JSON.stringify(theirs));
    locks.held.add(NEW);

    const mine = openEditor(storage);
    await act(async () => undefined);
    expect(mine.page.queryByRole('group', { name: FOUND })).toBeNull();
    await mine.user.type(mine.name(), 'This tab');
    await waitFor(() => expect(storedName(storage, NEW_2)).toBe('This tab'));
    expect(storedName(storage, NEW)).toBe('Other tab');
    expect(locks.held).toEqual(new Set([NEW, NEW_2]));

    // The other tab closes: its lock goes. A new editor (this page or another) is offered its draft.
    locks.held.delete(NEW);
    const next = openEditor(storage);
    const offer = await next.page.findByRole('group', { name: FOUND });
    await next.user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(next.name().value).toBe('Other tab');
    expect(mine.name().value).toBe('This tab');
  });
});
