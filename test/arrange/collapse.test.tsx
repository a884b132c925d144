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
  it('given a clause folded, then its editors hide, its one-line summary stays, and unfolding brings them back', async () => {
    const user = userEvent.setup();
    render(<CohortQueryBuilder defaultValue={cnf(['Pageview'])} />);
    const toggle = screen.getByRole('button', { name: 'Details of clause 1.1' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(article('1.1')).toHaveAttribute('data-state', 'closed');
    expect(screen.getByLabelText('Event (clause 1.1)')).not.toBeVisible();
    expect(within(article('1.1')).getByText('did Pageview at least once')).toBeVisible();
    // Still draggable as a unit.
    expect(screen.getByRole('button', { name: 'Drag clause 1.1' })).toBeEnabled();
    await user.click(toggle);
    expect(screen.getByLabelText('Event (clause 1.1)')).toBeVisible();
    expect(screen.getByLabelText('Event (clause 1.1)')).toHaveValue('Pageview');
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
    for (const name of ['Details of clause 1.1', 'Details of clause 1.2', 'Details of clause 2.1', 'Details of group 1', 'Details of group 2']) {
      // Folded groups hide their members' toggles too, hence `hidden: true`.
      expect(screen.getByRole('button', { name, hidden: true })).toHaveAttribute('aria-expanded', 'false');
    }
    expect(container.innerHTML).not.toBe(before);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(container.innerHTML).toBe(before);
  });
});
