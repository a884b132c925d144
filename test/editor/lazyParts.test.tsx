import { act, screen, waitFor, within } from '@testing-library/react';
import type { CohortsClient } from '../../src/api/types';
import type { LocalCohortsApi } from '../../src/testing/server';
import { SAMPLE_IDS } from '../../src/testing/seed';

// The editor's parts loaded on first need (the draft banner, the change list, technical details,
// and the clause diff) each come through an import held here until the test lets it go: so every
// test sees its moment come before the module is in, and the part appear only after.
const held = vi.hoisted(() => {
  const gate = () => {
    let open!: () => void;
    const promise = new Promise<void>((resolve) => (open = resolve));
    return { promise, open, loads: 0 };
  };
  return { gate, parts: gate(), diff: gate() };
});
const KEY = 'lazy-key';
const NEW = 'permutive-cohort-builder:draft:new';
let api: LocalCohortsApi;
let client: CohortsClient;
// A fresh copy of the package per test (vi.resetModules): nothing is loaded when a test starts.
let support: typeof import('./support');

beforeEach(async () => {
  vi.resetModules();
  held.parts = held.gate();
  held.diff = held.gate();
  vi.doMock('../../src/components/editor/laterParts', async (importOriginal) => {
    held.parts.loads++;
    await held.parts.promise;
    return importOriginal();
  });
  vi.doMock('../../src/query/diffQuery', async (importOriginal) => {
    held.diff.loads++;
    await held.diff.promise;
    return importOriginal();
  });
  support = await import('./support');
  ({ api, client } = await support.startApi(KEY));
});
afterEach(() => api.close());

// Lets a held import go and waits for it to settle in React.
async function release(gate: { open: () => void; promise: Promise<void> }) {
  await act(async () => {
    gate.open();
    await gate.promise;
  });
}

describe('CohortEditor: parts loaded on first need', () => {
  it('given a draft left behind, when the editor opens again before the banner has loaded, then the banner appears once it has', async () => {
    const { renderEditor, fillNewCohort, memoryStorage, events } = support;
    const storage = memoryStorage();
    const first = renderEditor({ client, events, storage });
    await fillNewCohort(first.user);
    await waitFor(() => expect(storage.data.get(NEW)).toContain('Pageview'));
    first.unmount();

    const { user } = renderEditor({ client, events, storage });
    // The draft is offered (nothing is written over it) while the banner's code is still held.
    await waitFor(() => expect(held.parts.loads).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('group', { name: /^You have unsaved changes from / })).toBeNull();
    expect(storage.data.get(NEW)).toContain('Sport readers');

    await release(held.parts);
    const banner = await screen.findByRole('group', { name: /^You have unsaved changes from .+\.$/ });
    await user.click(within(banner).getByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Sport readers');
  });

  it('given a saved cohort, when the first edit comes before the change list and the diff have loaded, then the list appears, and its clause lines once the diff is in', async () => {
    const { renderEditor, events } = support;
    const { user } = renderEditor({ client, events, cohortId: SAMPLE_IDS.football });
    await screen.findByRole('heading', { name: 'Edit cohort: Football fans' });
    // A saved cohort starts loading its diff at once; the change list waits for a change (or an idle moment).
    await waitFor(() => expect(held.diff.loads).toBe(1));

    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Football');
    await user.click(screen.getByRole('radio', { name: 'Disabled' }));
    await waitFor(() => expect(held.parts.loads).toBe(1));
    expect(screen.queryByRole('group', { name: 'Changes to save' })).toBeNull();

    await release(held.parts);
    const list = await screen.findByRole('group', { name: 'Changes to save' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Name: "Football fans" → "Football"',
      'State: "Enabled" → "Disabled"',
    ]);

    // A query edit while the diff is held: the list says the query changed; the clause lines follow the diff.
    const count = screen.getAllByRole('textbox', { name: /^Frequency \(clause [\d.]+\) value$/ })[0]!;
    await user.clear(count);
    await user.type(count, '7');
    await waitFor(() => expect(list).toHaveTextContent('The query changed.'));
    await release(held.diff);
    await waitFor(() => expect(list).toHaveTextContent(/Changed clause [\d.]+: .* → .*7 times/));
    expect(list).not.toHaveTextContent('The query changed.');
  });

  it('given a cohort that cannot be loaded, then the error shows at once and its technical details once they have loaded', async () => {
    const { renderEditor, events } = support;
    renderEditor({ client, events, cohortId: 'missing' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded');
    await waitFor(() => expect(held.parts.loads).toBe(1));
    expect(within(alert).queryByText('Technical details')).toBeNull();

    await release(held.parts);
    const details = (await within(alert).findByText('Technical details')).closest('details')!;
    expect(details).toHaveTextContent('No cohort has the id missing.');
  });
});
