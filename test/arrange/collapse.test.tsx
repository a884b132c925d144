import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder, createIdGenerator } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { cnf } from './support';

const invalid: JsonObject = {
  and: [
    { or: [{ event: '', frequency: { greater_than_or_equal_to: -1 } }, { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } }] },
    { or: [{ event: 'Signup', frequency: { greater_than_or_equal_to: 1 } }] },
  ],
};

const article = (position: string) => screen.getByRole('article', { name: new RegExp(`^Clause ${position.replace('.', '\\.')}:`) });

describe('folding clauses and groups', () => {
  it('given a clause folded, then its editors hide and its one-line summary shows; unfolding brings them back and the summary goes', async () => {
    const user = userEvent.setup();
    // A group of one is shown as its clause alone, which takes the group's number: clause 1.
    render(<CohortQueryBuilder defaultValue={cnf(['Pageview'])} />);
    const toggle = screen.getByRole('button', { name: 'Details of clause 1' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(article('1')).toHaveAttribute('data-state', 'closed');
    expect(screen.getByLabelText('Event (clause 1)')).not.toBeVisible();
    expect(within(article('1')).getByText('did Pageview at least once')).toBeVisible();
    // Still draggable as a unit.
    expect(screen.getByRole('button', { name: 'Drag clause 1' })).toBeEnabled();
    await user.click(toggle);
    expect(screen.getByLabelText('Event (clause 1)')).toBeVisible();
    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('Pageview');
    // Open, the clause reads as its own fields: the one-line summary shows only while folded.
    expect(within(article('1')).queryByText('did Pageview at least once')).toBeNull();
  });

  it('given a clause with errors folded, then it shows how many', async () => {
    const user = userEvent.setup();
    render(<CohortQueryBuilder defaultValue={invalid} />);
    await user.click(screen.getByRole('button', { name: 'Details of clause 1.1' }));
    expect(within(article('1.1')).getByText('2 errors')).toBeVisible();
  });

  it('given a group folded, then its members hide and its header shows its summary and the issues inside it', async () => {
    const user = userEvent.setup();
    render(<CohortQueryBuilder defaultValue={invalid} />);
    await user.click(screen.getByRole('button', { name: 'Details of group 1' }));
    const group = screen.getByRole('group', { name: 'group 1' });
    expect(group).toHaveAttribute('data-state', 'closed');
    expect(within(group).queryByRole('article')).toBeNull();
    expect(within(group).getByText('2 errors')).toBeVisible();
    expect(within(group).getByText(/did an event not yet chosen .*, or did Pageview at least once/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Drag group 1' })).toBeEnabled();
  });

  it('given Collapse all, then every clause and group folds; Expand all gives back the same DOM', async () => {
    const user = userEvent.setup();
    const { container } = render(<CohortQueryBuilder defaultValue={invalid} idGenerator={createIdGenerator('c')} />);
    const before = container.innerHTML;
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    // Group 2 holds one clause, shown alone as clause 2: it has no header and no toggle of its own.
    for (const name of ['Details of clause 1.1', 'Details of clause 1.2', 'Details of clause 2', 'Details of group 1']) {
      // Folded groups hide their members' toggles too, hence `hidden: true`.
      expect(screen.getByRole('button', { name, hidden: true })).toHaveAttribute('aria-expanded', 'false');
    }
    expect(container.innerHTML).not.toBe(before);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(container.innerHTML).toBe(before);
  });
});
