/// <reference types="vite/client" />
/**
 * Screenshots of the default theme in Chromium: the builder holding the corpus' all-kinds query
 * (code-22) and the cohort editor holding the same query, at 375, 768 and 1280 px, light and dark,
 * compared with the reference images committed in ./__screenshots__/screens.browser.test.tsx/
 * (`<subject>-<width>-<theme>-chromium-linux.png`). Rendered as theme.browser.test.tsx renders them.
 *
 * After an intended visual change, look at the failing diff, then rewrite the references with
 *
 *   CHROMIUM_PATH=/usr/bin/chromium npx vitest run --project browser test/theme/screens.browser.test.tsx --update
 *
 * (`--update` is vitest's `-u`: update mode "all", which rewrites the references that no longer
 * match and writes missing ones; the ones still within the tolerance are left alone). Look at every
 * rewritten PNG before committing it. .gitignore ignores `__screenshots__` (where vitest also drops
 * the screenshots of failed tests) except this file's folder of references, so they show up in
 * `git status` when rewritten or added.
 *
 * A missing reference always fails the test. Without CI, vitest writes the shot as the new reference
 * and fails the test with "a new one was created. Review it"; with CI=true (update mode "none", as
 * .ci/run sets it), it only fails, and the shot goes to .vitest-attachments/, never into
 * __screenshots__/. No option is needed for that: it is vitest's default.
 *
 * The whole subject is shot, not just what a 720 px tall window shows, and a screenshot of an
 * element cannot reach past the test iframe: the iframe is made as tall as the page. Vitest scales
 * its iframe down when it is taller than the outer page (1280 × 720, Playwright's default), which
 * would shrink the shot, so the outer page is made as tall too, over the DevTools protocol, and
 * given back its own size after the file.
 */
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { cdp, page } from 'vitest/browser';
import { CohortQueryBuilder, type JsonObject } from '../../src/index';
import type { CorpusQuery } from '../fixtures/corpus';
// The corpus JSON itself rather than corpus.ts, which reads it with node:fs.
import queries from '../fixtures/queries.json';
import { Host, ID, localApi } from '../scenarios/support';
import { emulateMedia } from './support';
import '../../src/components/styles.css';

const ALL_KINDS = (queries as unknown as CorpusQuery[]).find((entry) => entry.id === 'code-22')!.query;
const PROPERTIES = [
  { path: 'properties.article.title', label: 'article title', type: 'string' as const },
  { path: 'properties.article.tags', label: 'article tags', type: 'string[]' as const },
];

type Theme = 'light' | 'dark';
const WIDTHS = [375, 768, 1280] as const;
const THEMES = ['light', 'dark'] as const;

/**
 * The tolerance, for pixelmatch (vitest's default comparator):
 * - `threshold: 0.1` (pixelmatch's default, written out): a pixel differs when its colour distance
 *   (YIQ, 0–1) is above 0.1, so a glyph edge a shade lighter or darker is not a difference.
 * - `includeAA: false` (the default): pixels pixelmatch recognises as anti-aliasing are not counted,
 *   which is what another Chromium or FreeType build changes first.
 * - `allowedMismatchedPixelRatio: 0.001`, at most `allowedMismatchedPixels: 1000`: what still
 *   differs may cover 0.1 % of the image and never more than 1000 px (the shots are 1.9 to 4.2 M px).
 * Why not the 1 % first suggested: measured here (Chromium 150, Debian 12), the chips' text moved
 * 1 px to the right differs in 5 100 px at 375 px and 14 400 px at 1280 px (0.3 % of the image),
 * which 1 % lets pass, and this bound does not. Also measured: React 18 against these React 19
 * references, 0 px; a control border 29 levels darker, 34 000 px (fails; 12 levels darker is under
 * the threshold); "Remove" written "Delete": the image is 67 px shorter (fails). The
 * blind spot: one letter changed ("condltion") is about 15 px and passes; the texts are asserted
 * by the other tests. Glyphs placed without subpixel positioning (another text stack) differ in
 * about 30 000 px (1.6 %): a CI image whose Chromium draws text differently fails here, and its
 * references are then rewritten (see the top of the file), not the tolerance raised.
 */
const TOLERANCE = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.1, includeAA: false, allowedMismatchedPixelRatio: 0.001, allowedMismatchedPixels: 1000 },
  // Vitest shoots until two shots agree, within this time; a 1280 × 3316 shot and its comparison take
  // about a second here. (Its timer outlives a successful match: the process may wait for it to exit.)
  timeout: 10_000,
} as const;

/**
 * Pins what would otherwise move between runs: no transition, animation or caret, no scrollbar.
 * And the cards' `content-visibility: auto` (a card far from the viewport is not painted) becomes
 * what it is on screen, the same layout, style and paint containment, always painted: while
 * Playwright takes the shot, Chromium's viewport is not the test window (the outer page goes back to
 * 1280 × 720 around the capture), and the cards below it would come out blank.
 */
const FREEZE = `
*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }
html { scrollbar-width: none; }
.pcb-clause, .pcb-group:not([data-root]), .pcb-summary { content-visibility: visible !important; contain: layout style paint !important; }
`;

/** A host page: a wrapper that carries the theme, as an app's layout would (as in theme.browser.test.tsx). */
function Page({ theme, children }: { theme: Theme; children: ReactNode }) {
  return (
    <div data-testid="host" data-pcb-theme={theme}>
      {children}
    </div>
  );
}

async function renderBuilder(theme: Theme): Promise<HTMLElement> {
  const view = render(
    <Page theme={theme}>
      <CohortQueryBuilder defaultValue={structuredClone(ALL_KINDS) as JsonObject} properties={PROPERTIES} />
    </Page>,
  );
  const builder = view.container.querySelector<HTMLElement>('.pcb-builder');
  expect(builder).not.toBeNull();
  return builder!;
}

async function renderEditor(theme: Theme): Promise<HTMLElement> {
  const { client } = localApi(structuredClone(ALL_KINDS) as JsonObject);
  const cohort = await client.getCohort(ID);
  const view = render(
    <Page theme={theme}>
      <Host client={client} initial={cohort} />
    </Page>,
  );
  await screen.findByRole('heading', { name: 'Edit cohort: Sport' });
  const editor = view.container.querySelector<HTMLElement>('.pcb-editor');
  expect(editor).not.toBeNull();
  return editor!;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once nothing under `root` has changed for `quiet` ms (the query's summary and the
 * editor's diff render after the first paint, in a transition or deferred), then two frames later;
 * fails after 10 s.
 */
async function domSettled(root: Element, quiet = 200): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => restart());
    const deadline = setTimeout(() => {
      observer.disconnect();
      clearTimeout(timer);
      reject(new Error(`The DOM kept changing for 10 s`));
    }, 10_000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        observer.disconnect();
        clearTimeout(deadline);
        resolve();
      }, quiet);
    };
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    restart();
  });
  await frame();
  await frame();
}

/** The outer page's own size, read before the first change and given back after the file. */
let outer: { width: number; height: number; screenWidth: number; screenHeight: number; deviceScaleFactor: number } | undefined;

/** Sizes the outer page (over CDP) so that vitest's test iframe of `width` × `height` is shown at scale 1. */
async function sizeOuterPage(height: number): Promise<void> {
  const top = window.top!;
  outer ??= { width: top.innerWidth, height: top.innerHeight, screenWidth: top.screen.width, screenHeight: top.screen.height, deviceScaleFactor: top.devicePixelRatio };
  await cdp().send('Emulation.setDeviceMetricsOverride', {
    width: outer.width,
    height: Math.max(outer.height, height),
    deviceScaleFactor: outer.deviceScaleFactor,
    mobile: false,
    screenWidth: outer.screenWidth,
    screenHeight: Math.max(outer.screenHeight, height),
  });
}

/** A test window `width` px wide and as tall as the page, at scale 1 (grown until the page fits). */
async function fitWindow(width: number, subject: HTMLElement): Promise<void> {
  let height = 720;
  for (let round = 0; ; round += 1) {
    await sizeOuterPage(height);
    await page.viewport(width, height);
    await domSettled(subject);
    // The subject's bottom may fall between two pixels (scrollHeight is rounded).
    const needed = Math.max(document.documentElement.scrollHeight, Math.ceil(subject.getBoundingClientRect().bottom));
    if (needed <= window.innerHeight) break;
    if (round === 10) throw new Error(`The page did not stop growing (${needed} px)`);
    height = needed;
  }
  expect(window.innerWidth).toBe(width);
  // Shown at scale 1 by vitest's orchestrator: one CSS pixel is one pixel of the screenshot.
  expect(window.frameElement?.parentElement?.getAttribute('data-scale')).toBe('1');
}

/** Everything a shot depends on, settled: styles frozen, no focus, fonts loaded, the DOM still. */
async function prepare(width: number, subject: HTMLElement): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await document.fonts.ready;
  await fitWindow(width, subject);
  // The query's summary has been written (QuerySummary follows the query in a transition).
  const summary = subject.querySelector('.pcb-summary p');
  expect(summary?.textContent?.trim().length ?? 0).toBeGreaterThan(20);
  expect(document.activeElement === document.body || document.activeElement === null).toBe(true);
  // All of the subject is inside the test window, so all of it is in the shot.
  expect(subject.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
}

let style: HTMLStyleElement;

beforeAll(() => {
  style = document.createElement('style');
  style.textContent = FREEZE;
  document.head.append(style);
});

beforeEach(async () => {
  // The theme is the wrapper's attribute; the system's scheme is pinned anyway, and motion reduced.
  await emulateMedia({ name: 'prefers-color-scheme', value: 'light' }, { name: 'prefers-reduced-motion', value: 'reduce' });
});

afterEach(async () => {
  await emulateMedia();
});

afterAll(async () => {
  style.remove();
  if (outer) {
    await cdp().send('Emulation.setDeviceMetricsOverride', { ...outer, mobile: false });
    outer = undefined;
  }
});

// `expect.element` runs toMatchScreenshot once; its timeout only has to outlast the matcher's own.
describe('screenshots of the default theme (Chromium)', { timeout: 90_000 }, () => {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      it(`given the all-kinds query in the builder at ${width} px, theme ${theme}, then the builder looks as its reference image`, async () => {
        const builder = await renderBuilder(theme);
        await prepare(width, builder);
        await expect.element(page.elementLocator(builder), { timeout: 20_000 }).toMatchScreenshot(`builder-${width}-${theme}`, TOLERANCE);
      });

      it(`given the cohort editor holding the all-kinds query at ${width} px, theme ${theme}, then the editor looks as its reference image`, async () => {
        const editor = await renderEditor(theme);
        await prepare(width, editor);
        await expect.element(page.elementLocator(editor), { timeout: 20_000 }).toMatchScreenshot(`editor-${width}-${theme}`, TOLERANCE);
      });
    }
  }
});
