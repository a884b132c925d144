import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject } from '../../src/index';

const pageviews: JsonObject = { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }] }] };
const entered: JsonObject = { has_entered: { segment: 1234 } };

describe('CohortQueryBuilder in controlled mode', () => {
  it('given a host that rejects every change, when a person types, then the builder snaps back to the host value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CohortQueryBuilder value={pageviews} onChange={onChange} />);
    const input = screen.getByLabelText('Event (clause 1)');

    await user.type(input, 'X');

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.lastCall![0].and[0].or[0].event).toBe('PageviewX');
    expect(input).toHaveValue('Pageview');
  });

  it('given a host that echoes the JSON, when a person types several keys, then the value follows and focus stays', async () => {
    const user = userEvent.setup();
    const seen: JsonObject[] = [];
    function Host() {
      const [value, setValue] = useState(pageviews);
      return <CohortQueryBuilder value={value} onChange={(json) => { seen.push(json); setValue(json); }} />;
    }
    render(<Host />);
    const input = screen.getByLabelText('Event (clause 1)');
    await user.click(input);
    await user.keyboard('{End}Start');

    expect(input).toHaveFocus();
    expect(input).toHaveValue('PageviewStart');
    expect(seen.at(-1)).toEqual({ and: [{ or: [{ event: 'PageviewStart', frequency: { greater_than_or_equal_to: 2 } }] }] });
  });

  it('given a host that passes a foreign value, then the builder shows that query instead', async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState(pageviews);
      return (
        <>
          <button type="button" onClick={() => setValue(entered)}>Load saved cohort</button>
          <CohortQueryBuilder value={value} onChange={setValue} />
        </>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Load saved cohort' }));

    expect(screen.queryByLabelText(/^Event \(/)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Cohort code (clause 1)' })).toHaveValue('1234');
  });

  it('given a host that passes something that is not a query, then the draft stays and an alert says why', async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState<JsonObject>(pageviews);
      return (
        <>
          <button type="button" onClick={() => setValue([] as unknown as JsonObject)}>Break</button>
          <CohortQueryBuilder value={value} onChange={setValue} />
        </>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Break' }));

    expect(screen.getByRole('alert')).toHaveTextContent(/not a cohort query/);
    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('Pageview');
  });

  it('given a first value that is not a query and a host that keeps it, when a person types, then what is typed stays (there is nothing to snap back to)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CohortQueryBuilder value={[] as unknown as JsonObject} onChange={onChange} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/not a cohort query/);
    await user.type(screen.getByLabelText('Event (clause 1)'), 'Pageview');

    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('Pageview');
    expect(onChange.mock.lastCall![0]).toMatchObject({ and: [{ or: [{ event: 'Pageview' }] }] });
  });

  it('given an uncontrolled builder, when the host re-renders with a new defaultValue, then the draft is kept', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<CohortQueryBuilder defaultValue={pageviews} />);
    await user.type(screen.getByLabelText('Event (clause 1)'), 's');
    rerender(<CohortQueryBuilder defaultValue={entered} />);
    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('Pageviews');
  });
});
