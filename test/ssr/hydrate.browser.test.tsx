// Hydration in Chromium: the server's HTML (rendered here with react-dom/server, as a Node server
// would) is put on the page and hydrated. React must adopt it as it is: no mismatch warning, no
// recoverable error (React 19 reports a mismatch there and re-renders on the client), the same
// DOM nodes afterwards, and a tree that answers typing.
import { within } from '@testing-library/react';
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { userEvent } from 'vitest/browser';
import { CohortEditor, createCohortsClient } from '../../src';
import { changes, fetchCalls, ssrCases, type SsrCase } from './cases';
import { consoleLine, mismatchDiff } from './console';

const cases = ssrCases();

// What hydration said: console.error/warn calls (React 18 reports mismatches there) and the
// errors React hands to onRecoverableError (React 19 reports them there).
let heard: string[] = [];
// True while react-dom/server renders here: in Chromium `window` exists, so the library's
// isomorphic layout effect is a layout effect and React 18's server renderer warns about it. A
// real server has no window; render.test.tsx proves that render silent in Node.
let onServerInABrowser = false;
const LAYOUT_EFFECT_ON_SERVER = /^(Warning: )?useLayoutEffect does nothing on the server/;
let root: Root | undefined;
let container: HTMLElement | undefined;

beforeEach(() => {
  heard = [];
  changes.length = 0;
  fetchCalls.length = 0;
  localStorage.clear();
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      if (onServerInABrowser && LAYOUT_EFFECT_ON_SERVER.test(String(args[0]))) return;
      const diff = mismatchDiff(args);
      heard.push(`console.${level}: ${consoleLine(args)}${diff.length > 0 ? `\n${diff.join('\n')}` : ''}`);
    });
  }
});

afterEach(() => {
  actEnvironment(true);
  act(() => root?.unmount());
  root = undefined;
  container?.remove();
  container = undefined;
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Server HTML of `element()` in a container on the page, then hydrated with a fresh `element()`. */
async function serverRenderAndHydrate(element: () => ReactElement): Promise<{ container: HTMLElement; serverNodes: Element[] }> {
  container = document.createElement('div');
  onServerInABrowser = true;
  try {
    container.innerHTML = renderToString(element());
  } finally {
    onServerInABrowser = false;
  }
  document.body.append(container);
  // The server's nodes: a hydration that gave up and rendered afresh would replace them.
  const serverNodes = [...container.querySelectorAll('input, select, textarea, button')];
  const hydrated = container;
  await act(async () => {
    root = hydrateRoot(hydrated, element(), {
      onRecoverableError: (error) => heard.push(`onRecoverableError: ${error instanceof Error ? error.message : String(error)}`),
    });
  });
  return { container, serverNodes };
}

// Thrown as one message, so a failure reads as the warnings themselves.
function expectNone(what: string, found: string[]) {
  if (found.length > 0) throw new Error(`${what}:\n${found.join('\n')}`);
}

function expectQuietAndAdopted(target: HTMLElement, serverNodes: Element[]) {
  expectNone('Hydration said', heard);
  expectNone('Requests sent', fetchCalls);
  const replaced = serverNodes.filter((node) => !target.contains(node));
  expectNone('Server nodes replaced by the client', replaced.map((node) => node.outerHTML.slice(0, 160)));
}

// Proves the hydrated tree is live: one person's action (typing into a text field, else a click on
// a radio or a button) shows on the page or reaches a controlled onChange.
async function actOnce(target: HTMLElement, ssrCase: SsrCase) {
  let mutations = 0;
  const observer = new MutationObserver((records) => void (mutations += records.length));
  observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
  const field = ssrCase.typeInto
    ? (within(target).getByRole(ssrCase.typeInto.role, { name: ssrCase.typeInto.name }) as HTMLInputElement)
    : target.querySelector<HTMLInputElement>('input:not([type=radio]):not([type=checkbox]):not([type=hidden]):not([disabled]):not([readonly]), textarea');
  const before = field?.value;
  if (field) await userEvent.type(field, '7');
  else {
    const control = target.querySelector<HTMLElement>('input[type=radio]:not(:checked):not([disabled]), button:not([disabled])');
    expect(control, 'a text field, a radio or a button to act on').not.toBeNull();
    await userEvent.click(control!);
  }
  await expect.poll(() => (field !== null && field.value !== before) || changes.length > 0 || mutations > 0).toBe(true);
  observer.disconnect();
}

// Hydration runs inside act() (React wants the flag on for that); the typing afterwards is real
// Chromium input, which React would otherwise flag as updates outside act().
const actEnvironment = (on: boolean) => void ((globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on);

describe('hydration of server HTML in Chromium', () => {
  beforeEach(() => actEnvironment(true));

  for (const ssrCase of cases) {
    it(`${ssrCase.name}: hydrates without a mismatch and answers typing`, async () => {
      const { container: target, serverNodes } = await serverRenderAndHydrate(ssrCase.element);
      ssrCase.expectControls(target);
      expectQuietAndAdopted(target, serverNodes);
      actEnvironment(false);
      await actOnce(target, ssrCase);
      expectNone('After typing', heard);
    });
  }

  it('CohortEditor with a draft left in localStorage: the server shows none, the client offers it after hydration', async () => {
    const client = createCohortsClient({ baseUrl: 'https://cohorts.invalid', apiKey: 'ssr-test', fetch: () => Promise.reject(new Error('no request expected')) });
    const editor = () => <CohortEditor client={client} autosaveDelayMs={0} />;
    // Leave a draft behind as a person would: type a name into a client-rendered editor.
    const { container: first } = await serverRenderAndHydrate(editor);
    actEnvironment(false);
    await userEvent.type(within(first).getByRole('textbox', { name: 'Name' }), 'Left behind');
    await expect.poll(() => localStorage.length).toBeGreaterThan(0);
    actEnvironment(true);
    act(() => root?.unmount());
    first.remove();

    const { container: target, serverNodes } = await serverRenderAndHydrate(editor);
    expectQuietAndAdopted(target, serverNodes);
    await expect.poll(() => within(target).queryByRole('button', { name: 'Restore' })).not.toBeNull();
    expectNone('After the draft was offered', heard);
  });
});
