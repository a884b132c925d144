// What server rendering and hydration are tested on: every component src/index.ts exports, in each
// mode a host uses (controlled, uncontrolled, empty; create and update). Shared by the Node render
// test and the Chromium hydration test, so both prove the same set.
import { within } from '@testing-library/dom';
import { useState, type ReactElement } from 'react';
import {
  CohortEditor,
  CohortQueryBuilder,
  ComparisonEditor,
  Connector,
  createCohortsClient,
  createIdGenerator,
  createQueryStore,
  createViewStore,
  DuringWindowEditor,
  EventPicker,
  FrequencyEditor,
  MenuButton,
  parseQuery,
  BuilderInstanceProvider,
  TagsInput,
  useChildIds,
  WhereConditionEditor,
  type Cohort,
  type Combinator,
  type JsonObject,
  type PropertyOption,
  type WhereNode,
} from '../../src';
import * as index from '../../src';
import type { CorpusQuery } from '../fixtures/corpus';
// The corpus JSON itself rather than corpus.ts, which reads it with node:fs: these cases also run in Chromium.
import queries from '../fixtures/queries.json';

const corpus = queries as unknown as readonly CorpusQuery[];

/** One element to render on the server (and hydrate), and what a person must find in its HTML. */
export interface SsrCase {
  name: string;
  /** A fresh element each call: the server render and the hydration each get their own. */
  element: () => ReactElement;
  /** Throws unless the rendered container holds the case's labelled controls. */
  expectControls: (container: HTMLElement) => void;
  /** The text field typed into after hydration to prove the tree is live (a role and accessible name). */
  typeInto?: { role: 'textbox' | 'combobox'; name: string | RegExp };
}

const EVENTS = [{ name: 'Pageview' }, { name: 'videoViews', label: 'Video views' }, { name: 'LinkClick' }];
const PROPERTIES: PropertyOption[] = [
  { path: 'properties.client.url', label: 'Page URL', type: 'string' },
  { path: 'properties.price', type: 'number' },
];

/** Requests the editors made; the SSR tests assert it stays empty (rendering must not fetch). */
export const fetchCalls: string[] = [];
const client = createCohortsClient({
  baseUrl: 'https://cohorts.invalid',
  apiKey: 'ssr-test',
  fetch: async (input) => {
    fetchCalls.push(input);
    throw new Error(`No request is expected while rendering, got ${input}`);
  },
});

const savedCohort: Cohort = {
  id: '00000000-0000-4000-8000-0000000055a1',
  code: 4242,
  name: 'Sport readers',
  description: 'Read sport pages',
  tags: ['sport'],
  state: 'Enabled',
  query: corpus[0]!.query,
};

const where: WhereNode = {
  kind: 'where-group',
  id: 'w-root',
  combinator: 'and',
  children: [
    { kind: 'where-condition', id: 'w-1', property: 'properties.client.url', condition: { kind: 'operator', operator: 'contains', operand: 'sport' } },
    { kind: 'where-condition', id: 'w-2', property: 'properties.price', condition: { kind: 'operator', operator: 'greater_than', operand: 10 } },
  ],
};

/** Every `onChange` call of a controlled case: after hydration, typing must reach one. */
export const changes: unknown[] = [];
const record = (value: unknown) => void changes.push(value);
const q = (container: HTMLElement) => within(container);

// Whatever a builder renders, it is one labelled group, and a value it was given loads without an alert.
function expectBuilder(container: HTMLElement) {
  q(container).getByRole('group', { name: 'Cohort query' });
  if (q(container).queryByRole('alert')) throw new Error(`The builder shows an alert: ${q(container).getByRole('alert').textContent}`);
}

// A store and a consumer of it, as a host that composes its own builder from the exported hooks would.
function storeCase(): SsrCase {
  const initial = parseQuery(corpus[1]!.query, { idGenerator: createIdGenerator('ssr-store') }).query!;
  function Clauses() {
    const ids = useChildIds(initial.id);
    // Something a person can press after hydration, to show the tree is live.
    const [open, setOpen] = useState(true);
    return (
      <>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          Groups
        </button>
        {open && (
          <ul aria-label="Groups">
            {ids.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return {
    name: 'BuilderInstanceProvider with a consumer of useChildIds',
    element: () => (
      <BuilderInstanceProvider value={{ store: createQueryStore({ initial }), view: createViewStore() }}>
        <Clauses />
      </BuilderInstanceProvider>
    ),
    expectControls: (container) => {
      const items = within(q(container).getByRole('list', { name: 'Groups' })).getAllByRole('listitem');
      const expected = 'children' in initial ? initial.children.length : 0;
      if (items.length !== expected) throw new Error(`Expected ${expected} groups, got ${items.length}`);
    },
  };
}

// The connector between siblings, in a host that switches it, so there is something to press after hydration.
function connectorCase(): SsrCase {
  function Switchable() {
    const [combinator, setCombinator] = useState<Combinator>('and');
    return (
      <>
        <button type="button" onClick={() => setCombinator(combinator === 'and' ? 'or' : 'and')}>
          Switch
        </button>
        <Connector combinator={combinator}>{combinator}</Connector>
      </>
    );
  }
  return {
    name: 'Connector between two siblings',
    element: () => <Switchable />,
    expectControls: (container) => {
      const word = q(container).getByText('and');
      if (word.getAttribute('data-combinator') !== 'and') throw new Error(`The connector says ${word.getAttribute('data-combinator')}`);
    },
  };
}

/** Every case: the builder (controlled with each corpus query, uncontrolled, empty), the editor, every leaf editor. */
export function ssrCases(): SsrCase[] {
  const controlled = corpus.map<SsrCase>(({ id, query }) => ({
    name: `CohortQueryBuilder controlled with corpus ${id}`,
    element: () => <CohortQueryBuilder value={query} onChange={record} events={EVENTS} properties={PROPERTIES} showJson />,
    expectControls: expectBuilder,
  }));
  return [
    ...controlled,
    {
      name: 'CohortQueryBuilder uncontrolled (defaultValue)',
      element: () => <CohortQueryBuilder defaultValue={corpus[0]!.query as JsonObject} events={EVENTS} properties={PROPERTIES} />,
      expectControls: expectBuilder,
    },
    {
      name: 'CohortQueryBuilder empty',
      element: () => <CohortQueryBuilder events={EVENTS} properties={PROPERTIES} />,
      expectControls: (container) => {
        expectBuilder(container);
        q(container).getByRole('combobox', { name: 'Event (clause 1)' });
      },
      typeInto: { role: 'combobox', name: 'Event (clause 1)' },
    },
    {
      // Ids come from each instance (useId), so two builders on one page still hydrate as rendered.
      name: 'CohortQueryBuilder twice on one page (controlled and uncontrolled)',
      element: () => (
        <>
          <CohortQueryBuilder value={corpus[2]!.query} onChange={record} events={EVENTS} properties={PROPERTIES} />
          <CohortQueryBuilder defaultValue={corpus[2]!.query} events={EVENTS} properties={PROPERTIES} />
        </>
      ),
      expectControls: (container) => {
        const builders = q(container).getAllByRole('group', { name: 'Cohort query' });
        if (builders.length !== 2) throw new Error(`Expected two builders, found ${builders.length}`);
        if (q(container).queryByRole('alert')) throw new Error(`A builder shows an alert: ${q(container).getByRole('alert').textContent}`);
      },
    },
    {
      name: 'CohortEditor in create mode',
      element: () => <CohortEditor client={client} events={EVENTS} properties={PROPERTIES} />,
      expectControls: (container) => {
        q(container).getByRole('textbox', { name: 'Name' });
        q(container).getByRole('textbox', { name: 'Description' });
        q(container).getByRole('textbox', { name: 'Tags' });
        q(container).getByRole('button', { name: 'Save cohort' });
        q(container).getByRole('combobox', { name: 'Event (clause 1)' });
      },
      typeInto: { role: 'textbox', name: 'Name' },
    },
    {
      name: 'CohortEditor in update mode',
      element: () => <CohortEditor client={client} cohort={savedCohort} events={EVENTS} properties={PROPERTIES} />,
      expectControls: (container) => {
        const name = q(container).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
        if (name.value !== savedCohort.name) throw new Error(`The Name field holds "${name.value}", not the cohort's name`);
        q(container).getByRole('button', { name: 'Save cohort' });
        expectBuilder(container);
      },
      typeInto: { role: 'textbox', name: 'Description' },
    },
    {
      name: 'EventPicker controlled',
      element: () => <EventPicker value="Pageview" onChange={record} events={EVENTS} />,
      expectControls: (container) => {
        const box = q(container).getByRole('combobox', { name: 'Event' }) as HTMLInputElement;
        if (box.value !== 'Pageview') throw new Error(`The event field holds "${box.value}"`);
      },
    },
    {
      name: 'EventPicker uncontrolled with a loader',
      element: () => <EventPicker defaultValue="" events={async () => EVENTS} />,
      expectControls: (container) => void q(container).getByRole('combobox', { name: 'Event' }),
      typeInto: { role: 'combobox', name: 'Event' },
    },
    {
      name: 'FrequencyEditor',
      element: () => <FrequencyEditor defaultValue={{ kind: 'comparison', operator: 'greater_than_or_equal_to', value: 3 }} />,
      expectControls: (container) => {
        q(container).getByRole('group', { name: 'Frequency' });
        q(container).getByRole('textbox', { name: 'Frequency value' });
      },
      typeInto: { role: 'textbox', name: 'Frequency value' },
    },
    {
      name: 'ComparisonEditor controlled',
      element: () => <ComparisonEditor label="Engaged time" value={{ kind: 'comparison', operator: 'greater_than', value: 30 }} onChange={record} suffix="seconds" />,
      expectControls: (container) => {
        q(container).getByRole('combobox', { name: 'Engaged time comparison' });
      },
    },
    {
      name: 'ComparisonEditor uncontrolled',
      element: () => <ComparisonEditor label="Engaged time" defaultValue={{ kind: 'comparison', operator: 'greater_than', value: 30 }} suffix="seconds" />,
      expectControls: (container) => void q(container).getByRole('combobox', { name: 'Engaged time comparison' }),
      typeInto: { role: 'textbox', name: /^Engaged time/ },
    },
    {
      name: 'DuringWindowEditor all time',
      element: () => <DuringWindowEditor value={undefined} onChange={record} />,
      expectControls: (container) => {
        const all = q(container).getByRole('radio', { name: 'All time' }) as HTMLInputElement;
        if (!all.checked) throw new Error('"All time" is not checked');
      },
    },
    {
      name: 'DuringWindowEditor in the last 30 days',
      element: () => <DuringWindowEditor defaultValue={{ kind: 'the_last', value: 30, unit: 'days' }} />,
      expectControls: (container) => void q(container).getByRole('radio', { name: 'This session' }),
    },
    {
      name: 'WhereConditionEditor empty',
      element: () => <WhereConditionEditor properties={PROPERTIES} idGenerator={createIdGenerator('ssr-w')} />,
      expectControls: (container) => {
        q(container).getByText('No conditions on properties.');
        q(container).getByRole('button', { name: 'Add condition to Where' });
      },
    },
    {
      name: 'WhereConditionEditor with a group of two conditions',
      element: () => <WhereConditionEditor defaultValue={where} properties={PROPERTIES} idGenerator={createIdGenerator('ssr-w')} />,
      expectControls: (container) => {
        if (q(container).getAllByRole('combobox').length < 2) throw new Error('Expected the property and operator controls of two conditions');
      },
    },
    {
      name: 'TagsInput',
      element: () => <TagsInput value={['sport', 'news']} onChange={record} label="Tags" help="Enter or comma adds a tag" removeLabel={(tag) => `Remove ${tag}`} />,
      expectControls: (container) => {
        q(container).getByRole('textbox', { name: 'Tags' });
        q(container).getByRole('button', { name: 'Remove news' });
      },
      typeInto: { role: 'textbox', name: 'Tags' },
    },
    {
      name: 'MenuButton closed',
      element: () => (
        <MenuButton label="Actions for clause 1" items={[{ key: 'up', label: 'Move up', onSelect: () => record('up'), disabled: true }, { key: 'remove', label: 'Remove', onSelect: () => record('remove') }]}>
          ⋯
        </MenuButton>
      ),
      expectControls: (container) => {
        const button = q(container).getByRole('button', { name: 'Actions for clause 1' });
        if (button.getAttribute('aria-haspopup') !== 'menu' || button.getAttribute('aria-expanded') !== 'false') throw new Error('Not a closed menu button');
      },
    },
    connectorCase(),
    storeCase(),
  ];
}

/** The exported names that are components (a capitalised function or a memo/forwardRef object). */
export function exportedComponentNames(): string[] {
  return Object.entries(index)
    .filter(([name, value]) => /^[A-Z]/.test(name) && (typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value)))
    .map(([name]) => name)
    .filter((name) => !NOT_COMPONENTS.has(name))
    .sort();
}

// Capitalised exports that are not React components (schemas and an error class).
const NOT_COMPONENTS = new Set(['CohortApiError', 'WireClause', 'WireQuery', 'WireComparison', 'WireCondition', 'WireWhere', 'WireWindow']);
