import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder, createIdGenerator } from '../../src/index';
import type { JsonObject } from '../../src/index';
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
  it('given clause 1.2, when "Move down" is pressed, then it swaps with 1.3 and focus stays on its Move down button', async () => {
    const { user, last } = setup();
    await user.click(button('Move clause 1.2 down'));
    expect(last()).toEqual({ and: [{ or: ['A', 'C', 'B'] }, { or: ['D'] }] });
    // The clause is now 1.3, the last of its group: its Move down is there but disabled.
    expect(button('Move clause 1.3 down')).toHaveFocus();
    expect(button('Move clause 1.3 down')).toHaveAttribute('aria-disabled', 'true');
    expect(announcer()).toHaveTextContent('Moved clause 1.2 to group 1, position 3 of 3. It is now clause 1.3.');
  });

  it('given clause 1.3, when "Move up" is pressed from the keyboard, then it moves up and keeps focus', async () => {
    const { user, last } = setup();
    button('Move clause 1.3 up').focus();
    await user.keyboard('{Enter}');
    expect(last()).toEqual({ and: [{ or: ['A', 'C', 'B'] }, { or: ['D'] }] });
    expect(button('Move clause 1.2 up')).toHaveFocus();
    await user.keyboard(' ');
    expect(last()).toEqual({ and: [{ or: ['C', 'A', 'B'] }, { or: ['D'] }] });
    expect(button('Move clause 1.1 up')).toHaveFocus();
  });

  it('given the first clause of a group, then "Move up" is disabled and does nothing', async () => {
    const { user, onChange } = setup();
    expect(button('Move clause 1.1 up')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Move clause 1.1 up'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given "Move to…", when group 2 is chosen and confirmed, then the clause goes to the end of group 2 and focus follows it', async () => {
    const { user, last } = setup();
    await user.click(button('Move clause 1.1 to another group'));
    const destination = screen.getByRole('combobox', { name: 'Destination for clause 1.1' });
    expect(destination).toHaveFocus();
    expect(within(destination).getAllByRole('option').map((o) => o.textContent)).toEqual(['Top level', 'Group 2', 'New group']);
    await user.selectOptions(destination, 'Group 2');
    await user.click(button('Move'));
    expect(last()).toEqual({ and: [{ or: ['B', 'C'] }, { or: ['D', 'A'] }] });
    expect(button('Move clause 2.2 to another group')).toHaveFocus();
    expect(button('Move clause 2.2 to another group')).toHaveAttribute('aria-expanded', 'false');
  });

  it('given "Move to…" → New group, then the clause starts a new OR group at the top level', async () => {
    const { user, last } = setup();
    await user.click(button('Move clause 1.2 to another group'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Destination for clause 1.2' }), 'New group');
    await user.click(button('Move'));
    expect(last()).toEqual({ and: [{ or: ['A', 'C'] }, { or: ['D'] }, { or: ['B'] }] });
  });

  it('given the only clause of a group moved away, then the emptied group is removed', async () => {
    const { user, last } = setup();
    await user.click(button('Move clause 2.1 to another group'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Destination for clause 2.1' }), 'Group 1');
    await user.click(button('Move'));
    expect(last()).toEqual({ and: [{ or: ['A', 'B', 'C', 'D'] }] });
  });

  it('given "Move to…" open, when Escape is pressed, then it closes and focus returns to it', async () => {
    const { user, onChange } = setup();
    await user.click(button('Move clause 1.1 to another group'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Destination for clause 1.1' })).toBeNull();
    expect(button('Move clause 1.1 to another group')).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given two groups, when group 2 is moved up, then the groups swap', async () => {
    const { user, last } = setup();
    await user.click(button('Move group 2 up'));
    expect(last()).toEqual({ and: [{ or: ['D'] }, { or: ['A', 'B', 'C'] }] });
    expect(button('Move group 1 up')).toHaveFocus();
  });

  it('given every clause and group, then each has a drag handle named after it', () => {
    setup();
    for (const name of ['Drag clause 1.1', 'Drag clause 1.2', 'Drag clause 1.3', 'Drag clause 2.1', 'Drag group 1', 'Drag group 2']) {
      expect(button(name)).toHaveAttribute('aria-roledescription', 'draggable');
    }
  });

  it('given a read-only builder, then there are no handles nor moves; given a disabled one, then they are disabled', () => {
    const { unmount } = render(<CohortQueryBuilder defaultValue={cnf(['A', 'B'])} readOnly />);
    expect(screen.queryByRole('button', { name: /^Drag |^Move / })).toBeNull();
    unmount();
    setup(cnf(['A', 'B']), { disabled: true });
    for (const control of screen.getAllByRole('button', { name: /^Drag |^Move / })) expect(control).toBeDisabled();
  });
});
