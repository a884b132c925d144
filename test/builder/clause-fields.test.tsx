import { memo } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CohortQueryBuilder, DuringWindowEditor, EventPicker, FrequencyEditor } from '../../src/index';
import type { DuringWindowEditorProps, EventPickerProps, FrequencyEditorProps, JsonObject } from '../../src/index';

const pageviews: JsonObject = {
  event: 'Pageview',
  frequency: { greater_than_or_equal_to: 2 },
  where: { property: 'properties.client.url', condition: { contains: 'football' } },
  during: { the_last: { value: 30, unit: 'days' } },
};
// An OR of one, shown as its clause alone: clause 1.
const query: JsonObject = { and: [{ or: [pageviews] }] };

// Memoized like the library's own editors, so a render means the props changed; each counts its
// renders and renders the real editor. Stable identities, as a host's swaps would be.
function countingEditors(renders: string[]) {
  return {
    EventPicker: memo((props: EventPickerProps) => (renders.push('event'), <EventPicker {...props} />)),
    FrequencyEditor: memo((props: FrequencyEditorProps) => (renders.push('frequency'), <FrequencyEditor {...props} />)),
    DuringWindowEditor: memo((props: DuringWindowEditorProps) => (renders.push('during'), <DuringWindowEditor {...props} />)),
  };
}

describe('editing one field of a clause', () => {
  it('given a condition typed into, then the clause\'s event, frequency and window editors do not re-render', async () => {
    const user = userEvent.setup();
    const renders: string[] = [];
    const components = countingEditors(renders);
    const onChange = vi.fn<(json: JsonObject) => void>();
    render(<CohortQueryBuilder defaultValue={query} onChange={onChange} components={components} showSummary={false} />);
    const clause = screen.getByRole('article', { name: /^Clause 1:/ });
    const property = within(clause).getByLabelText('Property for condition 1');
    await user.click(property);
    renders.length = 0;

    await user.type(property, '.path');

    expect(renders).toEqual([]);
    expect(property).toHaveFocus();
    expect(onChange.mock.lastCall?.[0]).toEqual({
      and: [{ or: [{ ...pageviews, where: { property: 'properties.client.url.path', condition: { contains: 'football' } } }] }],
    });
  });

  it('given the event typed into, then only the event editor of the clause re-renders', async () => {
    const user = userEvent.setup();
    const renders: string[] = [];
    const components = countingEditors(renders);
    render(<CohortQueryBuilder defaultValue={query} components={components} showSummary={false} />);
    const event = screen.getByLabelText('Event (clause 1)');
    await user.click(event);
    renders.length = 0;
    await user.type(event, 'X');
    expect(new Set(renders)).toEqual(new Set(['event']));
  });
});
