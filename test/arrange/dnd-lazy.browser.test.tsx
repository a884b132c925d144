// Drag and drop loads when it is first needed: dnd-kit is not in the builder's own code, a first
// drag loads it and goes on as if it had always been there, and moves by the menus never load it.
import { render, screen } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import type { JsonObject } from '../../src/index';
import { DndLoaderProvider, loadDnd, type DndLoader, type DndModule } from '../../src/components/dnd/loadDnd';
import '../../src/components/styles.css';
import { center, markAt } from '../../stories/support/pointerDrag';
import { cnf, eventsOf, pause, realEventsDriveReact, SLOW_MACHINE } from './support';
import { keys } from './keys';

// Every file this page fetches from here on, the builder's modules included: it is imported below,
// once the observer listens (an observer, unlike performance.getEntries(), has no 250-entry cap).
const fetched: string[] = [];
const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name)));
observer.observe({ type: 'resource' });
const { CohortQueryBuilder, createIdGenerator } = await import('../../src/index');

/** The files fetched so far: all of them, and those whose address names dnd-kit or the lazy layer. */
function requests() {
  fetched.push(...observer.takeRecords().map((entry) => entry.name));
  return { all: fetched, dnd: fetched.filter((name) => /@dnd-kit|dnd-kit_core|DndLayer/.test(name)) };
}

realEventsDriveReact();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * A loader that counts its calls and holds the module back until `arrive()`; no prefetch, so
 * nothing but a drag asks for it.
 */
function heldBackLoader() {
  let arrive!: () => void;
  const gate = new Promise<void>((resolve) => (arrive = resolve));
  let loaded: Promise<DndModule> | undefined;
  const load = vi.fn(() => (loaded ??= gate.then(loadDnd)));
  const loader: DndLoader = { load, prefetch: false };
  return {
    loader,
    load,
    /** Lets the module through and waits until the builder has mounted it. */
    async arrive() {
      arrive();
      await loaded;
      await frame();
      await frame();
    },
  };
}

async function setup(loader: DndLoader, value: JsonObject = cnf(['A', 'B', 'C'], ['D'])) {
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(
    <DndLoaderProvider value={loader}>
      <CohortQueryBuilder defaultValue={value} onChange={onChange} idGenerator={createIdGenerator('z')} showSummary={false} />
    </DndLoaderProvider>,
  );
  // Off-screen cards (content-visibility) take their real height in the next frames.
  await frame();
  await frame();
  return { onChange, last: () => eventsOf(onChange.mock.lastCall?.[0]) };
}

/** A mouse on `handle`, driven step by step (stories/support/pointerDrag.ts does it in one go). */
function mouseOn(handle: Element) {
  let at = center(handle);
  const fire = (target: EventTarget, type: string) => {
    const init = { bubbles: true, cancelable: true, composed: true, clientX: at.x, clientY: at.y, button: 0, buttons: type.endsWith('up') ? 0 : 1 };
    target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse' }) : new MouseEvent(type, init));
  };
  return {
    down() {
      fire(handle, 'pointerdown');
      fire(handle, 'mousedown');
    },
    async moveTo(to: { x: number; y: number }, steps = 5) {
      const from = at;
      for (let i = 1; i <= steps; i++) {
        at = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
        fire(document, 'pointermove');
        fire(document, 'mousemove');
        await pause(30);
      }
      await pause(60);
    },
    async up() {
      fire(document, 'pointerup');
      fire(document, 'mouseup');
      await pause(60);
    },
  };
}

const announcer = () => screen.getByRole('status', { name: 'Arrangement announcements' });
const handle = (name: string) => screen.getByRole('button', { name: `Drag ${name}` });

beforeAll(async () => {
  await page.viewport(1280, 2400);
  await pause(300);
});

// First in the file, before any test has loaded dnd-kit: the page's own requests show whether it did.
describe('moving without dragging (Chromium)', () => {
  it('given Move down and Move up from the menus, then the clause moves, and dnd-kit is never asked for nor fetched', async () => {
    // The builder's modules were fetched (the observer sees them), and none of them is dnd-kit's:
    // no static import of the builder reaches it.
    expect(requests().all.some((name) => name.includes('/src/components/CohortQueryBuilder.tsx'))).toBe(true);
    expect(requests().dnd).toEqual([]);
    const { loader, load } = heldBackLoader();
    const { last } = await setup(loader);
    await userEvent.click(screen.getByRole('button', { name: 'Actions for clause 1.1' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Move down' }));
    expect(last()).toEqual({ and: [{ or: ['B', 'A', 'C'] }, { or: ['D'] }] });
    await userEvent.click(screen.getByRole('button', { name: 'Actions for clause 1.3' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Move up' }));
    expect(last()).toEqual({ and: [{ or: ['B', 'C', 'A'] }, { or: ['D'] }] });
    // Focus on a handle, Tab past it, a right click on it: none of these starts a drag.
    handle('clause 1.1').focus();
    await keys('{Tab}');
    handle('clause 1.2').dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 2 }));
    await pause(300);
    expect(load).not.toHaveBeenCalled();
    expect(requests().dnd).toEqual([]);
    // No dnd-kit context was mounted either (it adds its hidden instructions to the page).
    expect(document.querySelector('[id^="DndDescribedBy"]')).toBeNull();
  });
});

describe('the first drag loads drag and drop (Chromium)', () => {
  it('given a pointer drag begun before dnd-kit arrived, when it arrives mid-drag, then the drag goes on and the clause lands where it is dropped', async () => {
    const { loader, load, arrive } = heldBackLoader();
    const { last } = await setup(loader);
    const mouse = mouseOn(handle('clause 1.1'));
    const target = screen.getByRole('article', { name: /^Clause 2:/ }).getBoundingClientRect();
    const end = { x: target.left + 40, y: target.bottom - 4 };
    mouse.down();
    // A third of the way, past the few pixels that start a drag, while dnd-kit is still on its way.
    const start = center(handle('clause 1.1'));
    await mouse.moveTo({ x: start.x + (end.x - start.x) / 3, y: start.y + (end.y - start.y) / 3 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(announcer()).not.toHaveTextContent('Picked up');
    await arrive();
    await mouse.moveTo(end);
    expect(handle('clause 1.1')).toHaveAttribute('aria-pressed', 'true');
    // The drop line after clause 2, as a person waits to see it before letting go (a loaded machine
    // may draw the last move late).
    await expect.poll(() => markAt(end), SLOW_MACHINE).toBe('after');
    await mouse.up();
    await expect.poll(last, SLOW_MACHINE).toEqual({ and: [{ or: ['B', 'C'] }, { or: ['D', 'A'] }] });
    // What the first test saw nothing of: dnd-kit and the layer, fetched for this drag.
    expect(requests().dnd.length).toBeGreaterThan(1);
  });

  it('given a fresh builder, when a handle is focused and Space pressed, then the clause is picked up once dnd-kit arrives, and the arrows and Space move it', async () => {
    const { loader, load, arrive } = heldBackLoader();
    const { last } = await setup(loader);
    handle('clause 1.2').focus();
    await keys(' ');
    expect(load).toHaveBeenCalledTimes(1);
    expect(announcer()).not.toHaveTextContent('Picked up');
    await arrive();
    await expect.poll(() => announcer().textContent, SLOW_MACHINE).toContain('Picked up clause 1.2.');
    await keys('{ArrowDown}', ' ');
    expect(last()).toEqual({ and: [{ or: ['A', 'C', 'B'] }, { or: ['D'] }] });
    await pause();
    expect(handle('clause 1.3')).toHaveFocus();
  });

  it('given Space, two arrows and Space pressed before dnd-kit arrived, when it arrives, then the clause moves down two places and is dropped, as if it had always been there', async () => {
    const { loader, load, arrive } = heldBackLoader();
    const { last, onChange } = await setup(loader, cnf(['A', 'B', 'C', 'E'], ['D']));
    const scrollBefore = window.scrollY;
    handle('clause 1.1').focus();
    // A person who does not wait to hear "Picked up": every key lands while the module is on its way.
    await keys(' ', '{ArrowDown}', '{ArrowDown}', ' ');
    expect(load).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    // The arrows were kept for the drag, not used to scroll the page.
    expect(window.scrollY).toBe(scrollBefore);
    await arrive();
    await expect.poll(last, SLOW_MACHINE).toEqual({ and: [{ or: ['B', 'C', 'A', 'E'] }, { or: ['D'] }] });
    expect(onChange).toHaveBeenCalledTimes(1);
    await expect.poll(() => screen.queryByRole('button', { pressed: true }), SLOW_MACHINE).toBeNull();
    expect(announcer()).toHaveTextContent('Moved clause 1.1');
  });

  it('given Space and an arrow before dnd-kit arrived and Escape after the pick-up, then nothing moves', async () => {
    const { loader, arrive } = heldBackLoader();
    const { onChange } = await setup(loader);
    handle('clause 1.1').focus();
    await keys(' ', '{ArrowDown}');
    await arrive();
    await expect.poll(() => announcer().textContent, SLOW_MACHINE).toContain('Picked up clause 1.1.');
    await keys('{Escape}');
    await expect.poll(() => screen.queryByRole('button', { pressed: true }), SLOW_MACHINE).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a click on a handle, or Space then Escape, before dnd-kit arrived, then nothing is picked up when it does', async () => {
    const { loader, load, arrive } = heldBackLoader();
    const { onChange } = await setup(loader);
    const mouse = mouseOn(handle('clause 1.1'));
    mouse.down();
    await mouse.up();
    handle('clause 1.2').focus();
    await keys(' ', '{Escape}');
    expect(load).toHaveBeenCalled();
    await arrive();
    await pause(300);
    expect(announcer()).not.toHaveTextContent('Picked up');
    expect(screen.queryByRole('button', { pressed: true })).toBeNull();
    // The mouse button is up: moving it drags nothing.
    await mouse.moveTo(center(screen.getByText('Drop a clause here to start a new group')));
    expect(screen.queryByRole('button', { pressed: true })).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given the default prefetch, when the browser has been idle, then Space picks up inside its own key event, as before lazy loading', async () => {
    const load = vi.fn(loadDnd);
    const { last } = await setup({ load, prefetch: true });
    // Nobody dragged: the idle browser fetched it.
    await expect.poll(() => load.mock.calls.length, SLOW_MACHINE).toBe(1);
    await load.mock.results[0]!.value;
    const space = new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true });
    handle('clause 1.2').focus();
    handle('clause 1.2').dispatchEvent(space);
    // Focus leaves at once: a key held for a module still on its way would be let go; this one was taken.
    handle('clause 1.2').blur();
    await expect.poll(() => announcer().textContent, SLOW_MACHINE).toContain('Picked up clause 1.2.');
    await keys('{ArrowDown}', ' ');
    expect(last()).toEqual({ and: [{ or: ['A', 'C', 'B'] }, { or: ['D'] }] });
  });

  it('given drag and drop loaded earlier on the page, when a new builder mounts, then its first Space picks up inside its own key event, with no idle wait of its own', async () => {
    await loadDnd();
    // No provider: the builder's own default loader, which knows what the page has loaded.
    render(<CohortQueryBuilder defaultValue={cnf(['A', 'B', 'C'], ['D'])} idGenerator={createIdGenerator('y')} showSummary={false} />);
    // At once, before any frame or idle callback of this builder.
    handle('clause 1.2').focus();
    handle('clause 1.2').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
    // Focus leaves at once: a key held for a module still on its way would be let go; this one was taken.
    handle('clause 1.2').blur();
    await expect.poll(() => announcer().textContent, SLOW_MACHINE).toContain('Picked up clause 1.2.');
    await keys('{Escape}');
  });
});
