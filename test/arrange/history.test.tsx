import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CohortQueryBuilder, createIdGenerator } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { cnf, eventsOf } from './support';

const button = (name: string) => screen.getByRole('button', { name });
const eventInput = (position: string) => screen.getByLabelText(`Event (clause ${position})`);
const current = (onChange: { mock: { lastCall?: unknown[] } }, start: JsonObject) => (onChange.mock.lastCall?.[0] as JsonObject | undefined) ?? start;

describe('undo and redo through the builder', () => {
  it('given 22 mixed edits and moves, when undone to the start and redone to the end, then every step gives back the exact JSON', async () => {
    const user = userEvent.setup();
    const start = cnf(['A', 'B', 'C'], ['D', 'E']);
    const onChange = vi.fn<(json: JsonObject) => void>();
    render(<CohortQueryBuilder defaultValue={start} onChange={onChange} idGenerator={createIdGenerator('h')} showSummary={false} />);
    const snapshots: JsonObject[] = [start];
    // Each action is one history step: typing in one input coalesces into one.
    const actions: (() => Promise<void>)[] = [
      () => user.type(eventInput('1.1'), 'xy'),
      () => user.click(button('Move clause 1.1 down')),
      () => user.type(eventInput('2.1'), 'zz'),
      () => user.click(button('Duplicate clause 2.1')),
      async () => {
        await user.click(button('Move clause 1.3 to another group'));
        await user.selectOptions(screen.getByRole('combobox', { name: 'Destination for clause 1.3' }), 'Group 2');
        await user.click(button('Move'));
      },
      () => user.click(within(screen.getByRole('group', { name: 'Match (group 1)' })).getByRole('radio', { name: 'All of' })),
      () => user.click(button('Add group')),
      () => user.type(eventInput('3.1'), 'Pageview'),
      () => user.click(button('Move group 3 up')),
      () => user.click(button('Remove clause 1.2')),
      () => user.click(button('Move clause 3.3 up')),
      async () => {
        await user.click(button('Move clause 1.1 to another group'));
        await user.selectOptions(screen.getByRole('combobox', { name: 'Destination for clause 1.1' }), 'New group');
        await user.click(button('Move'));
      },
      () => user.type(eventInput('1.1'), 'q'),
      () => user.click(button('Move group 1 down')),
      () => user.clear(eventInput('1.2')),
      () => user.click(button('Duplicate clause 3.1')),
      () => user.click(button('Move clause 1.1 down')),
      () => user.click(within(screen.getByRole('group', { name: 'Match (cohort query)' })).getByRole('radio', { name: 'Any of' })),
      () => user.click(button('Remove group 1')),
      () => user.type(eventInput('2.2'), 'w'),
      () => user.click(button('Move clause 2.2 up')),
      () => user.click(button('Move group 2 up')),
    ];
    for (const action of actions) {
      await action();
      snapshots.push(current(onChange, start));
    }
    expect(actions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(snapshots.map((s) => JSON.stringify(s))).size).toBe(snapshots.length);

    // Back to the start: half by the button, half by Ctrl+Z inside the builder.
    for (let i = snapshots.length - 2; i >= 0; i--) {
      if (i % 2 === 0) await user.click(button('Undo'));
      else {
        screen.getAllByRole('button', { name: /^Drag / })[0]!.focus();
        await user.keyboard('{Control>}z{/Control}');
      }
      expect(current(onChange, start)).toStrictEqual(snapshots[i]);
    }
    expect(button('Undo')).toHaveAttribute('aria-disabled', 'true');
    // And forward again: Redo, Shift+Ctrl+Z and Ctrl+Y.
    for (let i = 1; i < snapshots.length; i++) {
      if (i % 3 === 0) await user.click(button('Redo'));
      else if (i % 3 === 1) await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
      else await user.keyboard('{Control>}y{/Control}');
      expect(current(onChange, start)).toStrictEqual(snapshots[i]);
    }
    expect(button('Redo')).toHaveAttribute('aria-disabled', 'true');
  });

  it('given typing in one field, then one undo takes back the whole word, and focus stays in the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(json: JsonObject) => void>();
    render(<CohortQueryBuilder defaultValue={cnf(['A'])} onChange={onChange} />);
    await user.type(eventInput('1.1'), 'bcd');
    expect(eventInput('1.1')).toHaveValue('Abcd');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(eventInput('1.1')).toHaveValue('A');
    expect(eventInput('1.1')).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Arrangement announcements' })).toHaveTextContent('Undid the last change.');
  });
});

describe('undo and redo in controlled mode', () => {
  it('given a host that echoes, when a person undoes, then the host gets the earlier JSON and shows it', async () => {
    const user = userEvent.setup();
    const seen: JsonObject[] = [];
    function Host() {
      const [value, setValue] = useState(cnf(['A', 'B']));
      return <CohortQueryBuilder value={value} onChange={(json) => { seen.push(json); setValue(json); }} />;
    }
    render(<Host />);
    await user.click(button('Move clause 1.1 down'));
    expect(eventsOf(seen.at(-1))).toEqual({ and: [{ or: ['B', 'A'] }] });
    await user.click(button('Undo'));
    expect(eventsOf(seen.at(-1))).toEqual({ and: [{ or: ['A', 'B'] }] });
    expect(eventInput('1.1')).toHaveValue('A');
    await user.click(button('Redo'));
    expect(eventInput('1.1')).toHaveValue('B');
  });

  it('given a host that refuses the undo, then the builder snaps back and can still undo', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function Host() {
      const [value, setValue] = useState(cnf(['A', 'B']));
      const [frozen, setFrozen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setFrozen(true)}>Freeze</button>
          <CohortQueryBuilder value={value} onChange={(json) => { onChange(json); if (!frozen) setValue(json); }} />
        </>
      );
    }
    render(<Host />);
    await user.click(button('Move clause 1.1 down'));
    await user.click(button('Freeze'));
    await user.click(button('Undo'));
    expect(eventsOf(onChange.mock.lastCall![0])).toEqual({ and: [{ or: ['A', 'B'] }] });
    expect(eventInput('1.1')).toHaveValue('B');
    expect(button('Undo')).not.toHaveAttribute('aria-disabled');
  });

  it('given a host that refuses every edit, then nothing enters history', async () => {
    const user = userEvent.setup();
    render(<CohortQueryBuilder value={cnf(['A', 'B'])} onChange={() => {}} />);
    await user.click(button('Move clause 1.1 down'));
    expect(eventInput('1.1')).toHaveValue('A');
    expect(button('Undo')).toHaveAttribute('aria-disabled', 'true');
  });
});
