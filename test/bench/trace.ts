// Splits main-thread time into the browser's phases (script, style, layout, paint...) with a Chrome trace.
import type { Browser, Page } from 'playwright-core';
import { round } from './stats';

// Trace events that add up to the work of one keystroke; the nested ones are listed under their own names.
const PHASES: Record<string, string> = {
  EventDispatch: 'event dispatch (handlers, React render + commit, forced layout)',
  FunctionCall: 'script outside event dispatch (scheduler tasks, rAF)',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  PrePaint: 'pre-paint (compositing inputs, cull rects)',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit to the compositor',
  MinorGC: 'minor GC',
  MajorGC: 'major GC',
};

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
}

/** Runs `work` under a Chrome trace and returns milliseconds per phase, divided by `per` (the keystrokes). */
export async function tracePhases(browser: Browser, page: Page, per: number, work: () => Promise<void>): Promise<Record<string, number>> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  await work();
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const totals: Record<string, number> = {};
  for (const event of events) {
    const label = PHASES[event.name];
    if (label && event.ph === 'X' && event.dur) totals[label] = (totals[label] ?? 0) + event.dur / 1000;
  }
  return Object.fromEntries(Object.entries(totals).map(([label, ms]) => [label, round(ms / per, 1)]));
}
