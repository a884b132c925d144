import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder, createIdGenerator } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { actionsButton, chooseAction, menuItem, openMenu } from '../support/menus';
import { cnf, eventsOf } from './support';

function setup(value: JsonObject = cnf(['A', 'B', 'C'], ['D']), props: { readOnly?: boolean; disabled?: boolean } = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(<CohortQueryBuilder defaultValue={value} onChange={onChange} idGenerator={createIdGenerator('m')} showSummary={false} {...props} />);
  return { user, onChange, last: () => eventsOf(onChange.mock.lastCall?.[0]) };
}

const button = (name: string) => screen.getByRole('button', { name });
const announcer = () => screen.getByRole('status', { name: 'Arrangement announcements' });

describe('moving clauses without dragging', () => {
  it('given clause 1.2, when "Move down" is chosen from its menu, then it swaps with 1.3 and focus is on its Actions button under its new name', async () => {
    const { user, last } = setup();
    await chooseAction(user, 'clause 1.2', 'Move down');
    expect(last()).toEqual({ and: [{ or: ['A', 'C', 'B'] }, { or: ['D'] }] });
    // The clause is now 1.3, the last of its group: focus is on its menu, whose Move down is there but disabled.
    expect(actionsButton('clause 1.3')).toHaveFocus();
    expect(actionsButton('clause 1.3')).toHaveAttribute('aria-expanded', 'false');
    expect(menuItem(await openMenu(user, actionsButton('clause 1.3')), 'Move down')).toHaveAttribute('aria-disabled', 'true');
    expect(announcer()).toHaveTextContent('Moved clause 1.2 to group 1, position 3 of 3. It is now clause 1.3.');
  });

  it('given clause 1.3, when "Move up" is chosen from the keyboard, then it moves up and focus stays on its menu button', async () => {
    const { user, last } = setup();
    actionsButton('clause 1.3').focus();
    // Enter opens the menu on its first item, Move up; Enter chooses it.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Move up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(last()).toEqual({ and: [{ or: ['A', 'C', 'B'] }, { or: ['D'] }] });
    expect(actionsButton('clause 1.2')).toHaveFocus();
    // Space opens it as well, and chooses.
    await user.keyboard(' ');
    expect(screen.getByRole('menuitem', { name: 'Move up' })).toHaveFocus();
    await user.keyboard(' ');
    expect(last()).toEqual({ and: [{ or: ['C', 'A', 'B'] }, { or: ['D'] }] });
    expect(actionsButton('clause 1.1')).toHaveFocus();
  });

  it('given the first clause of a group, then its "Move up" item is aria-disabled and choosing it does nothing', async () => {
    const { user, onChange } = setup();
    const menu = await openMenu(user, actionsButton('clause 1.1'));
    expect(menuItem(menu, 'Move up')).toHaveAttribute('aria-disabled', 'true');
    await user.click(menuItem(menu, 'Move up'));
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given "Move to another group…", when clause 2 is chosen and confirmed, then the clause joins it as an alternative (group 2) and focus follows it', async () => {
    const { user, last } = setup();
    await chooseAction(user, 'clause 1.1', 'Move to another group…');
    // The panel is loaded on first use: found once it is there.
    const destination = await screen.findByRole('combobox', { name: 'Destination for clause 1.1' });
    expect(destination).toHaveFocus();
    // Group 2 holds one clause and is shown as that clause alone: the destination says so.
    expect(within(destination).getAllByRole('option').map((o) => o.textContent)).toEqual(['Top level', 'Or with clause 2', 'New group']);
    await user.selectOptions(destination, 'Or with clause 2');
    await user.click(button('Move'));
    expect(last()).toEqual({ and: [{ or: ['B', 'C'] }, { or: ['D', 'A'] }] });
    expect(actionsButton('clause 2.2')).toHaveFocus();
    expect(actionsButton('clause 2.2')).toHaveAttribute('aria-expanded', 'false');
  });

  it('given "Move to another group…" → New group, then the clause starts a new OR group at the top level', async () => {
    const { user, last } = setup();
    await chooseAction(user, 'clause 1.2', 'Move to another group…');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Destination for clause 1.2' }), 'New group');
    await user.click(button('Move'));
    expect(last()).toEqual({ and: [{ or: ['A', 'C'] }, { or: ['D'] }, { or: ['B'] }] });
    expect(actionsButton('clause 3')).toHaveFocus();
  });

  it('given the only clause of a group moved away, then the emptied group is removed', async () => {
    const { user, last } = setup();
    await chooseAction(user, 'clause 2', 'Move to another group…');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Destination for clause 2' }), 'Group 1');
    await user.click(button('Move'));
    expect(last()).toEqual({ and: [{ or: ['A', 'B', 'C', 'D'] }] });
    expect(actionsButton('clause 1.4')).toHaveFocus();
  });

  it('given "Move to another group…" open, when Escape is pressed, then it closes and focus returns to the clause\'s Actions button', async () => {
    const { user, onChange } = setup();
    await chooseAction(user, 'clause 1.1', 'Move to another group…');
    expect(await screen.findByRole('combobox', { name: 'Destination for clause 1.1' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Destination for clause 1.1' })).toBeNull();
    expect(actionsButton('clause 1.1')).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given "Move to another group…" open, when Cancel is pressed, then it closes and focus returns to the clause\'s Actions button', async () => {
    const { user, onChange } = setup();
    await chooseAction(user, 'clause 1.3', 'Move to another group…');
    await screen.findByRole('combobox', { name: 'Destination for clause 1.3' });
    await user.click(button('Cancel'));
    expect(screen.queryByRole('combobox', { name: 'Destination for clause 1.3' })).toBeNull();
    expect(actionsButton('clause 1.3')).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given two groups of two or more, when group 2 is moved up from its menu, then the groups swap and focus is on its menu button as group 1', async () => {
    const { user, last } = setup(cnf(['A', 'B', 'C'], ['D', 'E']));
    await chooseAction(user, 'group 2', 'Move up');
    expect(last()).toEqual({ and: [{ or: ['D', 'E'] }, { or: ['A', 'B', 'C'] }] });
    expect(actionsButton('group 1')).toHaveFocus();
  });

  it('given a group of one shown as its clause alone (clause 2), when "Move up" is chosen from its menu, then it moves above group 1', async () => {
    // Was "Move group 2 up" on the same query; a group of one has no header now, so its clause's menu is the way.
    const { user, last } = setup();
    const menu = await openMenu(user, actionsButton('clause 2'));
    expect(menuItem(menu, 'Move up')).not.toHaveAttribute('aria-disabled');
    await user.click(menuItem(menu, 'Move up'));
    expect(last()).toEqual({ and: [{ or: ['D'] }, { or: ['A', 'B', 'C'] }] });
    expect(actionsButton('clause 1')).toHaveFocus();
  });

  it('given every clause and group shown, then each has a drag handle named after it', () => {
    setup();
    for (const name of ['Drag clause 1.1', 'Drag clause 1.2', 'Drag clause 1.3', 'Drag clause 2', 'Drag group 1']) {
      expect(button(name)).toHaveAttribute('aria-roledescription', 'draggable');
    }
  });

  it('given a read-only builder, then there are no handles nor action menus; given a disabled one, then they are disabled', () => {
    const { unmount } = render(<CohortQueryBuilder defaultValue={cnf(['A', 'B'])} readOnly />);
    expect(screen.queryByRole('button', { name: /^Drag |^Actions for / })).toBeNull();
    unmount();
    setup(cnf(['A', 'B']), { disabled: true });
    const controls = screen.getAllByRole('button', { name: /^Drag |^Actions for / });
    expect(controls).toHaveLength(6);
    for (const control of controls) expect(control).toBeDisabled();
  });
});
