// Part 2: mounts each builder in real Chromium and times keystrokes to the next paint, in-page.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import type { Variant } from './indexMap';
import { buildPages } from './pages';
import { OUT_DIR } from './paths';
import { hotFunctions, type CpuProfile, type HotFunction } from './profile';
import { serveStatic } from './server';
import { tracePhases } from './trace';
import { median, p95, round } from './stats';
import type { RenderCount } from './pages/renders';
import type { KeyTiming } from './pages/harness';

/** The builders measured: a page and its query string. */
export const BUILDERS = { ours: 'ours.html', rqb: 'rqb.html', 'rqb-dnd': 'rqb.html?dnd' } as const;
/** A measured builder. */
export type BuilderName = keyof typeof BUILDERS;

/** Keystrokes into one input: keydown → next paint, and the renders they caused. */
export interface KeystrokeResult {
  medianMs: number;
  p95Ms: number;
  samples: number[];
  /** keydown → the main thread is free again: also the tasks queued before the paint (the browser's autofill, deferred renders). */
  settledMedianMs: number;
  settledP95Ms: number;
  /** Components rendered per keystroke outside the edited clause, and inside it. */
  outsidePerKey: number;
  insidePerKey: number;
  commitsPerKey: number;
  /** The components rendered outside the edited clause, by name, per keystroke. */
  outsideByName: Record<string, number>;
}

/** One builder's figures. */
export interface BuilderResult {
  name: BuilderName;
  mountMs: number;
  mountCommitMs: number;
  mountSamples: number[];
  domNodes: number;
  heapMb: number;
  value: KeystrokeResult;
  /** Keystrokes that change the query, when the value input keeps a local draft (ours). */
  query?: KeystrokeResult;
  profiles?: Record<string, { busyMs: number; functions: HotFunction[] }>;
  /** Main-thread milliseconds per keystroke by browser phase (with --profile). */
  phases?: Record<string, Record<string, number>>;
}

/** How much to measure. */
export interface BrowserOptions {
  mounts: number;
  keystrokes: number;
  countKeystrokes: number;
  /** Also record CPU profiles (on pages built readable, so timings of that run are not the published ones). */
  profile: boolean;
  builders: BuilderName[];
  /** Builds our page's node index with another map than src's (see indexMap.ts). */
  indexMap?: Variant;
}

// toolchain.md's flags; the memory flag makes performance.memory exact rather than bucketed.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];
const WARMUP = 5;
const GAP_MS = 50;

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('pageerror', (error) => console.error(`page error (${url}): ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  return page;
}

// Mounting 500 clauses takes seconds; a page that never commits fails the run after two minutes.
async function mountOn(page: Page): Promise<{ paintMs: number; commitMs: number; domNodes: number }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${page.url()} did not mount within 120 s`)), 120_000);
  });
  try {
    return await Promise.race([page.evaluate(() => window.bench.mount()), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return round(usedSize / 1024 / 1024, 1);
}

async function keystroke(page: Page): Promise<KeyTiming> {
  await page.evaluate(() => window.bench.arm());
  await page.keyboard.press('a');
  const timing = await page.evaluate(() => window.bench.result());
  await page.waitForTimeout(GAP_MS);
  return timing;
}

async function typeInto(page: Page, which: 'value' | 'query', options: BrowserOptions): Promise<KeystrokeResult> {
  await page.evaluate((w) => window.bench.focus(w), which);
  for (let i = 0; i < WARMUP; i++) await keystroke(page);
  const timings: KeyTiming[] = [];
  for (let i = 0; i < options.keystrokes; i++) timings.push(await keystroke(page));
  const samples = timings.map((t) => t.paintMs);
  const settled = timings.map((t) => t.settledMs);
  // Counting walks the fiber tree on each commit, so it runs apart from the timed keystrokes.
  await page.evaluate((w) => window.bench.startCounting(w), which);
  for (let i = 0; i < options.countKeystrokes; i++) await keystroke(page);
  const counted: RenderCount = await page.evaluate(() => window.bench.stopCounting());
  const per = (n: number) => round(n / options.countKeystrokes, 2);
  return {
    medianMs: round(median(samples), 1),
    p95Ms: round(p95(samples), 1),
    samples: samples.map((ms) => round(ms, 1)),
    settledMedianMs: round(median(settled), 1),
    settledP95Ms: round(p95(settled), 1),
    outsidePerKey: per(counted.outside),
    insidePerKey: per(counted.inside),
    commitsPerKey: per(counted.commits),
    outsideByName: Object.fromEntries(Object.entries(counted.outsideByName).map(([name, n]) => [name, per(n)])),
  };
}

async function profiled(cdp: CDPSession, name: string, run: () => Promise<unknown>): Promise<{ busyMs: number; functions: HotFunction[] }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  await mkdir(join(OUT_DIR, 'profiles'), { recursive: true });
  await writeFile(join(OUT_DIR, 'profiles', `${name}.cpuprofile`), JSON.stringify(profile));
  return hotFunctions(profile as CpuProfile, 25);
}

// Profiles a mount and some keystrokes, then traces more keystrokes, on a fresh page: the
// profiler's and the tracer's overhead stays out of the timed runs.
async function profileBuilder(browser: Browser, origin: string, result: BuilderResult): Promise<void> {
  const { name } = result;
  const page = await openPage(browser, `${origin}/${BUILDERS[name]}`);
  const cdp = await page.context().newCDPSession(page);
  const profiles: NonNullable<BuilderResult['profiles']> = {};
  const phases: NonNullable<BuilderResult['phases']> = {};
  profiles.mount = await profiled(cdp, `${name}-mount`, () => mountOn(page));
  for (const which of result.query ? (['value', 'query'] as const) : (['value'] as const)) {
    await page.evaluate((w) => window.bench.focus(w), which);
    profiles[which] = await profiled(cdp, `${name}-${which}-keys`, async () => {
      for (let i = 0; i < 20; i++) await keystroke(page);
    });
    phases[which] = await tracePhases(browser, page, 10, async () => {
      for (let i = 0; i < 10; i++) await keystroke(page);
    });
  }
  await page.context().close();
  Object.assign(result, { profiles, phases });
}

/** Part 2: builds the pages, serves them and measures every builder. */
export async function measureBrowser(executablePath: string, options: BrowserOptions): Promise<BuilderResult[]> {
  const outdir = join(OUT_DIR, 'pages');
  await buildPages(outdir, options.profile, options.indexMap);
  const server = await serveStatic(outdir);
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  try {
    const mounts = new Map<BuilderName, { paintMs: number; commitMs: number; domNodes: number }[]>(options.builders.map((name) => [name, []]));
    const results: BuilderResult[] = [];
    // Mounts take turns, builder after builder, so a slow moment of the machine hits all of them.
    for (let round = 0; round < options.mounts; round++) {
      for (const name of options.builders) {
        const page = await openPage(browser, `${server.origin}/${BUILDERS[name]}`);
        mounts.get(name)!.push(await mountOn(page));
        if (round === options.mounts - 1) results.push(await measureMounted(page, name, mounts.get(name)!, options));
        await page.context().close();
      }
    }
    if (options.profile) {
      for (const result of results) await profileBuilder(browser, server.origin, result);
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureMounted(page: Page, name: BuilderName, mounts: { paintMs: number; commitMs: number; domNodes: number }[], options: BrowserOptions): Promise<BuilderResult> {
  const cdp = await page.context().newCDPSession(page);
  const heap = await heapMb(cdp);
  const hasQuery = await page.evaluate(() => {
    try {
      window.bench.focus('query');
      return true;
    } catch {
      return false;
    }
  });
  const value = await typeInto(page, 'value', options);
  const query = hasQuery ? await typeInto(page, 'query', options) : undefined;
  return {
    name,
    mountMs: round(median(mounts.map((m) => m.paintMs)), 0),
    mountCommitMs: round(median(mounts.map((m) => m.commitMs)), 0),
    mountSamples: mounts.map((m) => round(m.paintMs, 0)),
    domNodes: mounts[mounts.length - 1]!.domNodes,
    heapMb: heap,
    value,
    query,
  };
}
