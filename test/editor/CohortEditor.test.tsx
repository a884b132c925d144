import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortEditor } from '../../src/components/editor/CohortEditor';
import type { CohortsClient } from '../../src/api/types';
import type { LocalCohortsApi } from '../../src/testing/server';
import { SAMPLE_IDS } from '../../src/testing/seed';
import { expectNoAxeViolations } from '../components/support/harness';
import { events, fillNewCohort, renderEditor, saveButton, startApi, visibleDraft } from './support';

const KEY = 'editor-key';
let api: LocalCohortsApi;
let client: CohortsClient;

beforeEach(async () => {
  ({ api, client } = await startApi(KEY));
});
afterEach(() => api.close());

describe('CohortEditor: create', () => {
  it('given a new cohort, then Save is blocked and says why (name, query), linked by aria-describedby', async () => {
    const { user } = renderEditor({ client, events });
    const save = saveButton();
    expect(save).toHaveAttribute('aria-disabled', 'true');
    expect(save).toHaveAccessibleDescription('The cohort needs a name. The query has 1 problem to fix.');
    await user.click(save);
    expect(api.backend.requests).toEqual([]);
  });

  it('given a name and a valid query, when Save is clicked, then one POST creates it and the editor says Saved', async () => {
    const onSaved = vi.fn();
    const { user } = renderEditor({ client, events, onSaved });
    await fillNewCohort(user);
    expect(saveButton()).toHaveAttribute('aria-disabled', 'false');
    expect(saveButton()).not.toHaveAccessibleDescription();
    await user.click(saveButton());
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    const created = api.backend.cohorts().find((c) => c.name === 'Sport readers');
    expect(created).toMatchObject({
      description: 'Read sport pages',
      tags: ['sport', 'news'],
      segmentType: 'real_time',
      query: { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } }] }] },
    });
    expect(onSaved).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: created!.id }));
    // Now it edits what it created: the state shows, segment type does not, nothing left to save.
    expect(screen.getByRole('heading', { name: 'Edit cohort: Sport readers' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'State' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Segment type' })).toBeNull();
    expect(saveButton()).toHaveAccessibleDescription(/no changes to save/i);
  });

  it('given a double click on Save, then exactly one POST is sent', async () => {
    const { user } = renderEditor({ client, events });
    await fillNewCohort(user);
    // Slow enough that the request is still out after three clicks on a loaded machine.
    api.backend.faults.set({ latencyMs: 800, times: 1 });
    await user.dblClick(saveButton());
    await user.click(saveButton());
    expect(saveButton()).toHaveTextContent('Saving…');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'), { timeout: 5000 });
    expect(api.backend.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(api.backend.cohorts()).toHaveLength(4);
  });

  it('given StrictMode (effects run twice), then a create still sends one POST and settles', async () => {
    const user = userEvent.setup();
    render(<CohortEditor client={client} events={events} storage={null} />, { reactStrictMode: true });
    await fillNewCohort(user, 'Strict');
    await user.click(saveButton());
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    expect(api.backend.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('given the offline segment type, then the POST carries it', async () => {
    const { user } = renderEditor({ client, events });
    await fillNewCohort(user, 'Offline one');
    await user.click(screen.getByRole('radio', { name: 'Offline' }));
    await user.click(saveButton());
    await waitFor(() => expect(api.backend.cohorts().find((c) => c.name === 'Offline one')?.segmentType).toBe('offline'));
  });

  it('given tags typed, pasted and removed, then the chips follow and duplicates are dropped', async () => {
    const { user } = renderEditor({ client, events });
    const input = screen.getByRole('textbox', { name: 'Tags' });
    await user.type(input, 'a, b,a{Enter}');
    await user.click(input);
    await user.paste('c,d');
    expect(visibleDraft().tags).toEqual(['a', 'b', 'c', 'd']);
    await user.click(screen.getByRole('button', { name: 'Remove tag b' }));
    expect(input).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(visibleDraft().tags).toEqual(['a', 'c']);
    await user.type(input, 'typed');
    await user.tab();
    expect(visibleDraft().tags).toEqual(['a', 'c', 'typed']);
  });

  it('given the name left empty, then the field says so once touched', async () => {
    const { user } = renderEditor({ client, events });
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).not.toHaveAttribute('aria-invalid');
    await user.click(name);
    await user.tab();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Give the cohort a name.');
  });
});

describe('CohortEditor: loading by id', () => {
  it('given a cohortId, then it loads the cohort into the form', async () => {
    renderEditor({ client, events, cohortId: SAMPLE_IDS.football });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the cohort');
    expect(await screen.findByRole('heading', { name: 'Edit cohort: Football fans' })).toBeVisible();
    expect(visibleDraft()).toMatchObject({ name: 'Football fans', tags: ['sport'] });
    expect(screen.getByRole('radio', { name: 'Enabled' })).toBeChecked();
  });

  it('given an unknown id, then the load error shows and Try again refetches', async () => {
    const { user } = renderEditor({ client, events, cohortId: 'missing' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded');
    expect(alert).toHaveTextContent('There is no cohort with this id');
    // The API's own message (method, URL, status) waits behind Technical details, folded.
    const details = within(alert).getByText('Technical details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('No cohort has the id missing.');
    expect([...alert.querySelectorAll('p')].filter((p) => !details.contains(p)).map((p) => p.textContent).join(' ')).not.toMatch(/No cohort has the id/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(api.backend.requests.filter((r) => r.method === 'GET' && r.status === 404)).toHaveLength(2));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  });

  it('given a lookalike cohort, then it says it cannot be edited and shows no Save', async () => {
    renderEditor({ client, events, cohortId: SAMPLE_IDS.lookalike });
    expect(await screen.findByText(/lookalike cohort/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save cohort' })).toBeNull();
  });
});

describe('CohortEditor: accessibility', () => {
  it('given a draft banner, a change list and a failed save on screen, then axe finds no violations', async () => {
    const first = renderEditor({ client, events, cohortId: SAMPLE_IDS.football });
    await first.user.type(await screen.findByRole('textbox', { name: 'Description' }), '!');
    await waitFor(() => expect([...first.storage.data.keys()]).toHaveLength(1));
    first.unmount();
    const { user, container } = renderEditor({ client, events, cohortId: SAMPLE_IDS.football, storage: first.storage });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '?');
    api.backend.faults.set({ status: 503 });
    await user.click(saveButton());
    await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: 'Restore' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Changes to save' })).toBeVisible();
    await expectNoAxeViolations(container);
  });
});
