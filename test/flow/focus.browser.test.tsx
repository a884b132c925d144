/**
 * Issue 10, item 5, in Chromium with real keys: every action that changes the tree puts focus where
 * the person continues. After an add, on the new clause's first field; after Duplicate, on the
 * copy's; after Remove, on a neighbour's actions (or the add control when none is left); after a
 * move from the menu, back on the moved clause's actions; after a keyboard drop into another group,
 * on the moved clause's handle; after Add condition, on the new condition's property.
 */
import { render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { CohortQueryBuilder, createIdGenerator, type JsonObject } from '../../src/index';
import { cnf, pause, realEventsDriveReact } from '../arrange/support';
import { keys } from '../arrange/keys';
import '../../src/components/styles.css';

realEventsDriveReact();

const EVENTS = ['A', 'B', 'C', 'D'].map((name) => ({ name }));
const PROPERTIES = [{ path: 'properties.client.url', label: 'URL', type: 'string' as const }];
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
async function setup(value: JsonObject = cnf(['A', 'B', 'C'], ['D'])) {
  render(<CohortQueryBuilder defaultValue={value} idGenerator={createIdGenerator('f')} events={EVENTS} properties={PROPERTIES} showSummary={false} showToolbar={false} />);
  await frame();
  await frame();
}
const clause = (name: string) => screen.getByRole('article', { name: new RegExp(`^${name}:`) });
const focused = () => document.activeElement;

/** Opens a menu button from the keyboard and picks an item by typing to it and pressing Enter. */
async function menu(button: HTMLElement, item: string) {
  button.focus();
  await keys('{Enter}');
  const wanted = screen.getByRole('menuitem', { name: item });
  for (let i = 0; i < 10 && focused() !== wanted; i++) await keys('{ArrowDown}');
  expect(focused()).toBe(wanted);
  await keys('{Enter}');
}

describe('where focus goes (Chromium)', () => {
  it('given "+ Or" on a group, when Event is chosen, then focus is on the new clause\'s event field', async () => {
    await setup();
    await menu(screen.getByRole('button', { name: '+ Or (group 1)' }), 'Event');
    expect(focused()).toBe(within(clause('Clause 1.4')).getByRole('combobox', { name: 'Event (clause 1.4)' }));
  });

  it('given "+ And", when Cohort entry or exit is chosen, then focus is on the new clause\'s first field, its transition', async () => {
    await setup();
    await menu(screen.getByRole('button', { name: '+ And (cohort query)' }), 'Cohort entry or exit');
    expect(focused()).toBe(within(clause('Clause 3')).getByRole('combobox', { name: 'User has (clause 3)' }));
  });

  it('given Duplicate, then focus is on the copy\'s first field', async () => {
    await setup();
    await menu(screen.getByRole('button', { name: 'Actions for clause 1.2' }), 'Duplicate');
    expect(focused()).toBe(within(clause('Clause 1.3')).getByRole('combobox', { name: 'Event (clause 1.3)' }));
    expect(within(clause('Clause 1.3')).getByRole('combobox', { name: 'Event (clause 1.3)' })).toHaveValue('B');
  });

  it('given Remove, then focus is on the next clause\'s actions, else the previous one\'s, else the add control', async () => {
    await setup(cnf(['A', 'B'], ['C']));
    await menu(screen.getByRole('button', { name: 'Actions for clause 1.1' }), 'Remove');
    // B moved up into A's place; group 1 is now a group of one, so B is "clause 1".
    expect(focused()).toBe(screen.getByRole('button', { name: 'Actions for clause 1' }));
    await menu(screen.getByRole('button', { name: 'Actions for clause 2' }), 'Remove');
    expect(focused()).toBe(screen.getByRole('button', { name: 'Actions for clause 1' }));
    await menu(screen.getByRole('button', { name: 'Actions for clause 1' }), 'Remove');
    expect(focused()).toBe(screen.getByRole('button', { name: '+ And (cohort query)' }));
  });

  it('given Move down from the menu, then focus is back on the moved clause\'s actions, under its new name', async () => {
    await setup();
    await menu(screen.getByRole('button', { name: 'Actions for clause 1.1' }), 'Move down');
    expect(focused()).toBe(screen.getByRole('button', { name: 'Actions for clause 1.2' }));
    expect(within(clause('Clause 1.2')).getByRole('combobox', { name: 'Event (clause 1.2)' })).toHaveValue('A');
  });

  it('given a keyboard drag into another group, when dropped, then focus is on the moved clause\'s handle', async () => {
    await setup();
    screen.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await keys(' ');
    // The first pick-up may wait for drag and drop to load: the arrows follow once it says so.
    await expect.poll(() => screen.getByRole('status', { name: 'Arrangement announcements' }).textContent, { timeout: 10_000 }).toContain('Picked up clause 1.2.');
    await keys('{ArrowDown}', '{ArrowDown}', '{ArrowDown}', ' ');
    await pause();
    expect(within(clause('Clause 2.1')).getByRole('combobox', { name: 'Event (clause 2.1)' })).toHaveValue('B');
    expect(focused()).toBe(screen.getByRole('button', { name: 'Drag clause 2.1' }));
  });

  it('given Add condition, then focus is on the new condition\'s property', async () => {
    await setup();
    await userEvent.click(within(clause('Clause 1.1')).getByRole('button', { name: 'Add condition to Where (clause 1.1)' }));
    expect(focused()).toBe(within(clause('Clause 1.1')).getByRole('combobox', { name: 'Property for condition 1' }));
  });

  it('given a top level that is an OR, when "All of" is chosen with the arrow keys, then the choice stays on screen with focus on it, and "Any of" is one key away', async () => {
    await setup({ or: [{ event: 'A' }, { event: 'B' }] });
    const anyOf = screen.getByRole('radio', { name: 'Any of' });
    expect(anyOf).toBeChecked();
    anyOf.focus();
    await keys('{ArrowLeft}');
    const allOf = screen.getByRole('radio', { name: 'All of' });
    expect(allOf).toBeChecked();
    expect(focused()).toBe(allOf);
    await keys('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Any of' })).toBeChecked();
    expect(focused()).toBe(screen.getByRole('radio', { name: 'Any of' }));
  });
});
