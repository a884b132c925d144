/**
 * Copy and paste, ungroup and make a group in Chromium, with real keys and the system clipboard.
 * Ctrl+C and Ctrl+V on a card's controls go through the browser's own copy and paste events (no
 * permission needed); "Copy as JSON" writes through the Clipboard API. The test page's frame may
 * not read the clipboard (its permissions policy grants clipboard-write only), which is the
 * refused-clipboard case a person meets too: the menu's Paste then offers a box to paste into.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { CohortQueryBuilder, createIdGenerator, type JsonObject } from '../../src/index';
import { clause, cnf, eventsOf, realEventsDriveReact } from '../arrange/support';
import { keys } from '../arrange/keys';
import '../../src/components/styles.css';

realEventsDriveReact();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Two builders on one page, each reporting to its own mock: the clipboard is all they share. */
async function twoBuilders(first: JsonObject = cnf(['A', 'B'], ['C']), second: JsonObject = cnf(['X'])) {
  const one = vi.fn<(json: JsonObject) => void>();
  const two = vi.fn<(json: JsonObject) => void>();
  render(
    <>
      <section aria-label="First cohort">
        <CohortQueryBuilder defaultValue={first} onChange={one} idGenerator={createIdGenerator('a')} showSummary={false} />
      </section>
      <section aria-label="Second cohort">
        <CohortQueryBuilder defaultValue={second} onChange={two} idGenerator={createIdGenerator('b')} showSummary={false} />
      </section>
    </>,
  );
  await frame();
  const a = within(screen.getByRole('region', { name: 'First cohort' }));
  const b = within(screen.getByRole('region', { name: 'Second cohort' }));
  // A click on a title gives the page focus, which the Clipboard API asks for; it changes nothing.
  await userEvent.click(a.getAllByRole('heading')[0]!);
  return { a, b, one: () => eventsOf(one.mock.lastCall?.[0]), two: () => eventsOf(two.mock.lastCall?.[0]), oneMock: one, twoMock: two };
}

/** Opens a menu button by click and chooses an item by name. */
async function choose(scope: ReturnType<typeof within>, button: string, item: string) {
  await userEvent.click(scope.getByRole('button', { name: button }));
  await userEvent.click(scope.getByRole('menuitem', { name: item }));
}

const announcer = (scope: ReturnType<typeof within>) => scope.getByRole('status', { name: 'Arrangement announcements' });

describe('copy and paste between two builders (Chromium, system clipboard)', () => {
  it('given Ctrl+C on a clause\'s handle in one builder and Ctrl+V on a clause\'s menu in the other, then the clause is pasted there after it, and one Ctrl+Z takes it away', async () => {
    const { a, b, two } = await twoBuilders();
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    a.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await keys('{Control>}c{/Control}');
    await waitFor(() => expect(announcer(a)).toHaveTextContent('Copied clause 1.2 as JSON.'));
    // The browser's own copy event carried it: the Clipboard API was not needed.
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
    b.getByRole('button', { name: 'Actions for clause 1' }).focus();
    await keys('{Control>}v{/Control}');
    await waitFor(() => expect(two()).toEqual({ and: [{ or: ['X'] }, { or: ['B'] }] }));
    expect(announcer(b)).toHaveTextContent('Pasted clause 2.');
    expect(b.getByRole('button', { name: 'Actions for clause 2' })).toHaveFocus();
    await keys('{Control>}z{/Control}');
    expect(two()).toEqual({ and: [{ or: ['X'] }] });
  });

  it('given "Copy as JSON" on a group in one builder, when Ctrl+V is pressed on the other\'s "+ And", then the group joins its top level', async () => {
    const { a, b, two } = await twoBuilders();
    await choose(a, 'Actions for group 1', 'Copy as JSON');
    await waitFor(() => expect(announcer(a)).toHaveTextContent('Copied group 1 as JSON.'));
    b.getByRole('button', { name: '+ And (cohort query)' }).focus();
    await keys('{Control>}v{/Control}');
    await waitFor(() => expect(two()).toEqual({ and: [{ or: ['X'] }, { or: ['A', 'B'] }] }));
    expect(b.getByRole('button', { name: 'Actions for group 2' })).toHaveFocus();
  });

  it('given text that is not JSON on the clipboard, when it is pasted on a clause, then the query is unchanged and the reason is shown and said', async () => {
    const { a, oneMock } = await twoBuilders();
    await navigator.clipboard.writeText('did Pageview at least once');
    a.getByRole('button', { name: 'Drag clause 2' }).focus();
    await keys('{Control>}v{/Control}');
    const reason = 'Nothing was pasted: the clipboard does not hold JSON.';
    await waitFor(() => expect(announcer(a)).toHaveTextContent(reason));
    expect(a.getByText(new RegExp(`^${reason}`), { selector: 'p' })).toBeVisible();
    expect(oneMock).not.toHaveBeenCalled();
  });

  it('given Ctrl+V inside a clause\'s event field, then the browser pastes the text into the field and the query gets no clause', async () => {
    const { a, one } = await twoBuilders();
    await navigator.clipboard.writeText(JSON.stringify(clause('D')));
    const field = a.getByLabelText('Event (clause 2)');
    await userEvent.clear(field);
    await keys('{Control>}v{/Control}');
    await waitFor(() => expect(field).toHaveValue(JSON.stringify(clause('D'))));
    expect((one() as { and: unknown[] }).and).toHaveLength(2);
  });

  it('given the menu\'s Paste where the page may not read the clipboard, then a box to paste into is offered; pasted into with Ctrl+V, it pastes where the menu was', async () => {
    const { a, one } = await twoBuilders();
    await navigator.clipboard.writeText(JSON.stringify([clause('D'), clause('E')]));
    await choose(a, 'Actions for clause 1.1', 'Paste');
    const box = await a.findByRole('textbox', { name: 'JSON to paste' });
    expect(box).toHaveFocus();
    expect(announcer(a)).toHaveTextContent('The browser did not let the builder read the clipboard.');
    await keys('{Control>}v{/Control}');
    await userEvent.click(within(a.getByRole('group', { name: 'Paste by hand' })).getByRole('button', { name: 'Paste' }));
    await waitFor(() => expect(one()).toEqual({ and: [{ or: ['A', 'D', 'E', 'B'] }, { or: ['C'] }] }));
    expect(a.queryByRole('group', { name: 'Paste by hand' })).toBeNull();
    // The two pasted clauses are one step.
    a.getByRole('button', { name: 'Actions for clause 1.2' }).focus();
    await keys('{Control>}z{/Control}');
    expect(one()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }] });
  });
});

describe('ungroup and make a group (Chromium)', () => {
  it('given "Ungroup (each must match)" on an OR group, then its clauses stand alone, focus is on the first, and one Ctrl+Z regroups them', async () => {
    const { a, one } = await twoBuilders();
    await choose(a, 'Actions for group 1', 'Ungroup (each must match)');
    expect(one()).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, { or: ['C'] }] });
    expect(a.getByRole('button', { name: 'Actions for clause 1' })).toHaveFocus();
    expect(announcer(a)).toHaveTextContent('each of its clauses must now match, where one was enough before');
    await keys('{Control>}z{/Control}');
    expect(one()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }] });
  });

  it('given "Make a group" on a bare clause from the keyboard, then it is an OR of one, focus is on its "+ Or", and one Ctrl+Z undoes it', async () => {
    const { a, oneMock } = await twoBuilders({ and: [clause('A'), { or: [clause('B')] }] });
    a.getByRole('button', { name: 'Actions for clause 1' }).focus();
    await keys('{Enter}');
    // "M" walks the items that start with it: Move down, Move to another group…, Make a group.
    for (let i = 0; i < 6 && document.activeElement?.textContent !== 'Make a group'; i++) await keys('m');
    expect(document.activeElement).toHaveTextContent('Make a group');
    await keys('{Enter}');
    expect(oneMock.mock.lastCall?.[0]).toEqual({ and: [{ or: [clause('A')] }, { or: [clause('B')] }] });
    const add = a.getByRole('button', { name: '+ Or (clause 1)' });
    expect(add).toHaveFocus();
    await keys('{Control>}z{/Control}');
    expect(oneMock.mock.lastCall?.[0]).toEqual({ and: [clause('A'), { or: [clause('B')] }] });
  });
});
