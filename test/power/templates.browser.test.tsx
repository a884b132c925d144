/**
 * Issue 13, item 3, in Chromium with real events: "Start from a template". A new cohort (or a query
 * with no clause) offers the templates with their descriptions and summaries; choosing one puts its
 * clauses in the builder as one undo step, says so in the live region and focuses the first field.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { CohortEditor, CohortQueryBuilder, defaultTemplates, germanBuilderLabels, germanSummaryPhrasebook, type JsonObject } from '../../src/index';
import { realEventsDriveReact } from '../arrange/support';
import { localApi } from '../scenarios/support';
import '../../src/components/styles.css';

realEventsDriveReact();

const offer = () => screen.queryByRole('group', { name: 'Start from a template' });
const tools = (name: string) => within(screen.getByRole('group', { name: 'Query tools' })).getByRole('button', { name });
const live = () => [...document.querySelectorAll('[aria-live="assertive"]')].map((region) => region.textContent).join(' ');

describe('templates (Chromium)', () => {
  it('given a new cohort, when a template is chosen, then its clauses show, it is announced, focus is on the first field, and one Undo takes it back', async () => {
    const changes: JsonObject[] = [];
    render(<CohortQueryBuilder onChange={(json) => changes.push(json)} />);
    const list = offer()!;
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(defaultTemplates.map((t) => t.name));
    // Each says what it is and what it selects, as the summary would.
    expect(buttons[0]).toHaveAccessibleDescription(/section of the site.*Users who did Pageview at least 2 times in the last 30 days where URL contains "\/sport\/"/);

    await userEvent.click(within(list).getByRole('button', { name: 'Section readers' }));
    const event = screen.getByLabelText('Event (clause 1)');
    expect(event).toHaveValue('Pageview');
    expect(document.activeElement).toBe(event);
    expect(screen.getByRole('textbox', { name: 'Frequency (clause 1) value' })).toHaveValue('2');
    expect(changes.at(-1)).toEqual(defaultTemplates[0]!.query);
    await waitFor(() => expect(live()).toContain('Started from the template "Section readers".'));
    expect(offer()).toBeNull();

    await userEvent.click(tools('Undo'));
    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('');
    expect(changes.at(-1)).toEqual({ and: [{ or: [{ event: '', frequency: { greater_than_or_equal_to: 1 } }] }] });
    expect(offer()).not.toBeNull();
    await userEvent.click(tools('Redo'));
    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('Pageview');
  });

  it('given a query whose clauses were all removed, then the templates are offered again; once a clause is filled in they are not', async () => {
    render(<CohortQueryBuilder defaultValue={{ and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } }] }] }} />);
    expect(offer()).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Actions for clause 1' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Remove' }));
    expect(offer()).not.toBeNull();
    await userEvent.click(within(offer()!).getByRole('button', { name: 'Video viewers' }));
    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('videoViews');
    expect(offer()).toBeNull();
  });

  it('given a host\'s own templates, an empty list, or a read-only builder, then those are offered, none, and none', async () => {
    const mine = [{ name: 'Sport fans', description: 'Ours', query: { and: [{ or: [{ engaged_completion: { completion: { greater_than_or_equal_to: 0.6 } } }] }] } }];
    const view = render(<CohortQueryBuilder templates={mine} />);
    expect(within(offer()!).getAllByRole('button').map((b) => b.textContent)).toEqual(['Sport fans']);
    await userEvent.click(within(offer()!).getByRole('button', { name: 'Sport fans' }));
    expect(screen.getByRole('article', { name: /^Clause 1:/ })).toBeVisible();
    view.unmount();
    const empty = render(<CohortQueryBuilder templates={[]} />);
    expect(offer()).toBeNull();
    empty.unmount();
    render(<CohortQueryBuilder readOnly />);
    expect(offer()).toBeNull();
  });

  it('given German labels and phrasebook, then the templates and their summaries are German', () => {
    render(
      <div lang="de">
        <CohortQueryBuilder labels={germanBuilderLabels} phrasebook={germanSummaryPhrasebook} />
      </div>,
    );
    const list = screen.getByRole('group', { name: 'Mit einer Vorlage beginnen' });
    expect(within(list).getByRole('button', { name: 'Leser einer Rubrik' })).toHaveAccessibleDescription(/^Nutzer, die .* Nutzer/);
  });

  it('given the cohort editor creating a cohort, then it offers the templates and passes its own on', async () => {
    const { client } = localApi({ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } });
    const view = render(<CohortEditor client={client} storage={null} />);
    expect(within(offer()!).getAllByRole('button')).toHaveLength(defaultTemplates.length);
    view.unmount();
    render(<CohortEditor client={client} storage={null} templates={[]} />);
    expect(offer()).toBeNull();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`given theme ${theme} at 320 px, then the offer is no wider than the page and axe finds no violation`, async () => {
      await page.viewport(320, 900);
      try {
        render(
          <div data-pcb-theme={theme} style={{ background: 'var(--pcb-bg)' }}>
            <CohortQueryBuilder />
          </div>,
        );
        expect(offer()).not.toBeNull();
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
        const results = await axe.run(document.querySelector('.pcb-builder')!, { resultTypes: ['violations'] });
        expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      } finally {
        await page.viewport(414, 896);
      }
    });
  }
});
