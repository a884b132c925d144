/// <reference types="vite/client" />
/**
 * The default theme in Chromium (issue 10, item 6): the builder with the corpus' all-kinds query and
 * the cohort editor, light and dark, comfortable and compact, at 320 px and wider. Measured from
 * computed styles and boxes, so what is asserted is what a person would see.
 */
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { page, userEvent } from 'vitest/browser';
import { CohortQueryBuilder, type JsonObject } from '../../src/index';
import type { CorpusQuery } from '../fixtures/corpus';
// The corpus JSON itself rather than corpus.ts, which reads it with node:fs.
import queries from '../fixtures/queries.json';
import { Host, ID, localApi } from '../scenarios/support';
import { contrast, describeSample, elementsWiderThanViewport, emulateMedia, parseColor, textSamples, backgroundBehind } from './support';
import '../../src/components/styles.css';
import stylesheet from '../../src/components/styles.css?raw';
import theming from '../../docs/theming.md?raw';

const ALL_KINDS = (queries as unknown as CorpusQuery[]).find((entry) => entry.id === 'code-22')!.query;
const PROPERTIES = [
  { path: 'properties.article.title', label: 'article title', type: 'string' as const },
  { path: 'properties.article.tags', label: 'article tags', type: 'string[]' as const },
];

type Theme = 'light' | 'dark';

/** A host page: a wrapper that carries the theme and density switches, as an app's layout would. */
function Page({ theme, density, children }: { theme?: Theme; density?: 'compact'; children: ReactNode }) {
  return (
    <div data-testid="host" data-pcb-theme={theme} data-pcb-density={density}>
      {children}
    </div>
  );
}

async function renderBuilder(props: { theme?: Theme; density?: 'compact' } = {}) {
  const view = render(
    <Page {...props}>
      <CohortQueryBuilder defaultValue={structuredClone(ALL_KINDS) as JsonObject} properties={PROPERTIES} />
    </Page>,
  );
  const builder = view.container.querySelector<HTMLElement>('.pcb-builder')!;
  expect(builder).not.toBeNull();
  return { ...view, builder };
}

async function renderEditor(props: { theme?: Theme; density?: 'compact' } = {}) {
  const { client } = localApi(structuredClone(ALL_KINDS) as JsonObject);
  const cohort = await client.getCohort(ID);
  const view = render(
    <Page {...props}>
      <Host client={client} initial={cohort} />
    </Page>,
  );
  await screen.findByRole('heading', { name: 'Edit cohort: Sport' });
  const editor = view.container.querySelector<HTMLElement>('.pcb-editor')!;
  return { ...view, editor };
}

/** Lets the whole page be on screen, so no clause is skipped by content-visibility and axe sees every colour. */
async function showWholePage(width: number) {
  await page.viewport(width, 900);
  await page.viewport(width, Math.max(900, document.documentElement.scrollHeight));
}

const noOverflow = () => {
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  expect(elementsWiderThanViewport()).toEqual([]);
};

async function axeViolations(root: Element) {
  const results = await axe.run(root, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? v.help}`);
}

const failures = (root: Element, minimum = 4.5) => textSamples(root).filter((sample) => sample.ratio < minimum).map(describeSample);

const px = (value: string) => Number.parseFloat(value);

/** Waits for running transitions and animations (a menu fading in, colours after a theme switch) to end. */
const settled = () => Promise.all(document.getAnimations().map((animation) => animation.finished));

/** Opens the menu of a menu button with a real click and returns it, once it has finished appearing. */
async function openMenu(button: HTMLElement): Promise<HTMLElement> {
  await userEvent.click(button);
  const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
  expect(menu).not.toBeNull();
  await settled();
  return menu!;
}

afterEach(async () => {
  await emulateMedia();
});

describe('at 320 px, light and dark (Chromium)', { timeout: 60_000 }, () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`given the all-kinds query in the builder, theme ${theme}, then nothing is wider than the viewport, open menus included, and axe finds no violation`, async () => {
      await page.viewport(320, 900);
      const { builder } = await renderBuilder({ theme });
      noOverflow();
      await showWholePage(320);
      noOverflow();
      expect(await axeViolations(builder)).toEqual([]);
      // A clause's "⋯" menu sits at the card's end and opens inwards; the add menu at the start.
      const actions = screen.getAllByRole('button', { name: /^Actions for clause/ });
      for (const button of [actions[0]!, actions.at(-1)!, screen.getByRole('button', { name: /^\+ And/ })]) {
        const menu = await openMenu(button);
        expect(menu).toHaveAttribute('role', 'menu');
        noOverflow();
        expect(await axeViolations(menu)).toEqual([]);
        await userEvent.keyboard('{Escape}');
      }
    });

    it(`given the cohort editor holding the all-kinds query, theme ${theme}, then nothing is wider than the viewport and axe finds no violation`, async () => {
      await page.viewport(320, 900);
      const { editor } = await renderEditor({ theme });
      noOverflow();
      await showWholePage(320);
      noOverflow();
      expect(await axeViolations(editor)).toEqual([]);
    });
  }

  it('given compact density, then the builder and the editor still fit 320 px', async () => {
    await page.viewport(320, 900);
    await renderBuilder({ density: 'compact' });
    await renderEditor({ density: 'compact' });
    await showWholePage(320);
    noOverflow();
  });
});

describe('dark theme contrast (Chromium)', { timeout: 60_000 }, () => {
  it('given data-pcb-theme="dark" on a wrapper, then group titles, words and controls all have 4.5:1 against what is behind them', async () => {
    await page.viewport(1280, 900);
    const { editor } = await renderEditor({ theme: 'dark' });
    const samples = textSamples(editor);
    const titles = samples.filter((s) => s.element.matches('.pcb-group-title'));
    const words = samples.filter((s) => s.element.matches('.pcb-word, .pcb-suffix, .pcb-connector, .pcb-clause-summary, .pcb-hint, label, legend'));
    const controls = samples.filter((s) => s.element.matches('input, select, textarea, button'));
    // The query has a group, words beside its numbers and dozens of controls: all of them were measured.
    expect(titles.length).toBeGreaterThan(0);
    expect(words.length).toBeGreaterThan(0);
    expect(controls.length).toBeGreaterThan(20);
    // Dark it is: the text is light on a dark background.
    const title = titles[0]!;
    expect(contrast(parseColor(getComputedStyle(title.element).color), { r: 0, g: 0, b: 0, a: 1 })).toBeGreaterThan(10);
    expect(failures(editor)).toEqual([]);
    // An open menu too: its items, the highlighted one included.
    const menu = await openMenu(screen.getAllByRole('button', { name: /^Actions for clause/ })[0]!);
    expect(menu.querySelector('[data-highlighted]')).not.toBeNull();
    expect(failures(menu)).toEqual([]);
  });

  it('given a dark host page and no theme, then group titles keep their contrast (the builder paints its own background)', async () => {
    await emulateMedia({ name: 'prefers-color-scheme', value: 'light' });
    const view = render(
      <div style={{ background: '#111', color: '#eee' }}>
        <CohortQueryBuilder defaultValue={structuredClone(ALL_KINDS) as JsonObject} />
      </div>,
    );
    const titles = textSamples(view.container).filter((s) => s.element.matches('.pcb-group-title'));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title.ratio).toBeGreaterThanOrEqual(4.5);
  });
});

describe('choosing the theme (Chromium)', () => {
  const canvas = (element: Element) => backgroundBehind(element);
  const isDark = (element: Element) => contrast(canvas(element), { r: 0, g: 0, b: 0, a: 1 }) < 3;

  it('given the system prefers dark and nothing says otherwise, then the builder is dark; data-pcb-theme="light" on an ancestor makes it light', async () => {
    await emulateMedia({ name: 'prefers-color-scheme', value: 'dark' });
    const { builder } = await renderBuilder();
    expect(isDark(builder)).toBe(true);
    expect(getComputedStyle(builder).colorScheme).toBe('dark');
    screen.getByTestId('host').setAttribute('data-pcb-theme', 'light');
    expect(isDark(builder)).toBe(false);
    expect(getComputedStyle(builder).colorScheme).toBe('light');
  });

  it('given the system prefers light, then the builder is light until data-pcb-theme="dark" is set on its own root element', async () => {
    await emulateMedia({ name: 'prefers-color-scheme', value: 'light' });
    const { builder } = await renderBuilder();
    expect(isDark(builder)).toBe(false);
    builder.setAttribute('data-pcb-theme', 'dark');
    expect(isDark(builder)).toBe(true);
    await settled();
    expect(failures(builder)).toEqual([]);
  });

  it('given <html data-pcb-theme="dark"> and a light panel inside it, then the nearest attribute wins', async () => {
    document.documentElement.setAttribute('data-pcb-theme', 'dark');
    try {
      const { builder } = await renderBuilder({ theme: 'light' });
      expect(isDark(builder)).toBe(false);
      screen.getByTestId('host').removeAttribute('data-pcb-theme');
      expect(isDark(builder)).toBe(true);
    } finally {
      document.documentElement.removeAttribute('data-pcb-theme');
    }
  });
});

describe('one family of controls, two densities (Chromium)', () => {
  // Text-like inputs, selects and buttons; textareas grow with their text, and a chip's remove button is its own size.
  const controls = (root: Element) =>
    [...root.querySelectorAll<HTMLElement>('input:not([type=radio], [type=checkbox], [type=hidden]), select, button:not(.pcb-chip__remove)')].filter(
      (element) => element.getBoundingClientRect().width > 1,
    );

  for (const density of [undefined, 'compact'] as const) {
    it(`given ${density ?? 'comfortable (the default)'} density, then every input, select and button of the builder and the editor has the one control height`, async () => {
      await page.viewport(1280, 900);
      const { editor } = await renderEditor({ density });
      const expected = px(getComputedStyle(editor).getPropertyValue('--pcb-control-height')) * px(getComputedStyle(document.documentElement).fontSize);
      expect(expected).toBe(density === 'compact' ? 28 : 36);
      const all = controls(editor);
      expect(all.length).toBeGreaterThan(20);
      const off = all.filter((element) => Math.abs(element.getBoundingClientRect().height - expected) > 0.5).map((element) => `${element.tagName} ${element.className} ${element.getBoundingClientRect().height}`);
      expect(off).toEqual([]);
      // Icon buttons (drag handles, fold) are squares of the same height.
      const icons = editor.querySelectorAll('.pcb-drag-handle, .pcb-fold, .pcb-icon-button');
      expect(icons.length).toBeGreaterThan(0);
      for (const icon of icons) expect(icon.getBoundingClientRect().width).toBeCloseTo(expected, 0);
    });
  }
});

describe('reduced motion and forced colours (Chromium)', () => {
  it('given prefers-reduced-motion: reduce, then controls have no transition and an opening menu no animation (and without it they do)', async () => {
    const { builder } = await renderBuilder();
    const button = builder.querySelector('button')!;
    const menuButton = screen.getAllByRole('button', { name: /^Actions for clause/ })[0]!;

    await emulateMedia({ name: 'prefers-reduced-motion', value: 'no-preference' });
    expect(getComputedStyle(button).transitionDuration).not.toMatch(/^0s(, 0s)*$/);
    let menu = await openMenu(menuButton);
    expect(getComputedStyle(menu).animationName).not.toBe('none');
    await userEvent.keyboard('{Escape}');

    await emulateMedia({ name: 'prefers-reduced-motion', value: 'reduce' });
    expect(getComputedStyle(button).transitionDuration).toBe('0s');
    menu = await openMenu(menuButton);
    expect(getComputedStyle(menu).animationName).toBe('none');
    expect(menu.getAnimations()).toEqual([]);
  });

  it('given forced colours, then chips and icon buttons keep a visible border, the focus ring shows and the highlighted menu item is marked by more than colour', async () => {
    await page.viewport(1280, 900);
    await emulateMedia({ name: 'forced-colors', value: 'active' });
    const { builder } = await renderBuilder();
    const visibleBorder = (element: Element) => {
      const style = getComputedStyle(element);
      return style.borderTopStyle !== 'none' && px(style.borderTopWidth) >= 1 && parseColor(style.borderTopColor).a > 0;
    };
    expect(visibleBorder(builder.querySelector('.pcb-chip')!)).toBe(true);
    expect(visibleBorder(builder.querySelector('.pcb-drag-handle')!)).toBe(true);
    expect(visibleBorder(builder.querySelector('.pcb-connector')!)).toBe(true);

    const input = builder.querySelector<HTMLInputElement>('.pcb-chips__input')!;
    await userEvent.click(input);
    expect(input).toHaveFocus();
    expect(getComputedStyle(input).outlineStyle).toBe('solid');
    expect(px(getComputedStyle(input).outlineWidth)).toBeGreaterThanOrEqual(2);

    const menu = await openMenu(screen.getAllByRole('button', { name: /^Actions for clause/ })[0]!);
    const highlighted = menu.querySelector('[data-highlighted]')!;
    const plain = menu.querySelector('[role=menuitem]:not([data-highlighted])')!;
    // System colours for the highlight (Highlight / HighlightText), and an edge bar the others lack.
    expect(getComputedStyle(highlighted).forcedColorAdjust).toBe('none');
    expect(getComputedStyle(highlighted).boxShadow).not.toBe('none');
    expect(getComputedStyle(plain).boxShadow).toBe('none');
    expect(getComputedStyle(highlighted).backgroundColor).not.toBe(getComputedStyle(plain).backgroundColor);
  });
});

describe('docs/theming.md', () => {
  /** The custom properties a rule of the stylesheet declares, by its exact selector. */
  const declared = (selector: string) => {
    const start = stylesheet.indexOf(`${selector} {`);
    expect(start, selector).toBeGreaterThanOrEqual(0);
    const body = stylesheet.slice(start, stylesheet.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--pcb-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  };
  /** The rows of the property tables (above "## Contrast"): property → its value cells, without the description. */
  const documented = new Map(
    theming
      .slice(0, theming.indexOf('## Contrast'))
      .split('\n')
      .filter((line) => line.startsWith('| `--pcb-'))
      .map((line) => {
        const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, '').replace(/\\\|/g, '|'));
        return [cells[0]!, cells.slice(1, -1)] as const;
      }),
  );

  it('given the stylesheet, then every custom property it declares is in the tables with the same defaults, light and dark, comfortable and compact', () => {
    const comfortable = declared(":root,\n[data-pcb-density='comfortable']");
    const compact = declared("[data-pcb-density='compact']");
    const fixed = declared(':root');
    const light = declared(":root,\n[data-pcb-theme='light']");
    const dark = declared("[data-pcb-theme='dark']");
    // The system-preference copy of the dark palette is the same palette.
    expect(declared(':root:not([data-pcb-theme=\'light\'])')).toEqual(dark);
    expect(Object.keys(compact).sort()).toEqual(Object.keys(comfortable).sort());
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    for (const [name, value] of Object.entries(comfortable)) expect(documented.get(name), name).toEqual([value, compact[name]]);
    for (const [name, value] of Object.entries(fixed)) expect(documented.get(name), name).toEqual([value]);
    for (const [name, value] of Object.entries(light)) expect(documented.get(name), name).toEqual([value, dark[name]]);
    // Nothing documented that the stylesheet does not have, and every property named in the file's opening comment.
    expect(documented.size).toBe(Object.keys({ ...comfortable, ...fixed, ...light }).length);
    const opening = stylesheet.slice(0, stylesheet.indexOf('*/'));
    for (const name of documented.keys()) expect(opening, name).toMatch(name.startsWith('--pcb-space-') ? '--pcb-space-1 … -4' : new RegExp(`\\*   ${name}\\s`));
  });
});
