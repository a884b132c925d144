import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder, EventPicker } from '../../src/index';
import type { EventPickerProps, JsonObject } from '../../src/index';
import { actionsButton, menuItem, openMenu } from '../support/menus';
import { query500 } from './support';

function countingPicker(renders: Map<string, number>) {
  return function CountingEventPicker(props: EventPickerProps) {
    renders.set(props.label!, (renders.get(props.label!) ?? 0) + 1);
    return <EventPicker {...props} />;
  };
}

// Scoped look-ups: role queries across a 500-clause DOM compute thousands of names and styles in jsdom.
const card = (position: string) => screen.getByText(new RegExp(`^Clause ${position.replace('.', '\\.')}:`)).closest('article')!;
const labels = (...positions: string[]) => positions.map((p) => `Event (clause ${p})`).sort();

// A 500-clause jsdom render takes seconds; a slow machine gets room.
describe('arranging a 500-clause builder', { timeout: 90_000 }, () => {
  it('given 500 clauses, when one clause moves to another group, then only the moved clause and those whose number changed re-render', async () => {
    const user = userEvent.setup();
    const renders = new Map<string, number>();
    const onChange = vi.fn<(json: JsonObject) => void>();
    const components = { EventPicker: countingPicker(renders) };
    render(<CohortQueryBuilder defaultValue={query500()} onChange={onChange} components={components} showSummary={false} />);
    expect(renders.size).toBe(500);

    await user.click(menuItem(await openMenu(user, actionsButton('clause 7.4', card('7.4'))), 'Move to another group…'));
    // The panel is loaded on first use: found once it is there.
    await user.selectOptions(await within(card('7.4')).findByRole('combobox', { name: 'Destination for clause 7.4' }), 'Group 12');
    const move = within(card('7.4')).getByRole('button', { name: 'Move' });
    renders.clear();
    await user.click(move);

    // Clauses 7.5–7.10 are now 7.4–7.9; the moved one is 12.11; groups 1–6, 8–11 and 13–50 do not render at all.
    expect([...renders.keys()].sort()).toEqual(labels('7.4', '7.5', '7.6', '7.7', '7.8', '7.9', '12.11'));
    expect([...renders.values()].every((n) => n === 1)).toBe(true);
    const json = onChange.mock.lastCall![0] as { and: { or: { event: string }[] }[] };
    expect(json.and[11]!.or.at(-1)!.event).toBe('E7_4');
    expect(json.and[6]!.or.map((c) => c.event)).not.toContain('E7_4');
  });

  it('given 500 clauses, when a clause moves up, then only it and the clause it passed re-render', async () => {
    const user = userEvent.setup();
    const renders = new Map<string, number>();
    const components = { EventPicker: countingPicker(renders) };
    render(<CohortQueryBuilder defaultValue={query500()} components={components} showSummary={false} />);
    renders.clear();
    // Opening the menu and choosing from it, all counted.
    await user.click(menuItem(await openMenu(user, actionsButton('clause 30.5', card('30.5'))), 'Move up'));
    expect([...renders.keys()].sort()).toEqual(labels('30.4', '30.5'));
    expect(actionsButton('clause 30.4', card('30.4'))).toHaveFocus();
  });

  it('given 500 clauses, when all are collapsed and expanded again, then the DOM is the same as before', async () => {
    const user = userEvent.setup();
    const { container } = render(<CohortQueryBuilder defaultValue={query500()} showSummary={false} />);
    const before = container.innerHTML;
    await user.click(screen.getByText('Collapse all'));
    expect(container.querySelectorAll('article[data-state="closed"], .pcb-group[data-state="closed"]')).toHaveLength(550);
    await user.click(screen.getByText('Expand all'));
    expect(container.innerHTML).toBe(before);
  });
});
