/**
 * One complete second locale: the German tables (src/components/labels-de.ts) with the German
 * summary phrasebook leave no English word of the default tables anywhere a person or a screen
 * reader meets one: DOM text, aria-label, aria-description, placeholder, title. Textareas and
 * `pre` hold the person's own JSON and are skipped.
 *
 * The English words are collected from the default tables themselves (their strings, and their
 * functions called with sample arguments) and from the English issue messages the core gives the
 * query shown. A word is dropped when the German tables say it too ("Details", "Tags", "Segment",
 * "Pageview"), when the query's JSON holds it (keys and values: "properties", "football"), when it
 * is no word (digits, punctuation, `equal_to`), or when it is shorter than 4 letters. What is left
 * must not appear as a whole word. A control renders the English defaults and sees the check fail.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CohortEditor,
  CohortQueryBuilder,
  defaultAnnouncements,
  defaultEditorLabels,
  describeQuery,
  germanAnnouncements,
  germanBuilderLabels,
  germanEditorLabels,
  germanFieldLabels,
  germanSummaryPhrasebook,
  parseQuery,
  type EditorLabels,
  type IssueCode,
  type JsonObject,
  type JsonValue,
  type QueryIssue,
} from '../../src/index';
import { ID, localApi } from '../scenarios/support';
import { dataStrings, shownTexts } from './support';
import { corpus } from '../fixtures/corpus';

// The host's catalogues, labelled in German as a German host would.
const EVENTS = [{ name: 'Pageview', label: 'Seitenaufruf' }, { name: 'videoViews', label: 'Videoaufrufe' }];
const PROPERTIES = [
  { path: 'properties.client.url', label: 'Seiten-URL', type: 'string' as const },
  { path: 'properties.article.tags', label: 'Artikel-Tags', type: 'string[]' as const },
];
const COHORTS = [{ code: 1234, name: 'Fußballfans' }];
const CATALOGUE = [...EVENTS.flatMap((e) => [e.name, e.label]), ...PROPERTIES.flatMap((p) => [p.path, p.label]), ...COHORTS.map((c) => c.name)];

// ---------------------------------------------------------------------------------------------
// Words

/** Whole words of a text: runs of letters, digits and underscores (so `equal_to` is one token). */
const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];
/** A word worth checking: letters only, 4 or more. */
const isWord = (token: string): boolean => /^\p{L}{4,}$/u.test(token);

const KINDS = ['http', 'network', 'timeout', 'abort', 'invalid-response', 'too-large', 'redirect', 'validation'] as const;
const STATUSES = [undefined, 400, 401, 403, 404, 409, 429, 500, 503];

/** Sample arguments for each function of the tables, by its key; other functions get strings and numbers. */
function samplesFor(key: string): unknown[][] {
  switch (key) {
    case 'advice':
      return KINDS.flatMap((kind) => STATUSES.flatMap((status) => (['create', 'update'] as const).map((mode) => [{ kind, status, mode }])));
    case 'loadAdvice':
      return KINDS.flatMap((kind) => STATUSES.map((status) => [{ kind, status }]));
    case 'createUncertain':
      return (['applied', 'unknown'] as const).flatMap((outcome) => KINDS.map((kind) => [{ outcome, kind, name: '7' }]));
    case 'foundCohort':
      return [[{ time: '7', code: 7, sameAsSent: true }], [{ time: '', sameAsSent: false }]];
    case 'openCreated':
      return [[{ time: '7', code: 7, sameAsSent: true }, 1], [{ time: '7', code: 7, sameAsSent: true }, 2], [{ time: '', sameAsSent: false }, 2]];
    case 'draftNotKept':
      return [['quota'], ['unavailable']];
    case 'formatTime':
      return [[new Date(Date.UTC(2026, 10, 20, 16, 45))]];
    case 'issue':
      return SAMPLE_ISSUES.map((issue) => [issue]);
    case 'numberTooSmall':
    case 'numberTooLarge':
    case 'times':
    case 'query':
      return [[0], [1], [2], [0.5]];
    case 'betweenOrder':
    case 'issueCount':
      return [[1, 0], [0, 1], [1, 1], [2, 3]];
    case 'foundCreated':
      return [[1, '7'], [2, '7']];
    case 'place':
      return [['7', 1, 2]];
    default:
      // Names and positions: "clause 1.2", "group 2", a value, an event.
      return [['7', '7', '7'], ['', '7', '7']];
  }
}

/** Every string a table can show: its strings, and its functions' results on the samples. */
function outputsOf(value: unknown, key = '', into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'function') for (const args of samplesFor(key)) into.push(String((value as (...a: unknown[]) => unknown)(...args)));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) outputsOf(v, k, into);
  return into;
}

const lower = (words: Iterable<string>): Set<string> => new Set([...words].map((word) => word.toLowerCase()));
const wordsOf = (texts: readonly string[]): Set<string> => lower(texts.flatMap(tokens).filter(isWord));

// ---------------------------------------------------------------------------------------------
// Issues: one query per issue code (TypeScript refuses a code left out), so every German issue
// sentence is seen in the builder next to the English message it replaces.

const pv = (rest: JsonObject = {}): JsonObject => ({ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 }, ...rest });
const where = (condition: JsonValue, property = 'properties.client.url'): JsonObject => pv({ where: { property, condition } });
const deep = (levels: number): JsonObject => (levels === 0 ? pv() : { and: [deep(levels - 1)] });

/** A query (or, for the first three, an input the builder cannot load) that raises each code. */
const RAISES: Record<IssueCode, { input: unknown }> = {
  'not-json-object': { input: 'Pageview' },
  'too-deep': { input: deep(300) },
  'too-large': { input: pv({ values: new Array<number>(250_001).fill(0) }) },
  'unknown-clause': { input: { and: [{ or: [pv(), { dwell_time: { seconds: 3 } }] }] } },
  'invalid-clause': { input: { and: [{ or: [pv(), {}] }] } },
  'invalid-where': { input: pv({ where: 5 }) },
  'invalid-condition': { input: where(5) },
  'invalid-comparison': { input: { event: 'Pageview', frequency: 5 } },
  'invalid-window': { input: pv({ during: { the_last: { value: 0, unit: 'days' } } }) },
  'invalid-operand': { input: where({ contains: 5 }) },
  'empty-group': { input: { and: [{ or: [pv()] }, { or: [] }] } },
  'missing-event': { input: { event: '', frequency: { greater_than_or_equal_to: 1 } } },
  'missing-field': {
    input: {
      and: [
        { or: [{ event: 'Pageview' }] },
        { or: [{ has_not_entered: {} }] },
        { or: [{ in_second_party_segment: {} }] },
        { or: [{ in_connections_import_segment: { field_name: '' , value: '' } }] },
        { or: [where({ contains: 'x' }, '')] },
        { or: [{ engaged_views: {} }] },
      ],
    },
  },
  'negative-count': { input: { event: 'Pageview', frequency: { greater_than_or_equal_to: -1 } } },
  'not-integer': { input: { event: 'Pageview', frequency: { greater_than_or_equal_to: 1.5 } } },
  'completion-range': { input: { engaged_completion: { completion: { greater_than_or_equal_to: 2 } } } },
  'between-order': { input: where({ between: { start: 9, end: 2 } }, 'properties.price') },
  'unknown-operator': { input: where({ resembles: 'x' }) },
  'unknown-function': { input: where({ function: 'median', property: 'price', condition: { greater_than: 1 } }, 'properties.items') },
  'unknown-window': { input: pv({ during: { the_last: { value: 3, unit: 'fortnights' } } }) },
  'unknown-keys': { input: pv({ colour: 'red' }) },
  'unverified-form': {
    input: {
      and: [
        { or: [{ event: 'Pageview', frequency: { less_than: 1 } }] },
        { or: [{ has_not_entered: { segment: 1234 } }] },
        { or: [pv({ during: 'this_session' })] },
      ],
    },
  },
  'not-cnf': { input: { and: [{ or: [{ and: [pv(), pv()] }, pv()] }] } },
};

const issuesOf = (code: IssueCode): QueryIssue[] => parseQuery(RAISES[code].input).issues;
const ALL_ISSUES = (Object.keys(RAISES) as IssueCode[]).flatMap(issuesOf);
// Each code in both severities, so the German table's every branch is sampled.
const SAMPLE_ISSUES: QueryIssue[] = [
  ...ALL_ISSUES,
  ...ALL_ISSUES.map((issue) => ({ ...issue, severity: issue.severity === 'error' ? ('warning' as const) : ('error' as const) })),
  { severity: 'error', code: 'a-code-added-later' as IssueCode, path: [], message: 'Something new went wrong.' },
  { severity: 'warning', code: 'a-code-added-later' as IssueCode, path: [], message: 'Something new to check.' },
];

// ---------------------------------------------------------------------------------------------
// The check

const ENGLISH_TABLES = { editor: defaultEditorLabels, announcements: defaultAnnouncements };
const GERMAN_TABLES = { editor: germanEditorLabels, announcements: germanAnnouncements };
const ENGLISH_WORDS = wordsOf(outputsOf(ENGLISH_TABLES));
const GERMAN_WORDS = wordsOf(outputsOf(GERMAN_TABLES));

/** The English words to look for on a page that shows `data`, with `issues` worded by the core. */
function englishWords(data: readonly string[], issues: readonly QueryIssue[]): Set<string> {
  const dataWords = lower([...data, ...CATALOGUE].flatMap(tokens));
  const english = new Set([...ENGLISH_WORDS, ...wordsOf(issues.map((issue) => issue.message))]);
  return new Set([...english].filter((word) => !GERMAN_WORDS.has(word) && !dataWords.has(word)));
}

/** Every English word of `english` found in `root`, with where it was. */
function englishIn(root: HTMLElement, english: Set<string>): string[] {
  const found: string[] = [];
  for (const { text, where } of shownTexts(root)) {
    for (const token of tokens(text)) if (english.has(token.toLowerCase())) found.push(`"${token}" in ${where}: "${text.trim().slice(0, 120)}"`);
  }
  return [...new Set(found)];
}

/**
 * Buttons whose name does not hold their visible text (axe's label-content-name-mismatch, and voice
 * control: "click Bedingung hinzufügen"). German word order can split an English-shaped name.
 */
function namesWithoutText(root: HTMLElement): string[] {
  return [...root.querySelectorAll('button[aria-label]')]
    .map((button) => [button.getAttribute('aria-label')!, button.textContent!.trim()] as const)
    .filter(([name, text]) => /\p{L}/u.test(text) && !name.toLowerCase().includes(text.toLowerCase()))
    .map(([name, text]) => `"${text}" not in "${name}"`);
}

function renderGermanBuilder(query: JsonObject | undefined) {
  return render(
    <div lang="de">
      <CohortQueryBuilder
        defaultValue={query}
        labels={germanBuilderLabels}
        announcements={germanAnnouncements}
        phrasebook={germanSummaryPhrasebook}
        events={EVENTS}
        properties={PROPERTIES}
        cohorts={COHORTS}
        showErrors
        showJson
      />
    </div>,
  );
}

const propertyLabels = Object.fromEntries(PROPERTIES.map((p) => [p.path, p.label]));
const summaryOf = () => within(screen.getByRole('group', { name: germanBuilderLabels.summary })).getByText(/./, { selector: 'p' });

describe('the German tables', () => {
  it('given the collected words, then there are enough of them to mean something, and the English ones are the defaults’', () => {
    expect(ENGLISH_WORDS.size).toBeGreaterThan(300);
    expect(GERMAN_WORDS.size).toBeGreaterThan(300);
    for (const word of ['remove', 'cohort', 'clause', 'frequency', 'during', 'where', 'undo', 'moved', 'picked']) expect(ENGLISH_WORDS).toContain(word);
    for (const word of ['entfernen', 'kohorte', 'klausel', 'häufigkeit', 'zeitraum', 'rückgängig', 'verschoben', 'aufgenommen']) expect(GERMAN_WORDS).toContain(word);
  });

  it('given every leaf of the tables, then each differs from its English default, but for names and symbols that are the same in German', () => {
    const english = outputsOf(ENGLISH_TABLES);
    const german = outputsOf(GERMAN_TABLES);
    expect(german).toHaveLength(english.length);
    const same = new Set(english.filter((text, i) => text === german[i]));
    // The same in both languages: event and property examples, symbols, loan words, data-only patterns (a clause title is "heading: kind" in both).
    const alike = ['Pageview', 'properties.client.url', '⋯', '%', 'Details', 'Name', 'Tags', 'Segment', 'Offline', '7 (7)', '1 (1)', '2 (2)', '0 (0)', ' (7)', ' (1)', ' (2)', ' (0)', '7 (7)', '7: 7', ': 7'];
    expect([...same].filter((text) => !alike.includes(text) && !/^[\d\s()]*$/.test(text))).toEqual([]);
  });

  it('given the plurals, then one and many read right', () => {
    const { comparison } = germanFieldLabels;
    expect(`1 ${comparison.times(1)} / 2 ${comparison.times(2)}`).toBe('1 Mal / 2 Mal');
    expect(germanBuilderLabels.issueCount(1, 1)).toBe('1 Fehler, 1 Warnung');
    expect(germanBuilderLabels.issueCount(2, 3)).toBe('2 Fehler, 3 Warnungen');
    expect(germanBuilderLabels.issueCount(0, 2)).toBe('2 Warnungen');
    expect(germanEditorLabels.blockers.query(1)).toBe('Die Abfrage hat 1 Problem, das zu beheben ist.');
    expect(germanEditorLabels.blockers.query(3)).toBe('Die Abfrage hat 3 Probleme, die zu beheben sind.');
    expect(germanEditorLabels.foundCreated(2, 'Sport')).toBe('2 Kohorten namens „Sport“ wurden gerade erstellt.');
    expect(germanEditorLabels.formatTime(new Date(2026, 10, 20, 17, 45))).toBe('20.11.2026, 17:45');
  });

  it('given an issue of every code, then its German sentence is never the English message, and an unknown code gets a German sentence', () => {
    const codes = new Set(ALL_ISSUES.map((issue) => issue.code));
    expect([...codes].sort()).toEqual(Object.keys(RAISES).sort());
    for (const issue of SAMPLE_ISSUES) {
      const german = germanBuilderLabels.issue(issue);
      expect(german).not.toBe(issue.message);
      expect(german).toMatch(/\b(Sie|die|der|das|ist|nicht)\b/);
    }
    const later = germanBuilderLabels.issue(SAMPLE_ISSUES.at(-2)!);
    expect(later).toBe('Dieser Teil der Abfrage ist fehlerhaft; korrigieren Sie ihn, bevor Sie speichern.');
  });

  it('given a negated or undocumented transition, then the German warning advises no other form (never the opposite, has_entered)', () => {
    for (const issue of issuesOf('unverified-form')) expect(germanBuilderLabels.issue(issue)).not.toMatch(/has_entered/);
    const never = issuesOf('unverified-form').find((issue) => issue.path.includes('frequency'))!;
    expect(germanBuilderLabels.issue(never)).toMatch(/genau 0 Mal \(equal_to 0\)/);
  });
});

describe('the builder in German', () => {
  describe.each(corpus.map((entry) => [entry.id, entry] as const))('given corpus query %s', (_id, entry) => {
    it('when the builder shows it with the German tables and phrasebook, then no English word of the default tables shows, and the summary is German', () => {
      const query = structuredClone(entry.query);
      renderGermanBuilder(query);
      const { query: parsed, issues } = parseQuery(structuredClone(entry.query));
      expect(englishIn(document.body, englishWords(dataStrings(query), issues))).toEqual([]);
      expect(namesWithoutText(document.body)).toEqual([]);
      expect(summaryOf().textContent).toBe(describeQuery(parsed!, { phrasebook: germanSummaryPhrasebook, propertyLabels }));
      expect(summaryOf().textContent).toMatch(/^Nutzer, die /);
    });
  });

  describe.each((Object.keys(RAISES) as IssueCode[]).map((code) => [code] as const))('given a query with a %s issue', (code) => {
    it('when the builder shows it, then the issue is worded in German and no English word shows', () => {
      const { input } = RAISES[code];
      // An input the builder cannot load (not an object, too deep, too large) shows as "value not loaded", with its issues.
      renderGermanBuilder(input as JsonObject);
      const issues = parseQuery(input).issues;
      expect(issues.map((issue) => issue.code)).toContain(code);
      const data = typeof input === 'string' ? [input] : dataStrings(input as JsonObject);
      expect(englishIn(document.body, englishWords(data, issues))).toEqual([]);
      for (const issue of issues.filter((i) => i.code === code)) expect(document.body.textContent).toContain(germanBuilderLabels.issue(issue));
    });
  });

  it('given a new cohort, when the add menu and a clause menu open and a clause moves down, then the menus and the announcement are German', async () => {
    const user = userEvent.setup();
    const query = structuredClone(corpus.find((entry) => entry.id === 'code-22')!.query);
    renderGermanBuilder(query);
    const english = englishWords(dataStrings(query), parseQuery(query).issues);
    await user.click(screen.getAllByRole('button', { name: /^\+ Und/ })[0]!);
    expect(screen.getByRole('menu')).toBeTruthy();
    expect(englishIn(document.body, english)).toEqual([]);
    await user.keyboard('{Escape}');
    await user.click(screen.getAllByRole('button', { name: /^Aktionen für Klausel/ })[0]!);
    expect(englishIn(document.body, english)).toEqual([]);
    await user.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Nach unten' }));
    const live = [...document.querySelectorAll('[aria-live]')].map((region) => region.textContent).join(' ');
    expect(live).toMatch(/Klausel [\d.]+ verschoben an diese Stelle: Gruppe \d+, Position \d+ von \d+\. Sie ist jetzt Klausel [\d.]+\./);
    expect(englishIn(document.body, english)).toEqual([]);
  });

  it('given an empty builder (a new cohort), then it is German and its summary reads "Nutzer, die …"', () => {
    renderGermanBuilder(undefined);
    expect(englishIn(document.body, englishWords([], []))).toEqual([]);
    expect(summaryOf().textContent).toMatch(/^Nutzer, die ein noch nicht gewähltes Ereignis/);
  });

  it('control: given the English defaults instead, then the same check finds English words (so the test can fail)', () => {
    const query = structuredClone(corpus.find((entry) => entry.id === 'code-22')!.query);
    render(<CohortQueryBuilder defaultValue={query} events={EVENTS} properties={PROPERTIES} cohorts={COHORTS} showErrors showJson />);
    const found = englishIn(document.body, englishWords(dataStrings(query), parseQuery(query).issues));
    expect(found.length).toBeGreaterThan(20);
    expect(found.join('\n')).toMatch(/"Summary"/);
  });
});

describe('the cohort editor in German', () => {
  it('given the German editor tables, when it creates and then edits a saved cohort, then no English word shows', async () => {
    const query = structuredClone(corpus.find((entry) => entry.id === 'code-22')!.query);
    const { client } = localApi(query);
    const saved = await client.getCohort(ID);
    const labels: EditorLabels = germanEditorLabels;
    const props = { client, labels, announcements: germanAnnouncements, phrasebook: germanSummaryPhrasebook, events: EVENTS, properties: PROPERTIES, cohorts: COHORTS, storage: null };
    const view = render(
      <div lang="de">
        <CohortEditor {...props} />
      </div>,
    );
    expect(screen.getByRole('heading', { name: 'Neue Kohorte' })).toBeTruthy();
    expect(englishIn(document.body, englishWords([], []))).toEqual([]);
    view.rerender(
      <div lang="de">
        <CohortEditor {...props} cohort={saved} />
      </div>,
    );
    expect(screen.getByRole('heading', { name: 'Kohorte bearbeiten: Sport' })).toBeTruthy();
    // An edit, so the change list and Save's state show too.
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Sportfans' } });
    await act(async () => {});
    expect(screen.getByRole('group', { name: 'Zu speichernde Änderungen' })).toHaveTextContent('Sportfans');
    const data = [...dataStrings(query), 'Sport', 'Sport readers', 'Sportfans', 'sport', ID];
    expect(englishIn(document.body, englishWords(data, parseQuery(query).issues))).toEqual([]);
  });
});
