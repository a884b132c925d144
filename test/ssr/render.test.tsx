// @vitest-environment node
// Server rendering as Next.js does it: no DOM at all. Every exported component must render with
// renderToString and with the streaming renderer, say nothing on the console (React 18 warns about
// layout effects on the server; a throw like "Missing getServerSnapshot" fails `next build`), and
// its HTML must already hold the controls a person needs.
import { PassThrough } from 'node:stream';
import { JSDOM } from 'jsdom';
import { version } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { exportedComponentNames, fetchCalls, ssrCases } from './cases';
import { consoleLine } from './console';

const cases = ssrCases();

let errors: MockInstance<typeof console.error>;
let warns: MockInstance<typeof console.warn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  warns = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fetchCalls.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
});

const said = (spy: MockInstance<(...args: never[]) => void>) => spy.mock.calls.map((args) => consoleLine(args as unknown[]));

// Thrown as one message, so a failure reads as the warnings themselves.
function expectSilence() {
  const heard = [...said(errors).map((m) => `console.error: ${m}`), ...said(warns).map((m) => `console.warn: ${m}`)];
  if (heard.length > 0) throw new Error(heard.join('\n'));
  expect(fetchCalls).toEqual([]);
}

// A document of the server HTML, parsed by jsdom, so the assertions can ask for roles and names.
function containerOf(html: string): HTMLElement {
  const { window } = new JSDOM(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return window.document.getElementById('root')!;
}

function renderToStream(element: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    sink.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    const stream = renderToPipeableStream(element, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

describe('server rendering without a DOM', () => {
  it('runs in Node with no DOM, under the React major this run asked for', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(version.split('.')[0]).toBe(process.env.REACT_VERSION ?? '19');
  });

  it('covers every component that src/index.ts exports', () => {
    const covered = new Set(cases.map((c) => c.name.split(' ')[0]));
    expect(exportedComponentNames().filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const ssrCase of cases) describe(ssrCase.name, () => {
    it('renders to a string with its labelled controls and no console output', () => {
      const html = renderToString(ssrCase.element());
      ssrCase.expectControls(containerOf(html));
      expectSilence();
    });

    it('renders to a stream with its labelled controls and no console output', async () => {
      const streamed = await renderToStream(ssrCase.element());
      ssrCase.expectControls(containerOf(streamed));
      expectSilence();
    });
  });
});
