import { render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import { CohortQueryBuilder, createIdGenerator } from '../../src/index';
import type { JsonObject } from '../../src/index';
import { countRenders } from '../bench/pages/renders';
import '../../src/components/styles.css';
import { eventsOf, pause, query500, realEventsDriveReact } from './support';
import { keys } from './keys';

realEventsDriveReact();

beforeAll(async () => {
  await page.viewport(1280, 1000);
  await pause(300);
});

// Components that exist once per clause, group or condition (cards, editors, controls).
const PER_NODE = /Card|Clause|Editor|Picker|Field|Handle|Menu|MovePanel|AddControl|Connector|Fold|DropZone|Where|Summary|Issues/;

describe('dragging in a 500-clause builder (Chromium)', { timeout: 120_000 }, () => {
  it('given clause 30.5 dragged by keyboard below 30.6, then the move is right and only what it touches re-renders (besides dnd-kit providers)', async () => {
    const onChange = vi.fn<(json: JsonObject) => void>();
    render(<CohortQueryBuilder defaultValue={query500()} onChange={onChange} idGenerator={createIdGenerator('L')} showSummary={false} />);
    const moved = screen.getByText(/^Clause 30\.5:/).closest('article')!;
    screen.getByRole('button', { name: 'Drag clause 30.5' }).focus();
    const stop = countRenders(moved);
    await keys(' ');
    // dnd-kit is loaded by this first pick-up (the test presses Space before the idle prefetch): the
    // arrows follow once it says so, as a person waits to hear it.
    await expect.poll(() => screen.getByRole('status', { name: 'Arrangement announcements' }).textContent, { timeout: 10_000 }).toContain('Picked up clause 30.5.');
    await keys('{ArrowDown}', ' ');
    await pause(300);
    const counted = stop();
    const groups = eventsOf(onChange.mock.lastCall?.[0]) as { and: { or: string[] }[] };
    expect(groups.and[29]!.or.slice(3, 7)).toEqual(['E30_4', 'E30_6', 'E30_5', 'E30_7']);

    // The builder's own per-node components: a 500-clause builder has thousands of them.
    const perNode = Object.entries(counted.outsideByName).filter(([name]) => PER_NODE.test(name));
    const total = perNode.reduce((sum, [, n]) => sum + n, 0);
    // The clause it passed (30.6, now 30.5) renders its new number once, group 30 its new order, and
    // the members the drop line marked; nothing else of the 500 clauses and 50 groups.
    expect(counted.outsideByName).toMatchObject({ ClauseCard: 1, GroupCard: 1 });
    expect(counted.outsideByName.NodeCard).toBeLessThanOrEqual(4);
    expect(perNode.every(([, n]) => n <= 4)).toBe(true);
    expect(total).toBeLessThan(30);
  });
});
