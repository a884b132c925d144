import { screen, waitFor, within } from '@testing-library/react';
import { createCohortsClient } from '../../src/api/client';
import type { CohortsClient } from '../../src/api/types';
import type { LocalCohortsApi } from '../../src/testing/server';
import { events, fillNewCohort, renderEditor, saveButton, startApi, visibleDraft } from './support';

// Ambiguous creates over real HTTP to the local Cohorts API on 127.0.0.1, through the editor's
// Save: the answer to the POST is lost, so the editor must find out itself whether the cohort
// exists, and never offer a blind Retry that makes a second one.
const KEY = 'recovery-key';
const NAME = 'Sport readers';
const FILLED = { name: NAME, description: 'Read sport pages', tags: ['sport', 'news'], event: 'Pageview' };

let api: LocalCohortsApi;
let client: CohortsClient;

beforeEach(async () => {
  ({ api, client } = await startApi(KEY, {}, 400));
});
afterEach(() => api.close());

const posts = () => api.backend.requests.filter((request) => request.method === 'POST').length;
const named = () => api.backend.cohorts().filter((cohort) => cohort.name === NAME);
const status = () => screen.getByRole('status', { name: 'Save status' });
// The panel of an ambiguous create: a group named by its first line.
const panel = (line: RegExp) => screen.findByRole('group', { name: line }, { timeout: 5000 });

async function saveNewCohort(useClient = client, onSaved = vi.fn()) {
  const view = renderEditor({ client: useClient, events, onSaved });
  await fillNewCohort(view.user, NAME);
  await view.user.click(saveButton());
  return { ...view, onSaved };
}

describe('CohortEditor: a create whose answer is lost', () => {
  it('given a connection dropped after the API created the cohort, then it says so, finds it, and "Open the cohort that was created" opens it with no second cohort', async () => {
    api.backend.faults.set({ dropConnection: true, times: 1 });
    const { user, onSaved, storage } = await saveNewCohort();
    const group = await panel(/cohort was created, but its answer could not be read/);
    const open = await within(group).findByRole('button', { name: 'Open the cohort that was created' }, { timeout: 5000 });
    expect(group).toHaveTextContent(`A cohort named "${NAME}" was created just now.`);
    expect(group).toHaveTextContent('its query and details are the ones you saved');
    // No blind retry anywhere, and Save itself waits for the choice, saying why.
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(saveButton()).toHaveAccessibleDescription(/open the cohort that was created or to create it again/);
    await user.click(saveButton());
    expect(posts()).toBe(1);
    // The request's own words (method, URL) are there for support, folded away.
    expect(within(group).getByText('Technical details').closest('details')).not.toHaveAttribute('open');
    expect(visibleDraft()).toEqual(FILLED);

    await user.click(open);
    const [created] = named();
    expect(named()).toHaveLength(1);
    expect(created).toMatchObject({ description: FILLED.description, tags: FILLED.tags });
    expect(JSON.stringify(created!.query)).toContain('"event":"Pageview"');
    expect(screen.getByRole('heading', { name: `Edit cohort: ${NAME}` })).toBeVisible();
    expect(status()).toHaveTextContent('Saved.');
    expect(onSaved).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: created!.id }));
    expect(saveButton()).toHaveFocus();
    expect(saveButton()).toHaveAccessibleDescription('There are no changes to save.');
    await waitFor(() => expect([...storage.data.keys()]).toEqual([]));
    expect(posts()).toBe(1);
  });

  it('given a timeout while the API created nothing, then it says nothing was found and "Create it again" creates exactly one', async () => {
    // The POST outlasts the client's 400 ms, then fails without creating anything.
    api.backend.faults.set({ latencyMs: 1500, status: 503, times: 1 });
    const { user, onSaved } = await saveNewCohort();
    const group = await panel(/did not answer in time, so the cohort may or may not have been created/);
    await waitFor(() => expect(within(group).getByRole('status')).toHaveTextContent(`No cohort named "${NAME}" has been created since you saved`), { timeout: 5000 });
    expect(within(group).getByRole('status')).toHaveTextContent('check again in a moment');
    expect(within(group).queryByRole('button', { name: /^Open/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    await waitFor(() => expect(api.backend.requests.find((request) => request.method === 'POST')?.status).toBe(503), { timeout: 5000 });
    expect(named()).toHaveLength(0);

    await user.click(within(group).getByRole('button', { name: 'Create it again' }));
    await waitFor(() => expect(status()).toHaveTextContent('Saved.'), { timeout: 5000 });
    expect(named()).toHaveLength(1);
    expect(posts()).toBe(2);
    expect(onSaved).toHaveBeenCalledOnce();
    expect(screen.getByRole('heading', { name: `Edit cohort: ${NAME}` })).toBeVisible();
  });

  it('given a 201 with an empty body, then it is reported as created (never as "not saved") and the cohort found is opened', async () => {
    // A proxy that swallows the body of the API's answer: the cohort exists, its id is unknown.
    const emptying = createCohortsClient({
      baseUrl: api.url,
      apiKey: KEY,
      fetch: async (input, init) => {
        const response = await globalThis.fetch(input, init);
        return init.method === 'POST' && response.status === 201 ? new Response(null, { status: 201 }) : response;
      },
    });
    const { user, onSaved } = await saveNewCohort(emptying);
    const group = await panel(/The Cohorts API said the cohort was created, but its answer could not be read\./);
    expect(screen.queryByText(/was not saved/)).toBeNull();
    await user.click(await within(group).findByRole('button', { name: 'Open the cohort that was created' }, { timeout: 5000 }));
    expect(named()).toHaveLength(1);
    expect(posts()).toBe(1);
    expect(onSaved).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: named()[0]!.id, name: NAME }));
    expect(status()).toHaveTextContent('Saved.');
  });

  it('given a timeout and a create that lands after the first search, then "Check again" finds it and it is opened, still one cohort', async () => {
    api.backend.faults.set({ latencyMs: 1500, times: 1 });
    const { user } = await saveNewCohort();
    const group = await panel(/did not answer in time/);
    await waitFor(() => expect(named()).toHaveLength(1), { timeout: 5000 });
    await waitFor(() => expect(within(group).getByRole('button', { name: 'Check again' })).toHaveAttribute('aria-disabled', 'false'), { timeout: 5000 });
    await user.click(within(group).getByRole('button', { name: 'Check again' }));
    await user.click(await within(group).findByRole('button', { name: 'Open the cohort that was created' }, { timeout: 5000 }));
    expect(screen.getByRole('heading', { name: `Edit cohort: ${NAME}` })).toBeVisible();
    expect(named()).toHaveLength(1);
    expect(posts()).toBe(1);
  });

  it('given another cohort of the same name made just before, then both are listed with their facts and the one opened is the one chosen', async () => {
    await client.createCohort({ name: NAME, query: { and: [{ or: [{ event: 'LinkClick', frequency: { greater_than_or_equal_to: 1 } }] }] } });
    const other = named()[0]!;
    api.backend.faults.set({ dropConnection: true, times: 1 });
    const { user, onSaved } = await saveNewCohort();
    const group = await panel(/cohort was created/);
    await waitFor(() => expect(within(group).getByRole('status')).toHaveTextContent(`2 cohorts named "${NAME}" were created just now.`), { timeout: 5000 });
    const items = within(group).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const mine = named().find((cohort) => cohort.id !== other.id)!;
    const item = items.find((each) => each.textContent?.includes(`code ${mine.code}`))!;
    expect(item).toHaveTextContent('its query and details are the ones you saved');
    expect(items.find((each) => each !== item)).toHaveTextContent('its query or details differ from yours');
    expect(group).toHaveTextContent('Creating it again makes another cohort with the same name.');
    await user.click(within(item).getByRole('button', { name: new RegExp(`^Open the cohort created at .+ \\(code ${mine.code}\\)$`) }));
    expect(onSaved).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id: mine.id }));
    expect(named()).toHaveLength(2);
    expect(posts()).toBe(2);
  });

  it('given the cohort list cannot be read either, then it says so, and "Check again" finds the cohort once it can', async () => {
    let listsFail = true;
    const flaky = createCohortsClient({
      baseUrl: api.url,
      apiKey: KEY,
      timeoutMs: 400,
      fetch: (input, init) => (listsFail && init.method === 'GET' ? Promise.reject(new TypeError('Failed to fetch')) : globalThis.fetch(input, init)),
    });
    api.backend.faults.set({ dropConnection: true, times: 1 });
    const { user } = await saveNewCohort(flaky);
    const group = await panel(/cohort was created/);
    await waitFor(() => expect(within(group).getByRole('status')).toHaveTextContent('could not be checked either'), { timeout: 5000 });
    listsFail = false;
    await user.click(within(group).getByRole('button', { name: 'Check again' }));
    await user.click(await within(group).findByRole('button', { name: 'Open the cohort that was created' }, { timeout: 5000 }));
    expect(named()).toHaveLength(1);
    expect(posts()).toBe(1);
  });

  it('given a 503 (the API refused: nothing was created), then the plain failure and Retry show, as before', async () => {
    api.backend.faults.set({ status: 503, times: 1 });
    const { user } = await saveNewCohort();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The cohort was not saved. Your changes are kept.');
    expect(screen.queryByRole('button', { name: 'Create it again' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(status()).toHaveTextContent('Saved.'), { timeout: 5000 });
    expect(named()).toHaveLength(1);
  });
});
