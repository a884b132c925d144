import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  CohortEditor,
  CohortQueryBuilder,
  germanAnnouncements,
  germanBuilderLabels,
  germanEditorLabels,
  germanSummaryPhrasebook,
  type CohortOption,
  type EventOption,
  type JsonObject,
  type PropertyOption,
} from '../src/index';
import { SAMPLE_IDS } from '../src/testing';
import { demoProperties } from './support/catalogues';
import { corpusQuery } from './support/corpus';
import { localClient, resetLocalApi } from './support/playground/localApi';

// The host's catalogues as a German host would pass them: the same events and properties as the
// other stories (event names and paths are the Cohorts API's), described and labelled in German.
const germanEvents: EventOption[] = [
  { name: 'Pageview', description: 'Eine Seite wurde aufgerufen' },
  { name: 'videoViews', description: 'Ein Video wurde abgespielt' },
  { name: 'LinkClick', description: 'Ein Link wurde angeklickt' },
  { name: 'Purchase', description: 'Ein Kauf wurde abgeschlossen' },
  { name: 'BasketView', description: 'Der Warenkorb wurde angesehen' },
  { name: 'GamLogSlotClicked' },
];
const GERMAN_PROPERTY_LABELS: Record<string, string> = {
  'properties.client.url': 'URL',
  'properties.client.title': 'Seitentitel',
  'properties.client.domain': 'Domain',
  'properties.article.category': 'Artikelkategorie',
  'properties.article.tags': 'Artikel-Tags',
  'properties.order.total': 'Bestellsumme',
  'properties.user.premium': 'Premium-Nutzer',
  'properties.products': 'Produkte',
};
const germanProperties: PropertyOption[] = demoProperties.map((property) => ({ ...property, label: GERMAN_PROPERTY_LABELS[property.path] ?? property.label }));
const germanCohorts: CohortOption[] = [
  { code: 1234, name: 'Fußballfans' },
  { code: 1235, name: 'Rugbyfans' },
  { code: 2001, name: 'Abonnenten' },
];

const meta = {
  title: 'Builder/German',
  component: CohortQueryBuilder,
  args: {
    labels: germanBuilderLabels,
    announcements: germanAnnouncements,
    phrasebook: germanSummaryPhrasebook,
    events: germanEvents,
    properties: germanProperties,
    cohorts: germanCohorts,
    showJson: true,
    onChange: fn(),
  },
  // Tables are passed whole, not edited in a control.
  argTypes: { labels: { control: false }, announcements: { control: false }, phrasebook: { control: false } },
  // lang="de": screen readers pronounce the German words as German.
  decorators: [
    (Story) => (
      <div lang="de">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CohortQueryBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

const summary = (canvasElement: HTMLElement) => within(within(canvasElement).getByRole('group', { name: 'Zusammenfassung' })).getByText(/^Nutzer, die /);

/** The JSON the builder's preview shows, parsed. */
function previewJson(canvasElement: HTMLElement): unknown {
  const region = within(canvasElement).getByRole('group', { name: 'JSON für die Cohorts-API' });
  return JSON.parse(region.querySelector('pre')!.textContent!);
}

// The demos open clean: their play functions only check what is shown. The interaction test below
// them is tagged '!dev' (not in the sidebar) and '!autodocs' (not on the docs page); the test run keeps it.

/**
 * The builder in German: every clause kind of the corpus (query code-22). Pass the German tables
 * and phrasebook: `<CohortQueryBuilder labels={germanBuilderLabels} announcements={germanAnnouncements}
 * phrasebook={germanSummaryPhrasebook} />`, inside an element with `lang="de"`.
 */
export const Builder: Story = {
  args: { defaultValue: corpusQuery('code-22') },
  play: async ({ canvasElement }) => {
    // A demo: it only looks.
    const canvas = within(canvasElement);
    const builder = canvasElement.querySelector<HTMLElement>('.pcb-builder')!;
    await expect(builder).toHaveAccessibleName('Kohortenabfrage');
    await expect(canvasElement.querySelector('[lang="de"]')).toContainElement(builder);
    await expect(builder).toBeVisible();
    await expect(summary(canvasElement)).toHaveTextContent(/^Nutzer, die \(Pageview mindestens einmal in den letzten 30 Tagen ausgeführt haben/);
    await expect(canvas.getAllByRole('combobox', { name: /^Ereignis \(Klausel / }).length).toBeGreaterThan(0);
    await expect(previewJson(canvasElement)).toEqual(corpusQuery('code-22'));
  },
};

/**
 * The cohort editor in German, editing a saved cohort of the local Cohorts API:
 * `<CohortEditor labels={germanEditorLabels} announcements={germanAnnouncements} phrasebook={germanSummaryPhrasebook} />`.
 */
export const Editor: Story = {
  beforeEach: ({ msw }) => {
    resetLocalApi(msw);
  },
  render: (args) => (
    <CohortEditor
      client={localClient}
      cohortId={SAMPLE_IDS.football}
      labels={germanEditorLabels}
      announcements={germanAnnouncements}
      phrasebook={germanSummaryPhrasebook}
      events={args.events}
      properties={args.properties}
      cohorts={args.cohorts}
      storage={null}
    />
  ),
  play: async ({ canvasElement }) => {
    // A demo: it only looks.
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Name' })).toHaveValue('Football fans');
    await expect(canvas.getByRole('heading', { name: 'Kohorte bearbeiten: Football fans' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Kohorte speichern' })).toBeVisible();
  },
};

const pageview: JsonObject = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };

/** Test: in German, "+ Und" adds a clause by keyboard, the summary says it in German, and a move is announced in German. */
export const AddClauseTest: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultValue: { and: [{ or: [pageview] }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Keyboard: Enter opens the add menu on its first item (Ereignis), Enter chooses it.
    canvas.getByRole('button', { name: /^\+ Und / }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('menuitem', { name: 'Ereignis' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const event = canvas.getByRole('combobox', { name: 'Ereignis (Klausel 2)' });
    await waitFor(() => expect(event).toHaveFocus());
    await userEvent.type(event, 'videoViews');
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(summary(canvasElement)).toHaveTextContent('Nutzer, die Pageview mindestens einmal ausgeführt haben und videoViews mindestens einmal ausgeführt haben.'),
    );
    await expect(previewJson(canvasElement)).toEqual({ and: [{ or: [pageview] }, { or: [{ event: 'videoViews', frequency: { greater_than_or_equal_to: 1 } }] }] });
    // A click: the new clause (a group of one, named as its clause) moves up, and the live region says so in German.
    await userEvent.click(canvas.getByRole('button', { name: 'Aktionen für Klausel 2' }));
    await userEvent.click(await canvas.findByRole('menuitem', { name: 'Nach oben' }));
    const announcer = canvas.getByRole('status', { name: 'Ansagen zum Anordnen' });
    await waitFor(() => expect(announcer).toHaveTextContent('Klausel 2 verschoben an diese Stelle: oberste Ebene, Position 1 von 2. Sie ist jetzt Klausel 1.'));
    await expect(summary(canvasElement)).toHaveTextContent('Nutzer, die videoViews mindestens einmal ausgeführt haben und Pageview mindestens einmal ausgeführt haben.');
  },
};
