import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CohortQueryBuilder, EventPicker } from '../../src/index';
import type { EventPickerProps, JsonObject } from '../../src/index';

// 20 OR groups of 10 expression clauses each: 200 clauses.
function bigQuery(): JsonObject {
  return {
    and: Array.from({ length: 20 }, (_, g) => ({
      or: Array.from({ length: 10 }, (_, c) => ({
        event: `Event${g}_${c}`,
        frequency: { greater_than_or_equal_to: 1 },
        where: { property: 'properties.client.url', condition: { contains: `page-${g}-${c}` } },
      })),
    })),
  };
}

// Scoped to one card: label look-ups across a 200-clause DOM are slow in jsdom.
function eventInput(position: string): HTMLElement {
  const card = screen.getByRole('article', { name: new RegExp(`^Clause ${position.replace('.', '\\.')}:`) });
  return within(card).getByRole('textbox', { name: `Event (clause ${position})` });
}

function countingPicker(renders: Map<string, number>) {
  return function CountingEventPicker(props: EventPickerProps) {
    renders.set(props.label!, (renders.get(props.label!) ?? 0) + 1);
    return <EventPicker {...props} />;
  };
}

describe('editing one clause of a 200-clause builder', () => {
  it('given 200 clauses, when a person types into one event name, then only that clause re-renders and focus stays', async () => {
    const user = userEvent.setup();
    const renders = new Map<string, number>();
    const onChange = vi.fn<(json: JsonObject) => void>();
    // Module-level component identity: the swap must be stable across renders like a host's would be.
    const components = { EventPicker: countingPicker(renders) };
    render(<CohortQueryBuilder defaultValue={bigQuery()} onChange={onChange} components={components} showSummary={false} />);
    expect(renders.size).toBe(200);
    renders.clear();

    const input = eventInput('7.4');
    await user.click(input);
    renders.clear();
    await user.type(input, 'X');

    expect([...renders.keys()]).toEqual(['Event (clause 7.4)']);
    expect(input).toHaveFocus();
    expect(input).toHaveValue('Event6_3X');
    const json = onChange.mock.lastCall![0] as { and: { or: { event: string }[] }[] };
    expect(json.and[6]!.or[3]!.event).toBe('Event6_3X');
    expect(json.and[6]!.or[2]!.event).toBe('Event6_2');
  });

  it('given a controlled host that echoes the JSON, when a person types, then only that clause re-renders and focus stays', async () => {
    const user = userEvent.setup();
    const renders = new Map<string, number>();
    const components = { EventPicker: countingPicker(renders) };
    function Host() {
      const [value, setValue] = useState(bigQuery);
      // Inline labels and arrays, as hosts write them: the builder must not re-render every clause for them.
      return <CohortQueryBuilder value={value} onChange={setValue} components={components} labels={{ addOr: '+ OR' }} units={['days', 'weeks']} showSummary={false} />;
    }
    render(<Host />);
    const input = eventInput('12.9');
    await user.click(input);
    renders.clear();
    await user.type(input, 'ab');

    expect([...renders.keys()]).toEqual(['Event (clause 12.9)']);
    expect(input).toHaveFocus();
    expect(input).toHaveValue('Event11_8ab');
  });
});
