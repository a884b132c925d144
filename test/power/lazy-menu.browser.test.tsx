// What only a person's choice needs loads when it is first needed: the actions module (a node's
// menu items, ungroup, make a group, copy and paste) is not in the builder's own code; a first
// menu opened by keyboard, or a first Ctrl+V, loads it and goes on as if it had always been there.
import { render, screen, waitFor } from '@testing-library/react';
import type { JsonObject } from '../../src/index';
import { ActionsLoaderProvider, loadActions, type ActionsLoader, type ActionsModule } from '../../src/components/lazy/loadActions';
import '../../src/components/styles.css';
import { clause, cnf, eventsOf, pause, realEventsDriveReact } from '../arrange/support';
import { keys } from '../arrange/keys';

// An idle callback (2 s at most) and a render may take longer than expect.poll's 1 s on a loaded CI machine.
const SLOW_MACHINE = { timeout: 10_000 };

// Every file this page fetches from here on, the builder's modules included: it is imported below,
// once the observer listens (an observer, unlike performance.getEntries(), has no 250-entry cap).
const fetched: string[] = [];
const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name)));
observer.observe({ type: 'resource' });
const { CohortQueryBuilder, createIdGenerator } = await import('../../src/index');

/** The files fetched so far: all of them, and those of the actions module (its entry and the rules only it uses). */
function requests() {
  fetched.push(...observer.takeRecords().map((entry) => entry.name));
  return { all: fetched, actions: fetched.filter((name) => /\/components\/actions\/|\/query\/grouping\.ts|\/query\/paste\.ts/.test(name)) };
}

realEventsDriveReact();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A loader that counts its calls and holds the module back until `arrive()`; no prefetch, so nothing but a person's action asks for it. */
function heldBackLoader() {
  let arrive!: () => void;
  const gate = new Promise<void>((resolve) => (arrive = resolve));
  let loaded: Promise<ActionsModule> | undefined;
  const load = vi.fn(() => (loaded ??= gate.then(loadActions)));
  const loader: ActionsLoader = { load, prefetch: false };
  return {
    loader,
    load,
    /** Lets the module through and waits until the builder has used it. */
    async arrive() {
      arrive();
      await loaded;
      await frame();
      await frame();
    },
  };
}

async function setup(loader: ActionsLoader, value: JsonObject = cnf(['A', 'B'], ['C'])) {
  const onChange = vi.fn<(json: JsonObject) => void>();
  render(
    <ActionsLoaderProvider value={loader}>
      <CohortQueryBuilder defaultValue={value} onChange={onChange} idGenerator={createIdGenerator('z')} showSummary={false} />
    </ActionsLoaderProvider>,
  );
  await frame();
  return { onChange, last: () => eventsOf(onChange.mock.lastCall?.[0]) };
}

const announcer = () => screen.getByRole('status', { name: 'Arrangement announcements' });
const button = (name: string) => screen.getByRole('button', { name });
const items = () => screen.queryAllByRole('menuitem').map((item) => item.textContent);

// First in the file, before any test has loaded the module: the page's own requests show whether it did.
describe('a builder at rest (Chromium)', () => {
  it('given a builder mounted and typed in, then the actions module is neither asked for nor fetched', async () => {
    expect(requests().all.some((name) => name.includes('/src/components/CohortQueryBuilder.tsx'))).toBe(true);
    const { loader, load } = heldBackLoader();
    await setup(loader);
    screen.getByLabelText('Event (clause 2)').focus();
    await keys('X');
    await pause(300);
    expect(load).not.toHaveBeenCalled();
    expect(requests().actions).toEqual([]);
  });
});

describe('the first menu opened loads its items (Chromium)', () => {
  it('given a group\'s menu opened by Enter before the module arrived, when it arrives, then its items show with focus on the first, and Ungroup (each must match) is chosen and undone in one step each', async () => {
    const { loader, load, arrive } = heldBackLoader();
    const { last } = await setup(loader);
    button('Actions for group 1').focus();
    await keys('{Enter}');
    expect(load).toHaveBeenCalledTimes(1);
    expect(button('Actions for group 1')).toHaveAttribute('aria-expanded', 'true');
    expect(items()).toEqual([]);
    await arrive();
    expect(items()).toEqual(['Move up', 'Move down', 'Ungroup (each must match)', 'Copy as JSON', 'Paste', 'Remove']);
    expect(screen.getByRole('menuitem', { name: 'Move up' })).toHaveFocus();
    await keys('u', '{Enter}');
    expect(last()).toEqual({ and: [{ or: ['A'] }, { or: ['B'] }, { or: ['C'] }] });
    expect(announcer()).toHaveTextContent('each of its clauses must now match');
    await keys('{Control>}z{/Control}');
    expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }] });
    // What the first test saw nothing of: the module, fetched for this menu.
    expect(requests().actions.length).toBeGreaterThan(0);
  });

  it('given keys pressed while the items are on their way (a letter, then Enter), then they are kept: Make a group runs once they arrive, and one Ctrl+Z undoes it', async () => {
    const { loader, load, arrive } = heldBackLoader();
    const { last, onChange } = await setup(loader, { and: [{ or: [clause('A'), clause('B')] }, clause('C')] });
    button('Actions for clause 2').focus();
    await keys('{ArrowDown}', 'm', 'm', 'm', '{Enter}');
    expect(load).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    // Enter went to the items on their way, not to the button (which would have closed the menu).
    expect(button('Actions for clause 2')).toHaveAttribute('aria-expanded', 'true');
    await arrive();
    // Move up, Move down, Move to another group…, Make a group: the third "m" from the first item.
    expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }] });
    expect(announcer()).toHaveTextContent('Clause 2 is now in a group of its own');
    // Its "+ Or", since alternatives are what a group of one is for.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^\+ Or/));
    await keys('{Control>}z{/Control}');
    expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, 'C'] });
  });

  it('given Escape while the items are on their way, then the menu is called off and stays shut when they arrive', async () => {
    const { loader, arrive } = heldBackLoader();
    await setup(loader);
    button('Actions for group 1').focus();
    await keys('{Enter}', '{Escape}');
    await arrive();
    expect(button('Actions for group 1')).toHaveAttribute('aria-expanded', 'false');
    expect(items()).toEqual([]);
  });
});

describe('the first copy and paste by keys (Chromium, system clipboard)', () => {
  it('given Ctrl+C on a handle before the module arrived, then it copies at once; Ctrl+V on a menu button loads the module and pastes when it arrives, with no second press', async () => {
    const { loader, load, arrive } = heldBackLoader();
    const { last, onChange } = await setup(loader);
    button('Drag clause 1.2').focus();
    await keys('{Control>}c{/Control}');
    await waitFor(() => expect(announcer()).toHaveTextContent('Copied clause 1.2 as JSON.'));
    // The copy event is served within it, by code the builder has anyway.
    expect(load).not.toHaveBeenCalled();
    button('Actions for clause 2').focus();
    await keys('{Control>}v{/Control}');
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await pause(100);
    expect(onChange).not.toHaveBeenCalled();
    await arrive();
    await waitFor(() => expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }, { or: ['B'] }] }), SLOW_MACHINE);
    expect(announcer()).toHaveTextContent('Pasted clause 3.');
    await keys('{Control>}z{/Control}');
    expect(last()).toEqual({ and: [{ or: ['A', 'B'] }, { or: ['C'] }] });
  });
});

describe('the idle prefetch (Chromium)', () => {
  it('given the default prefetch, when the browser has been idle, then a menu opens with its items within the click', async () => {
    const load = vi.fn(loadActions);
    await setup({ load, prefetch: true });
    await expect.poll(() => load.mock.calls.length, SLOW_MACHINE).toBe(1);
    await load.mock.results[0]!.value;
    await frame();
    button('Actions for clause 2').click();
    // Synchronously: no wait for a module.
    await frame();
    expect(items()).toContain('Remove');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
