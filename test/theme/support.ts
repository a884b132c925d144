/**
 * What the theme tests measure, from the browser's own computed styles: contrast of text against
 * the background it is painted on, boxes that stick out of the viewport, and emulated media.
 */
import { cdp } from 'vitest/browser';

/** An sRGB colour with alpha, channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads a computed colour (`rgb(…)` / `rgba(…)`, as getComputedStyle gives them). */
export function parseColor(text: string): Rgba {
  const match = /^rgba?\(([^)]+)\)$/.exec(text.trim());
  if (!match) throw new Error(`Not an rgb() colour: ${text}`);
  const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}

/** `top` painted over `bottom` (which must be opaque). */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind an element: its own background and its ancestors', composited down to the page's white. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
  }
  // The canvas under a page without any background is white.
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

/** One piece of text as a person sees it: which element, its colours and their ratio. */
export interface TextSample {
  element: Element;
  text: string;
  ratio: number;
  color: string;
  background: Rgba;
}

const isControl = (element: Element) => element.matches('input:not([type=radio], [type=checkbox], [type=hidden]), select, textarea');

/** Whether a person can see the element at all (not display:none, not the visually-hidden 1px box). */
export function isShown(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })) return false;
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/**
 * Every shown element under `root` that paints text of its own (a text node child, or a control's
 * value), with the contrast of its colour against what is behind it.
 */
export function textSamples(root: Element): TextSample[] {
  const samples: TextSample[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const own = isControl(element)
      ? ((element as HTMLInputElement).value ?? '')
      : [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('');
    const text = own.trim();
    if (!text || !isShown(element)) continue;
    const style = getComputedStyle(element);
    const background = backgroundBehind(element);
    const color = over(parseColor(style.color), background);
    samples.push({ element, text, ratio: contrast(color, background), color: style.color, background });
  }
  return samples;
}

/** A readable line for a failed sample. */
export function describeSample(sample: TextSample): string {
  const { element, text, ratio, color, background } = sample;
  const cls = typeof element.className === 'string' ? element.className : '';
  return `${element.tagName.toLowerCase()}.${cls} "${text.slice(0, 30)}" ${color} on rgb(${Math.round(background.r)}, ${Math.round(background.g)}, ${Math.round(background.b)}) = ${ratio.toFixed(2)}`;
}

/** Elements that reach past the viewport's right (or left) edge; the 1px visually-hidden boxes do not count. */
export function elementsWiderThanViewport(root: Element = document.body): string[] {
  const width = document.documentElement.clientWidth;
  const wide: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      const cls = typeof element.className === 'string' ? element.className : '';
      wide.push(`${element.tagName.toLowerCase()}.${cls} ${Math.round(box.left)}–${Math.round(box.right)} (viewport ${width})`);
    }
  }
  return wide;
}

/** One of the user-preference media features Chromium can emulate. */
export type MediaFeature = { name: 'prefers-color-scheme'; value: 'light' | 'dark' } | { name: 'prefers-reduced-motion'; value: 'reduce' | 'no-preference' } | { name: 'forced-colors'; value: 'active' | 'none' };

/** Emulates media features for the whole page (and its test iframe) over the DevTools protocol; none resets. */
export async function emulateMedia(...features: MediaFeature[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features });
}
