// The code on the Getting started page (and the BuilderInstanceProvider page) is the files in
// stories/docs/examples/, shown as they are. Each one is rendered here and does what the page says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCohortsClient, germanBuilderLabels } from '../../src/index';
import type { CohortsClient, JsonObject } from '../../src/index';
import { createCohortsBackend } from '../../src/testing/backend';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import { ControlledExample } from '../../stories/docs/examples/Controlled';
import { EmbedExample } from '../../stories/docs/examples/Embed';
import { HeadlessExample } from '../../stories/docs/examples/Headless';
import { GermanExample, I18nExample } from '../../stories/docs/examples/I18n';
import { PUBLISHED_PATHS, published } from '../../stories/docs/examples/published';
import { SaveWithEditorExample } from '../../stories/docs/examples/SaveWithEditor';
import { SaveWithHooksExample } from '../../stories/docs/examples/SaveWithHooks';
import { ThemingExample } from '../../stories/docs/examples/Theming';

const root = `${join(__dirname, '..', '..')}/`;
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const EXAMPLES = 'stories/docs/examples/';

// The builder's fields, whether it numbers the first clause "1" or "1.1".
const eventField = () => screen.getByRole('combobox', { name: /^Event \(clause 1(\.1)?\)$/ });
const countField = () => screen.getByRole('textbox', { name: /^Frequency \(clause 1(\.1)?\) value$/ });
const pageviews = (times: number) => ({ and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: times } }] }] });

describe('Embed (uncontrolled)', () => {
  it('given no value from the host, then the builder shows defaultValue and keeps edits itself', async () => {
    const user = userEvent.setup();
    render(<EmbedExample />);
    expect(eventField()).toHaveValue('Pageview');
    expect(countField()).toHaveValue('2');
    expect(screen.getByRole('group', { name: 'Summary' })).toHaveTextContent(/Pageview at least 2 times/);

    await user.clear(countField());
    await user.type(countField(), '5');

    expect(countField()).toHaveValue('5');
    expect(screen.getByRole('group', { name: 'Summary' })).toHaveTextContent(/Pageview at least 5 times/);
  });
});

describe('Controlled value', () => {
  const shownJson = () => JSON.parse(screen.getByLabelText('Query JSON').textContent ?? '');

  it('given the saved query, when a field is edited, then onChange reports the Cohort API JSON and the host passes it back', async () => {
    const user = userEvent.setup();
    render(<ControlledExample />);
    expect(shownJson()).toEqual(pageviews(1));

    await user.clear(countField());
    await user.type(countField(), '3');

    expect(shownJson()).toEqual(pageviews(3));
    expect(countField()).toHaveValue('3');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('given a query with an error, then Save waits until it is fixed', async () => {
    const user = userEvent.setup();
    render(<ControlledExample />);

    await user.clear(eventField());
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.type(eventField(), 'videoViews');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(shownJson()).toEqual({ and: [{ or: [{ event: 'videoViews', frequency: { greater_than_or_equal_to: 1 } }] }] });
  });
});

describe('Saving through the local Cohorts API', () => {
  const KEY = 'docs-example-key';
  let api: LocalCohortsApi;
  let client: CohortsClient;
  beforeEach(async () => {
    api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY] }) });
    client = createCohortsClient({ baseUrl: api.url, apiKey: KEY });
  });
  afterEach(async () => {
    await api.close();
    localStorage.clear();
  });
  const methods = () => api.backend.requests.map((request) => request.method);

  it('with the hooks: the first Save creates the cohort (POST), the next sends the change (PATCH)', async () => {
    const user = userEvent.setup();
    render(<SaveWithHooksExample client={client} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Football readers');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    const saved = await screen.findByText(/^Saved as cohort/, {}, { timeout: 5000 });
    const [created] = api.backend.cohorts();
    expect(created).toMatchObject({ name: 'Football readers', query: pageviews(1) });
    expect(saved).toHaveTextContent(`Saved as cohort ${created!.code ?? created!.id}.`);

    await user.clear(countField());
    await user.type(countField(), '2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(api.backend.cohorts()[0]!.query).toEqual(pageviews(2)));
    expect(api.backend.cohorts()).toHaveLength(1);
    expect(methods().filter((method) => method !== 'GET')).toEqual(['POST', 'PATCH']);
  });

  it('with the hooks: a failed save says so in plain words, keeps the technical message behind a disclosure, and can be sent again', async () => {
    const user = userEvent.setup();
    render(<SaveWithHooksExample client={client} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Second try');
    api.backend.faults.set({ status: 503, times: 1 });
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.querySelector('p')).toHaveTextContent('The cohort was not saved. Your changes are still here: save again in a moment.');
    const details = alert.querySelector('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent(/503/);
    expect(api.backend.cohorts()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));
    await screen.findByText(/^Saved as cohort/, {}, { timeout: 5000 });
    expect(api.backend.cohorts()).toMatchObject([{ name: 'Second try' }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('with the hooks: a query with errors cannot be sent', async () => {
    const user = userEvent.setup();
    render(<SaveWithHooksExample client={client} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Nothing yet');
    await user.clear(eventField());

    expect(screen.getByRole('button', { name: 'Create cohort' })).toBeDisabled();
    expect(methods()).toEqual([]);
  });

  it('with CohortEditor: Save creates the cohort and onSaved gets it as the API returned it', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    render(<SaveWithEditorExample client={client} onSaved={onSaved} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Video watchers');
    await user.type(eventField(), 'videoViews');
    await user.click(screen.getByRole('button', { name: 'Save cohort' }));

    await waitFor(() => expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved.'), { timeout: 5000 });
    const [created] = api.backend.cohorts();
    expect(created).toMatchObject({ name: 'Video watchers', query: { and: [{ or: [{ event: 'videoViews' }] }] } });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: created!.id, name: 'Video watchers' }));
  });

  it('with CohortEditor: unsaved edits are kept in localStorage and offered back', async () => {
    const user = userEvent.setup();
    const first = render(<SaveWithEditorExample client={client} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Half done');
    await waitFor(() => expect(localStorage.length).toBeGreaterThan(0), { timeout: 3000 });
    first.unmount();

    render(<SaveWithEditorExample client={client} />);
    await user.click(screen.getByRole('button', { name: 'Restore' }));

    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Half done');
    expect(methods()).toEqual([]);
  });
});

describe('Theming', () => {
  const css = read('src/components/styles.css');

  it('given the switches on an ancestor, then they are the nearest ones above the builder', () => {
    render(<ThemingExample />);
    const builder = screen.getByRole('group', { name: 'Cohort query' });
    expect(builder.closest('[data-pcb-theme]')).toHaveAttribute('data-pcb-theme', 'dark');
    expect(builder.closest('[data-pcb-density]')).toHaveAttribute('data-pcb-density', 'compact');
  });

  it('then the stylesheet has those switches and every custom property the example sets', () => {
    const { container } = render(<ThemingExample />);
    const wrapper = container.firstElementChild as HTMLElement;
    const set = [...wrapper.style].filter((name) => name.startsWith('--pcb-'));
    expect(set).toEqual(['--pcb-primary', '--pcb-focus', '--pcb-radius']);
    for (const name of set) expect(css).toMatch(new RegExp(`${name}:`));
    expect(css).toContain("[data-pcb-theme='dark']");
    expect(css).toContain("[data-pcb-density='compact']");
    // The page sends readers to docs/theming.md for the full list; it must name these too.
    const reference = read('docs/theming.md');
    for (const name of [...set, 'data-pcb-theme', 'data-pcb-density']) expect(reference).toContain(name);
  });
});

describe('Your words: labels and announcements', () => {
  it('given labels, then the builder, its toolbar and its leaf editors use them and no replaced English is left', () => {
    render(<I18nExample />);
    expect(screen.getByRole('group', { name: 'Audience' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step back' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Cohort query' })).toBeNull();
    // A leaf editor's string, through `fields`: "at least 2 visits".
    expect(countField().closest('.pcb-sentence')).toHaveTextContent(/visits/);
    expect(countField().closest('.pcb-sentence')).not.toHaveTextContent(/times/);
  });

  it('given announcements, when an edit is undone, then the live region says it in those words', async () => {
    const user = userEvent.setup();
    render(<I18nExample />);
    await user.clear(countField());
    await user.type(countField(), '4');
    await user.click(screen.getByRole('button', { name: 'Step back' }));

    expect(countField()).toHaveValue('2');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Arrangement announcements' })).toHaveTextContent('Stepped back.'));
  });

  it('given the German tables, then the builder, its fields and its summary speak German', () => {
    render(<GermanExample />);
    expect(document.querySelector('.pcb-builder')).toHaveAccessibleName(germanBuilderLabels.builder);
    expect(screen.getByRole('button', { name: germanBuilderLabels.undo })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: germanBuilderLabels.summary })).toHaveTextContent(/Pageview/);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('Headless (BuilderInstanceProvider)', () => {
  const pageview: JsonObject = { or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }] };
  const query: JsonObject = { and: [pageview, { has_not_entered: { segment: 1234 } }] };

  it('given the stores in a provider, then rows read their nodes and actions edit the one query', async () => {
    const user = userEvent.setup();
    render(<HeadlessExample json={query} />);
    const rows = () => within(screen.getByRole('list', { name: 'Clauses' })).getAllByRole('listitem');
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toHaveTextContent(/Pageview at least 2 times/);
    expect(rows()[1]).toHaveTextContent(/1234/);

    await user.click(within(rows()[1]!).getByRole('button', { name: 'Remove' }));
    expect(rows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show JSON' }));
    expect(JSON.parse(screen.getByLabelText('Query JSON').textContent ?? '')).toEqual({ and: [pageview] });
  });
});

describe('The pages show these files', () => {
  const files = readdirSync(`${root}${EXAMPLES}`).filter((file) => /\.tsx?$/.test(file) && file !== 'published.ts');
  const pages = readdirSync(`${root}stories/docs`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => read(`stories/docs/${file}`))
    .join('\n');
  // Rendered above, or (the Next.js files) in next.test.tsx.
  const tested = ['Controlled.tsx', 'Embed.tsx', 'Headless.tsx', 'I18n.tsx', 'NextClient.tsx', 'NextPage.tsx', 'NextRoute.ts', 'SaveWithEditor.tsx', 'SaveWithHooks.tsx', 'Theming.tsx'];

  it('every example file is tested, and shown on a page through ?raw and published()', () => {
    expect(files.sort()).toEqual(tested);
    for (const file of files) {
      const name = new RegExp(`import (\\w+) from '\\./examples/${file.replace('.', '\\.')}\\?raw';`);
      const imported = name.exec(pages);
      expect(imported, `${file} is not imported with ?raw by a page`).not.toBeNull();
      expect(pages).toContain(`code={published(${imported![1]})}`);
    }
  });

  it('published() turns every import into one a host can write', () => {
    for (const file of files) {
      const shown = published(read(`${EXAMPLES}${file}`));
      const specifiers = [...shown.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
      expect(specifiers.length).toBeGreaterThan(0);
      for (const specifier of specifiers) expect(specifier).toMatch(/^(react|\.\/NextClient|permutive-cohort-builder(\/core|\/styles\.css)?)$/);
    }
    expect(Object.values(PUBLISHED_PATHS)).toEqual(['permutive-cohort-builder', 'permutive-cohort-builder/core', 'permutive-cohort-builder/styles.css']);
  });

  it("server code imports /core only; the client part and the main entry start with 'use client'", () => {
    for (const file of ['NextPage.tsx', 'NextRoute.ts']) {
      const shown = published(read(`${EXAMPLES}${file}`));
      expect(shown).not.toMatch(/from 'permutive-cohort-builder'/);
      expect(shown).toMatch(/from 'permutive-cohort-builder\/core'/);
    }
    expect(read(`${EXAMPLES}NextClient.tsx`).startsWith("'use client';")).toBe(true);
    expect(read('src/index.ts').startsWith("'use client';")).toBe(true);
    expect(read('src/core.ts')).not.toMatch(/'use client'/);
  });
});

