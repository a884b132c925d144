/**
 * Issue 13: every string of code mode and of the templates comes from the tables. With every
 * builder label, announcement and phrase replaced by a marker (as test/i18n/labels.test.tsx does
 * for the rest of the builder), the code view with issues and a refused switch, and the template
 * offer, show no default string; with the German tables they show German.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  CohortQueryBuilder,
  defaultAnnouncements,
  defaultBuilderLabels,
  defaultSummaryPhrasebook,
  germanAnnouncements,
  germanBuilderLabels,
  germanSummaryPhrasebook,
  type BuilderLabels,
  type JsonObject,
} from '../../src/index';
import { dataStrings, marked, shownTexts } from '../i18n/support';

/** What is left of the shown texts once markers and `data` are taken out: words of no table. */
function leftovers(root: HTMLElement, data: readonly string[]): string[] {
  const words = [...data].filter((d) => d.trim() !== '').sort((a, b) => b.length - a.length);
  return shownTexts(root).flatMap(({ text, where }) => {
    let rest = text;
    for (let before = ''; before !== rest; ) {
      before = rest;
      rest = rest.replace(/«[^«»]*»/g, ' ');
    }
    for (const word of words) rest = rest.split(word).join(' ');
    return /\p{L}/u.test(rest) ? [`"${rest.trim()}" in ${where}`] : [];
  });
}

const QUERY: JsonObject = { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 }, owner: 'x' }] }, { or: [{ event: '', frequency: { greater_than_or_equal_to: 1 } }] }] };

async function openCodeView(toggleName: string, areaName: string, check: () => void = () => undefined) {
  fireEvent.click(screen.getByRole('button', { name: toggleName }));
  const area = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: areaName });
  // The query's issues at their lines.
  check();
  // Text that is not JSON, then a switch back: the refusal shows too.
  await act(async () => fireEvent.change(area, { target: { value: `${area.value}x` } }));
  let message = '';
  try {
    JSON.parse(area.value);
  } catch (error) {
    message = (error as Error).message;
  }
  fireEvent.click(screen.getByRole('button', { name: toggleName }));
  await screen.findByRole('alert');
  return message;
}

describe('code mode and templates in your words', () => {
  it('given every table replaced by markers, when the code view shows an issue and refuses the builder, then no default string is left (the engine\'s JSON message aside)', async () => {
    const labels: BuilderLabels = marked(defaultBuilderLabels, 'b');
    render(<CohortQueryBuilder defaultValue={structuredClone(QUERY)} labels={labels} announcements={marked(defaultAnnouncements, 'a')} phrasebook={marked(defaultSummaryPhrasebook, 'p')} />);
    const engine = await openCodeView('«b.codeView»', '«b.codeLabel»', () => {
      expect(screen.getAllByRole('button', { name: /^«b\.codeIssueAt\(/ })).toHaveLength(2);
      expect(leftovers(document.body, dataStrings(QUERY))).toEqual([]);
    });
    expect(leftovers(document.body, [...dataStrings(QUERY), engine])).toEqual([]);
    expect(screen.getByRole('alert').textContent).toMatch(/^«b\.codeCannotLeave\(«b\.codeIssueAt\(\d+\|\d+\|«b\.error»\|«b\.codeNotJson\(/);
  });

  it('given every table replaced by markers, when a new cohort offers the templates, then their names, descriptions and summaries come from the tables', () => {
    render(<CohortQueryBuilder labels={marked(defaultBuilderLabels, 'b')} announcements={marked(defaultAnnouncements, 'a')} phrasebook={marked(defaultSummaryPhrasebook, 'p')} />);
    const offer = screen.getByRole('group', { name: '«b.templatesHeading»' });
    expect(within(offer).getAllByRole('button').map((b) => b.textContent)).toEqual(['sectionReaders', 'frequentVisitors', 'engagedReaders', 'videoViewers'].map((key) => `«b.templateSet.${key}.name»`));
    // The summaries speak through the phrasebook; the data inside them is the templates' own.
    expect(leftovers(offer, ['Pageview', 'videoViews', '/sport/', 'properties.client.url'])).toEqual([]);
  });

  it('given the German tables, then the code view and the refusal are German', async () => {
    render(
      <div lang="de">
        <CohortQueryBuilder defaultValue={structuredClone(QUERY)} labels={germanBuilderLabels} announcements={germanAnnouncements} phrasebook={germanSummaryPhrasebook} />
      </div>,
    );
    await openCodeView('Als JSON bearbeiten', 'Abfrage als JSON für die Cohorts-API');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Der Editor kann diesen Text nicht anzeigen.*Zeile \d+, Spalte \d+: Fehler: Das ist kein JSON: /);
    expect(screen.getByRole('group', { name: 'Probleme im JSON' })).toBeTruthy();
  });
});
