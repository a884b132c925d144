/**
 * Every string replaceable (issue 10, item 7): with every label, announcement and phrase replaced
 * by a marker, no default string is left anywhere a person or a screen reader meets one: DOM text,
 * aria-* names and descriptions, options, placeholders, titles. What may remain besides markers is
 * the query's own data (event names, values, paths), the host's catalogues, digits and punctuation.
 *
 * The markers are built from the default tables themselves, so a key added to a table is replaced
 * here too, and a string written into a component instead of a table is found.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CohortEditor,
  CohortQueryBuilder,
  defaultAnnouncements,
  defaultEditorLabels,
  defaultSummaryPhrasebook,
  type BuilderAnnouncements,
  type EditorLabels,
  type JsonObject,
  type SummaryPhrasebook,
} from '../../src/index';
import { ID, localApi } from '../scenarios/support';
import { corpus } from '../fixtures/corpus';
import { dataStrings, marked, shownTexts } from './support';

const EDITOR_LABELS: EditorLabels = marked(defaultEditorLabels, 'editor');
const BUILDER_LABELS = EDITOR_LABELS.builder;
const ANNOUNCEMENTS: BuilderAnnouncements = marked(defaultAnnouncements, 'announce');
const PHRASEBOOK: SummaryPhrasebook = marked(defaultSummaryPhrasebook, 'phrase');

const EVENTS = [{ name: 'Pageview', label: 'Page view' }, { name: 'videoViews' }];
const PROPERTIES = [
  { path: 'properties.client.url', label: 'Page URL', type: 'string' as const },
  { path: 'properties.article.tags', label: 'Article tags', type: 'string[]' as const },
];
const COHORTS = [{ code: 1234, name: 'Football fans' }];
const CATALOGUE = [...EVENTS.flatMap((e) => [e.name, e.label ?? '']), ...PROPERTIES.flatMap((p) => [p.path, p.label]), ...COHORTS.map((c) => c.name)];

/** What is left of `text` once markers and data are taken out: empty unless a default string remains. */
function leftover(text: string, data: readonly string[]): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/«[^«»]*»/g, ' ');
  }
  // Data counts only as a whole word: "or" in the data must not hide the "or" of "more".
  for (const item of data) rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu'), ' ');
  // Digits, punctuation, symbols and spaces say nothing in any language.
  return /\p{L}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : '';
}

/** Every piece of text a person or a screen reader meets in `root` that is not a marker or data. */
function defaultStringsIn(root: HTMLElement, dataSet: Iterable<string>): string[] {
  // Longest first, so "Pageview" goes before a shorter data string inside it.
  const data = [...dataSet, ...CATALOGUE].filter((item) => item.trim() !== '').sort((a, b) => b.length - a.length);
  const found = shownTexts(root).flatMap(({ text, where }) => {
    const rest = leftover(text, data);
    return rest ? [`"${rest}" in ${where}`] : [];
  });
  return [...new Set(found)];
}

function renderBuilder(query: JsonObject | undefined) {
  return render(
    <CohortQueryBuilder
      defaultValue={query}
      labels={BUILDER_LABELS}
      announcements={ANNOUNCEMENTS}
      phrasebook={PHRASEBOOK}
      events={EVENTS}
      properties={PROPERTIES}
      cohorts={COHORTS}
      showErrors
    />,
  );
}

describe('every string replaceable', () => {
  it('given the marked tables, then no table string is left as it was (so a default that leaks would be seen)', () => {
    const values: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') values.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk({ EDITOR_LABELS, ANNOUNCEMENTS, PHRASEBOOK });
    expect(values.length).toBeGreaterThan(200);
    expect(values.filter((value) => !/^«[^«»]+»$/.test(value))).toEqual([]);
  });

  describe.each(corpus.map((entry) => [entry.id, entry] as const))('given corpus query %s', (_id, entry) => {
    it('when the builder shows it with every label, announcement and phrase replaced, then no default string is left', () => {
      const query = structuredClone(entry.query);
      renderBuilder(query);
      expect(defaultStringsIn(document.body, dataStrings(query))).toEqual([]);
    });
  });

  it('given a new cohort, when its add menu and a clause menu are opened and a clause is moved, then the menus and the announcement hold no default string', async () => {
    const user = userEvent.setup();
    const query = structuredClone(corpus.find((entry) => entry.id === 'code-22')!.query);
    renderBuilder(query);
    const data = dataStrings(query);
    const add = screen.getAllByRole('button', { name: /«editor\.builder\.addAnd»/ })[0]!;
    await user.click(add);
    expect(screen.getByRole('menu')).toBeTruthy();
    expect(defaultStringsIn(document.body, data)).toEqual([]);
    await user.keyboard('{Escape}');
    const actions = screen.getAllByRole('button', { name: /«editor\.builder\.actions\(/ })[0]!;
    await user.click(actions);
    const menu = screen.getByRole('menu');
    expect(defaultStringsIn(document.body, data)).toEqual([]);
    await user.click(within(menu).getByRole('menuitem', { name: /«editor\.builder\.moveDownItem»/ }));
    const live = [...document.querySelectorAll('[aria-live]')].map((region) => region.textContent).join(' ');
    expect(live).toMatch(/«announce\.moved\(/);
    expect(defaultStringsIn(document.body, data)).toEqual([]);
  });

  it('given an empty builder (a new cohort), then no default string is left', () => {
    renderBuilder(undefined);
    expect(defaultStringsIn(document.body, [])).toEqual([]);
  });

  it('given the cohort editor, creating and then editing a saved cohort, then no default string is left', async () => {
    const query = structuredClone(corpus.find((entry) => entry.id === 'code-22')!.query);
    const { client } = localApi(query);
    const saved = await client.getCohort(ID);
    const props = { client, labels: EDITOR_LABELS, announcements: ANNOUNCEMENTS, phrasebook: PHRASEBOOK, events: EVENTS, properties: PROPERTIES, cohorts: COHORTS, storage: null };
    const view = render(<CohortEditor {...props} />);
    expect(defaultStringsIn(document.body, [])).toEqual([]);
    view.rerender(<CohortEditor {...props} cohort={saved} />);
    // An edit, so the change list and Save's state show too.
    fireEvent.change(screen.getByRole('textbox', { name: /«editor\.name»/ }), { target: { value: 'Sport fans' } });
    await act(async () => {});
    expect(defaultStringsIn(document.body, [...dataStrings(query), 'Sport', 'Sport readers', 'Sport fans', 'sport', ID])).toEqual([]);
  });
});
