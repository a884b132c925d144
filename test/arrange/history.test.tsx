import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CohortQueryBuilder, createIdGenerator } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { chooseAction, chooseAdd } from '../support/menus';
import { clause, cnf, eventsOf } from './support';

const button = (name: string) => screen.getByRole('button', { name });
const eventInput = (position: string) => screen.getByLabelText(`Event (clause ${position})`);
const current = (onChange: { mock: { lastCall?: unknown[] } }, start: JsonObject) => (onChange.mock.lastCall?.[0] as JsonObject | undefined) ?? start;

describe('undo and redo through the builder', () => {
  it('given 23 mixed edits, moves, adds and removes, when undone to the start and redone to the end, then every step gives back the exact JSON', async () => {
    const user = userEvent.setup();
    // Two nested AND groups, so the combinator choice is shown (it shows only where a group does not
    // combine as the AND of ORs expects) and can be changed twice.
    const start: JsonObject = { and: [{ or: ['A', 'B', 'C'].map(clause) }, { and: ['D', 'E'].map(clause) }, { and: ['F', 'G'].map(clause) }] };
    const onChange = vi.fn<(json: JsonObject) => void>();
    render(<CohortQueryBuilder defaultValue={start} onChange={onChange} idGenerator={createIdGenerator('h')} showSummary={false} />);
    const snapshots: JsonObject[] = [start];
    const moveTo = async (node: string, destination: string) => {
      await chooseAction(user, node, 'Move to another group…');
      // The panel is loaded on first use: found once it is there.
      await user.selectOptions(await screen.findByRole('combobox', { name: `Destination for ${node}` }), destination);
      await user.click(button('Move'));
    };
    // Each action is one history step: typing in one input coalesces into one.
    const actions: (() => Promise<void>)[] = [
      () => user.type(eventInput('1.1'), 'xy'),
      () => chooseAction(user, 'clause 1.1', 'Move down'),
      () => user.type(eventInput('2.1'), 'zz'),
      () => chooseAction(user, 'clause 2.1', 'Duplicate'),
      () => moveTo('clause 1.3', 'Group 2'),
      () => user.click(within(screen.getByRole('group', { name: 'Match (group 2)' })).getByRole('radio', { name: 'Any of' })),
      // A new OR group of one at the top level, shown as clause 4.
      () => chooseAdd(user, '+ And (cohort query)', 'Event'),
      () => user.type(eventInput('4'), 'Pageview'),
      () => chooseAdd(user, '+ Or (clause 4)', 'Event'),
      () => chooseAction(user, 'group 4', 'Move up'),
      () => chooseAction(user, 'clause 1.2', 'Remove'),
      () => chooseAction(user, 'clause 2.3', 'Move up'),
      () => moveTo('clause 1', 'New group'),
      () => user.type(eventInput('2.1'), 'q'),
      () => chooseAction(user, 'group 2', 'Move down'),
      () => user.clear(eventInput('1.2')),
      () => chooseAction(user, 'clause 4', 'Duplicate'),
      () => chooseAction(user, 'clause 1.1', 'Move down'),
      () => user.click(within(screen.getByRole('group', { name: 'Match (group 2)' })).getByRole('radio', { name: 'Any of' })),
      () => chooseAction(user, 'group 1', 'Remove'),
      () => user.type(eventInput('2.2'), 'w'),
      () => chooseAction(user, 'clause 2.2', 'Move up'),
      () => chooseAction(user, 'group 2', 'Move up'),
    ];
    for (const action of actions) {
      await action();
      snapshots.push(current(onChange, start));
    }
    expect(actions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(snapshots.map((s) => JSON.stringify(s))).size).toBe(snapshots.length);
    // The actions did what they say: the end state, event by event.
    expect(eventsOf(snapshots.at(-1))).toEqual({ and: [{ or: ['w', 'Pageviewq'] }, { or: ['F', 'G'] }, { or: ['B', 'B'] }] });

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
    // 23 steps, each undone and redone through a jsdom builder of up to 10 clauses: room for a slow machine.
  }, 120_000);

  it('given typing in one field, then one undo takes back the whole word, and focus stays in the field', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(json: JsonObject) => void>();
    render(<CohortQueryBuilder defaultValue={cnf(['A'])} onChange={onChange} />);
    await user.type(eventInput('1'), 'bcd');
    expect(eventInput('1')).toHaveValue('Abcd');
    await user.keyboard('{Meta>}z{/Meta}');
    expect(eventInput('1')).toHaveValue('A');
    expect(eventInput('1')).toHaveFocus();
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
    await chooseAction(user, 'clause 1.1', 'Move down');
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
    await chooseAction(user, 'clause 1.1', 'Move down');
    await user.click(button('Freeze'));
    await user.click(button('Undo'));
    expect(eventsOf(onChange.mock.lastCall![0])).toEqual({ and: [{ or: ['A', 'B'] }] });
    expect(eventInput('1.1')).toHaveValue('B');
    expect(button('Undo')).not.toHaveAttribute('aria-disabled');
  });

  it('given a host that refuses every edit, then nothing enters history', async () => {
    const user = userEvent.setup();
    render(<CohortQueryBuilder value={cnf(['A', 'B'])} onChange={() => {}} />);
    await chooseAction(user, 'clause 1.1', 'Move down');
    expect(eventInput('1.1')).toHaveValue('A');
    expect(button('Undo')).toHaveAttribute('aria-disabled', 'true');
  });
});
