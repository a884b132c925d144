import { screen, waitFor, within } from '@testing-library/react';
import { inspect } from 'node:util';
import { createCohortsClient } from '../../src/api/client';
import type { CohortsClient } from '../../src/api/types';
import type { LocalCohortsApi } from '../../src/testing/server';
import type { Fault } from '../../src/testing/types';
import { SAMPLE_IDS } from '../../src/testing/seed';
import { events, fillNewCohort, renderEditor, saveButton, startApi, visibleDraft } from './support';

// Every failure goes over real HTTP to the local API on 127.0.0.1, through the editor's Save.
// A key with characters that URL encoding changes, so both spellings can be searched for.
const KEY = 'editor/Secret+Key-4821';
const FILLED = { name: 'Sport readers', description: 'Read sport pages', tags: ['sport', 'news'], event: 'Pageview' };

let api: LocalCohortsApi;
let client: CohortsClient;

// What the key-leak test searches: every error, rendered text, console line and stored draft.
const seen: unknown[] = [];
const consoleLines: unknown[] = [];
let spies: { mockRestore(): void }[] = [];

beforeAll(() => {
  spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(...args)),
  );
});
afterAll(() => spies.forEach((spy) => spy.mockRestore()));
beforeEach(async () => {
  ({ api, client } = await startApi(KEY, {}, 400));
});
afterEach(() => api.close());

// Fills a new cohort, sets the fault, saves, and returns what the alert says.
async function failCreate(fault: Fault | undefined, useClient = client) {
  const view = renderEditor({ client: useClient, events, onSaveError: (error) => console.error('save failed', error) });
  await fillNewCohort(view.user);
  if (fault) api.backend.faults.set(fault);
  await view.user.click(saveButton());
  const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
  seen.push(alert.textContent, view.container.textContent, [...view.storage.data.values()]);
  return { ...view, alert };
}

async function retryAndExpectSaved(view: Awaited<ReturnType<typeof failCreate>>) {
  await view.user.click(within(view.alert).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'), { timeout: 5000 });
  seen.push(view.container.textContent);
  const saved = api.backend.cohorts().filter((c) => c.name === FILLED.name);
  // A refused create (the only kind that offers Retry) created nothing: the one cohort is the retry's.
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ description: FILLED.description, tags: FILLED.tags });
  expect(JSON.stringify(saved[0]!.query)).toContain('"event":"Pageview"');
}

// Refused before anything was created: Retry is safe.
const refused: { title: string; fault: Fault; alert: RegExp; advice: RegExp }[] = [
  { title: '503', fault: { status: 503 }, alert: /injected 503/, advice: /problem on its side/ },
];

// The create may have happened: no Retry, but what is known and the two ways on (see recovery.test.tsx).
const ambiguous: { title: string; fault: Fault; line: RegExp; created: boolean }[] = [
  { title: 'a 500 (a server may fail after acting)', fault: { status: 500, times: 1 }, line: /failed while handling the save/, created: false },
  { title: 'a timeout', fault: { latencyMs: 1500, times: 1 }, line: /did not answer in time/, created: true },
  { title: 'malformed JSON', fault: { malformedJson: true, times: 1 }, line: /said the cohort was created, but its answer could not be read/, created: true },
  { title: 'a connection dropped mid-response', fault: { dropConnection: true, times: 1 }, line: /said the cohort was created, but its answer could not be read/, created: true },
];

describe('CohortEditor save faults over real HTTP', () => {
  for (const { title, fault, alert, advice } of refused) {
    it(`given ${title}, then the error and its advice show, the draft is intact, and Retry succeeds once the fault is gone`, async () => {
      const view = await failCreate(fault);
      expect(view.alert).toHaveTextContent('The cohort was not saved. Your changes are kept.');
      expect(view.alert).toHaveTextContent(advice);
      // The request's own words are for support, folded behind a disclosure.
      const details = within(view.alert).getByText('Technical details').closest('details')!;
      expect(details).toHaveTextContent(alert);
      expect(details).not.toHaveAttribute('open');
      expect(visibleDraft()).toEqual(FILLED);
      expect(saveButton()).toHaveTextContent('Save cohort');
      api.backend.faults.clear();
      await retryAndExpectSaved(view);
    });
  }

  for (const { title, fault, line, created } of ambiguous) {
    it(`given ${title}, then it says the cohort may exist, offers no Retry, keeps the draft, and ends with one cohort`, async () => {
      const view = await failCreate(fault);
      expect(view.alert).toHaveTextContent(line);
      const group = screen.getByRole('group', { name: line });
      expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
      expect(visibleDraft()).toEqual(FILLED);
      // A slow create may land after the first search: look until it is there (or certainly not).
      if (created) await waitFor(() => expect(api.backend.cohorts().filter((c) => c.name === FILLED.name)).toHaveLength(1), { timeout: 5000 });
      const again = within(group).getByRole('button', { name: 'Check again' });
      await waitFor(() => expect(again).toHaveAttribute('aria-disabled', 'false'), { timeout: 5000 });
      await view.user.click(again);
      await waitFor(() => expect(within(group).getByRole('status')).not.toHaveTextContent('Checking'), { timeout: 5000 });
      await view.user.click(within(group).getByRole('button', { name: created ? 'Open the cohort that was created' : 'Create it again' }));
      await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'), { timeout: 5000 });
      seen.push(group.textContent, view.container.textContent);
      expect(api.backend.cohorts().filter((c) => c.name === FILLED.name)).toHaveLength(1);
    });
  }

  it('given a refused key (401), then it says the key was refused; with a working client, Retry succeeds', async () => {
    const wrong = createCohortsClient({ baseUrl: api.url, apiKey: `${KEY}x`, timeoutMs: 400 });
    const view = await failCreate(undefined, wrong);
    expect(view.alert).toHaveTextContent(/API key was refused/);
    expect(view.alert).toHaveTextContent(/Request id: req-\d+/);
    expect(visibleDraft()).toEqual(FILLED);
    view.rerender({ client });
    await retryAndExpectSaved(view);
  });

  it('given a 503 on an update, then the edits stay and Retry PATCHes them', async () => {
    const view = renderEditor({ client, events, cohortId: SAMPLE_IDS.football, onSaveError: (error) => console.error(error) });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await view.user.clear(name);
    await view.user.type(name, 'Football fanatics');
    api.backend.faults.set({ status: 503, times: 1 });
    await view.user.click(saveButton());
    const alert = await screen.findByRole('alert');
    seen.push(alert.textContent, view.container.textContent, [...view.storage.data.values()]);
    expect(within(alert).getByText('Technical details').closest('details')).toHaveTextContent(/injected 503/);
    expect(name).toHaveValue('Football fanatics');
    await view.user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    expect(api.backend.cohorts().find((c) => c.id === SAMPLE_IDS.football)?.name).toBe('Football fanatics');
    expect(api.backend.requests.filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });

  it('given a double click on Save while the API is slow, then exactly one POST is sent', async () => {
    const view = renderEditor({ client, events });
    await fillNewCohort(view.user);
    api.backend.faults.set({ latencyMs: 200, times: 1 });
    await view.user.dblClick(saveButton());
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'));
    expect(api.backend.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  // Runs last (tests in a file run in order): it searches what all the tests above produced.
  it('given every fault above, then no error, rendered text, console line or stored draft holds the API key', () => {
    expect(seen.length).toBeGreaterThanOrEqual((refused.length + ambiguous.length) * 2);
    expect(consoleLines.length).toBeGreaterThan(0);
    expect(seen.some((value) => Array.isArray(value) && value.length > 0)).toBe(true);
    const text = [...seen, ...consoleLines]
      .map((value) => `${String(value)} ${inspect(value, { depth: 20, showHidden: true })} ${JSON.stringify(value) ?? ''}`)
      .join('\n');
    for (const form of [KEY, encodeURIComponent(KEY), 'Secret+Key', 'Secret%2BKey']) expect(text).not.toContain(form);
  });
});
