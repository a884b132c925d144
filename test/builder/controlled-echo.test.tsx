import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject } from '../../src/index';

const pageviews: JsonObject = { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 } }] }] };
const entered: JsonObject = { has_entered: { segment: 1234 } };
// Stable, like a host's module-level labels: nothing but the value changes between renders.
const firstLabels = { clause: (position: string) => `first ${position}` };

// The builder skips its own render when the host hands back the JSON it just emitted; these pin
// the contract around that skip.
describe('CohortQueryBuilder handed back its own JSON', () => {
  it('given a host that takes some edits and then refuses one, then the refused edit snaps back to the last taken one', async () => {
    const user = userEvent.setup();
    let refuse = false;
    function Host() {
      const [value, setValue] = useState(pageviews);
      return <CohortQueryBuilder value={value} onChange={(json) => !refuse && setValue(json)} />;
    }
    render(<Host />);
    const input = screen.getByLabelText('Event (clause 1)');
    await user.click(input);
    await user.keyboard('{End}AB');
    refuse = true;
    await user.keyboard('C');

    expect(input).toHaveValue('PageviewAB');
  });

  it('given a host that took an edit, when it passes back its earlier value, then the builder shows that value', async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState(pageviews);
      return (
        <>
          <button type="button" onClick={() => setValue(pageviews)}>Revert</button>
          <CohortQueryBuilder value={value} onChange={setValue} />
        </>
      );
    }
    render(<Host />);
    const input = screen.getByLabelText('Event (clause 1)');
    await user.click(input);
    await user.keyboard('{End}X');
    expect(input).toHaveValue('PageviewX');
    await user.click(screen.getByRole('button', { name: 'Revert' }));

    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('Pageview');
  });

  it('given one value object handed to two builders, when one is edited and the host hands its JSON to both, then both show it', async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState(pageviews);
      return (
        <>
          <section aria-label="first"><CohortQueryBuilder value={value} onChange={setValue} labels={firstLabels} /></section>
          <section aria-label="second"><CohortQueryBuilder value={value} onChange={setValue} /></section>
        </>
      );
    }
    render(<Host />);
    const first = screen.getByLabelText('Event (first 1)');
    await user.click(first);
    await user.keyboard('{End}Q');
    await user.click(screen.getByLabelText('Event (clause 1)'));
    await user.keyboard('{End}R');

    expect(screen.getByLabelText('Event (first 1)')).toHaveValue('PageviewQR');
    expect(screen.getByLabelText('Event (clause 1)')).toHaveValue('PageviewQR');
  });

  it('given a host that took an edit, when it passes a foreign value, then the builder shows that query', async () => {
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
    await user.click(screen.getByLabelText('Event (clause 1)'));
    await user.keyboard('{End}X');
    await user.click(screen.getByRole('button', { name: 'Load saved cohort' }));

    expect(screen.queryByLabelText(/^Event \(/)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Cohort code (clause 1)' })).toHaveValue('1234');
  });
});
