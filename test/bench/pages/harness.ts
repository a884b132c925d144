// The in-page half of the browser bench: mounts a builder, times keystrokes to the next paint, counts renders.
import { createElement, useLayoutEffect, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { countRenders, hostComponents, type RenderCount } from './renders';

/** What a page tells the harness: how to render its builder and where the edited input is. */
export interface BenchPage {
  /** The builder, as a host would render it. */
  render(): ReactElement;
  /** The host's own components (its state holder), left out of the render counts. */
  host: unknown[];
  /** The value input typed into, and the element of the clause (or rule group) that holds it. */
  target(): { input: HTMLInputElement; clause: Element };
  /** Optionally a second input whose keystrokes change the query (for builders whose value input keeps a draft). */
  queryTarget?(): { input: HTMLInputElement; clause: Element };
}

/** What the Node side calls through `page.evaluate`. */
export interface BenchApi {
  mount(): Promise<{ commitMs: number; paintMs: number; domNodes: number }>;
  /** Focuses the input of `which` and puts the caret at its end. */
  focus(which: 'value' | 'query'): void;
  /** Arms the timer for the next keydown; `result` resolves with its timings in ms. */
  arm(): void;
  result(): Promise<KeyTiming>;
  startCounting(which: 'value' | 'query'): void;
  stopCounting(): RenderCount;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

/** A keystroke's timings from its keydown's time stamp. */
export interface KeyTiming {
  /** Until the frame that shows the keystroke has been painted. */
  paintMs: number;
  /** Until the tasks queued before that paint have run too (the browser's own, such as autofill, and deferred renders). */
  settledMs: number;
}

interface Scheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

// rAF runs at the start of the frame; a user-blocking task posted from it runs as soon as the frame
// task (style, layout, paint, commit) ends, ahead of tasks already queued at normal priority. A
// message posted from it waits behind those, so it marks when the main thread is free again.
function afterNextPaint(): Promise<KeyTiming> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
      const painted = new Promise<number>((done) => {
        if (scheduler) void scheduler.postTask(() => done(performance.now()), { priority: 'user-blocking' });
        else setTimeout(() => done(performance.now()), 0);
      });
      const settled = new Promise<number>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      });
      void Promise.all([painted, settled]).then(([paint, settle]) => resolve({ paintMs: paint, settledMs: settle }));
    }),
  );
}

/** Exposes `window.bench` for `page`. */
export function installBench(page: BenchPage): void {
  for (const component of page.host) hostComponents.add(component);
  let pending: Promise<KeyTiming> | undefined;
  let stopCounting: (() => RenderCount) | undefined;
  const pick = (which: 'value' | 'query') => {
    const target = which === 'query' ? page.queryTarget?.() : page.target();
    if (!target) throw new Error(`this page has no ${which} input`);
    return target;
  };

  window.bench = {
    mount: () =>
      new Promise((resolve, reject) => {
        const start = performance.now();
        // The root's layout effect runs once the whole tree is committed.
        function Committed({ children }: { children: ReactElement }) {
          useLayoutEffect(() => {
            const commitMs = performance.now() - start;
            void afterNextPaint().then((end) => resolve({ commitMs, paintMs: end.paintMs - start, domNodes: document.getElementsByTagName('*').length }));
          }, []);
          return children;
        }
        // A builder that throws while rendering fails the run with its message instead of hanging it.
        const root = createRoot(document.getElementById('root')!, { onUncaughtError: (error) => reject(error) });
        root.render(createElement(Committed, null, page.render()));
      }),
    focus: (which) => {
      const { input } = pick(which);
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    },
    arm: () => {
      pending = new Promise((resolve) => {
        const onKeyDown = (event: KeyboardEvent) => {
          window.removeEventListener('keydown', onKeyDown, true);
          // The event's own time stamp: when the browser created it, before any handler ran.
          void afterNextPaint().then((end) => resolve({ paintMs: end.paintMs - event.timeStamp, settledMs: end.settledMs - event.timeStamp }));
        };
        window.addEventListener('keydown', onKeyDown, true);
      });
    },
    result: () => pending ?? Promise.reject(new Error('arm() first')),
    startCounting: (which) => {
      stopCounting = countRenders(pick(which).clause);
    },
    stopCounting: () => {
      const counted = stopCounting?.() ?? { inside: 0, outside: 0, commits: 0, outsideByName: {} };
      stopCounting = undefined;
      return counted;
    },
  };
}
