import { render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import { CohortQueryBuilder, createIdGenerator } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { loadDnd } from '../../src/components/dnd/loadDnd';
import '../../src/components/styles.css';
import { center, pointerDrag } from '../../stories/support/pointerDrag';
import { cnf, eventsOf, pause, realEventsDriveReact, SLOW_MACHINE } from './support';
import { keys } from './keys';

realEventsDriveReact();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function setup(value: JsonObject = cnf(['A', 'B', 'C'], ['D'])) {
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(<CohortQueryBuilder defaultValue={value} onChange={onChange} idGenerator={createIdGenerator('t')} showSummary={false} />);
  // Off-screen cards (content-visibility) take their real height in the next frames: aim at the
  // layout a person sees, not the stand-in one of the first task.
  await frame();
  await frame();
  return { onChange, last: () => eventsOf(onChange.mock.lastCall?.[0]) };
}

// Tall enough that the whole builder is in view: a pointer drag aims at what is on screen.
beforeAll(async () => {
  // These tests drag with dnd-kit at hand, as after the idle prefetch: fetched once here, so no first
  // key press waits for the dev server (the first drag before it arrives: dnd-lazy.browser.test.tsx).
  await loadDnd();
  await page.viewport(1280, 2400);
  // A resize cancels a drag in progress: let it settle first.
  await pause(300);
});

const announcer = () => screen.getByRole('status', { name: 'Arrangement announcements' });

describe('arranging by keyboard (Chromium)', () => {
  it('given clause 1.2 picked up with Space, when ArrowDown then Space, then it moves below clause 1.3', async () => {
    const { last } = await setup();
    screen.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await keys(' ', '{ArrowDown}', ' ');
    expect(last()).toEqual({ and: [{ or: ['A', 'C', 'B'] }, { or: ['D'] }] });
    await pause();
    // After a keyboard drop focus is on the moved clause's handle, under its new name.
    expect(screen.getByRole('button', { name: 'Drag clause 1.3' })).toHaveFocus();
  });

  it('given clause 1.2 picked up, when ArrowDown three times then Space, then it moves to the top of group 2', async () => {
    const { last } = await setup();
    screen.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await keys(' ', '{ArrowDown}', '{ArrowDown}', '{ArrowDown}', ' ');
    expect(last()).toEqual({ and: [{ or: ['A', 'C'] }, { or: ['B', 'D'] }] });
  });

  it('given a drag in progress, then the live region says what is picked up, where it would go and where it went', async () => {
    await setup();
    screen.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await keys(' ');
    expect(announcer()).toHaveTextContent('Picked up clause 1.2. Use the arrow keys to move it, Space to drop it, Escape to cancel.');
    await keys('{ArrowDown}');
    expect(announcer()).toHaveTextContent('Clause 1.2 would move to group 1, position 3 of 3.');
    await keys('{ArrowDown}', '{ArrowDown}');
    expect(announcer()).toHaveTextContent('Clause 1.2 would move to group 2, position 1 of 2.');
    await keys(' ');
    expect(announcer()).toHaveTextContent('Moved clause 1.2 to group 2, position 1 of 2. It is now clause 2.1.');
  });

  it('given a drag in progress, when Escape, then nothing changes and the live region says so', async () => {
    const { onChange } = await setup();
    screen.getByRole('button', { name: 'Drag clause 1.2' }).focus();
    await keys(' ', '{ArrowDown}', '{Escape}');
    expect(onChange).not.toHaveBeenCalled();
    expect(announcer()).toHaveTextContent('Cancelled. Clause 1.2 was not moved.');
    await pause();
    expect(screen.getByRole('button', { name: 'Drag clause 1.2' })).toHaveFocus();
  });
});

describe('arranging by pointer (Chromium)', () => {
  it('given clause 1.1 dragged by its handle onto the lower half of clause 2 (a group of one), then it lands after it', async () => {
    const { last } = await setup();
    // Group 2 holds one clause, shown alone as clause 2.
    const target = screen.getByRole('article', { name: /^Clause 2:/ }).getBoundingClientRect();
    await pointerDrag(screen.getByRole('button', { name: 'Drag clause 1.1' }), { x: target.left + 40, y: target.bottom - 4 }, 'after');
    await expect.poll(last, SLOW_MACHINE).toEqual({ and: [{ or: ['B', 'C'] }, { or: ['D', 'A'] }] });
  });

  it('given clause 1.3 dragged onto the new-group zone, then it becomes a new OR group', async () => {
    const { last } = await setup();
    await pointerDrag(screen.getByRole('button', { name: 'Drag clause 1.3' }), center(screen.getByText('Drop a clause here to start a new group')), 'inside');
    await expect.poll(last, SLOW_MACHINE).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['D'] }, { or: ['C'] }] });
  });

  // A group of one has no header nor handle of its own (its clause is shown alone): group 2 has two clauses here.
  it('given group 2 dropped inside group 1, then the drop is refused: the query is unchanged and the builder says why', async () => {
    const { onChange } = await setup(cnf(['A', 'B', 'C'], ['D', 'E']));
    const inside = screen.getByRole('article', { name: /^Clause 1\.2:/ });
    await pointerDrag(screen.getByRole('button', { name: 'Drag group 2' }), center(inside), 'refused');
    expect(onChange).not.toHaveBeenCalled();
    const why = /Group 2 was not moved: a group cannot go inside an OR group/;
    expect(announcer()).toHaveTextContent(why);
    expect(screen.getByText(why, { selector: 'p' })).toBeVisible();
  });

  it('given group 2 dragged above group 1 by its header, then the groups swap', async () => {
    const { last } = await setup(cnf(['A', 'B', 'C'], ['D', 'E']));
    const header = within(screen.getByRole('group', { name: 'group 1' })).getByText('Group 1');
    await pointerDrag(screen.getByRole('button', { name: 'Drag group 2' }), center(header), 'before');
    await expect.poll(last, SLOW_MACHINE).toEqual({ and: [{ or: ['D', 'E'] }, { or: ['A', 'B', 'C'] }] });
  });
});
