// What both i18n tests read from a rendered page: every text a person or a screen reader meets, and
// the query's own strings (which may show as they are in any language).
import type { JsonValue } from '../../src/index';

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'placeholder', 'title', 'alt', 'label'];
/** Elements whose content is the person's own text (JSON being edited), not words of the library. */
const DATA_ELEMENTS = 'textarea, pre';

/** A piece of shown text and where it was. */
export interface ShownText {
  text: string;
  where: string;
}

/** Every text node (outside the person's own JSON) and every naming attribute under `root`. */
export function shownTexts(root: HTMLElement): ShownText[] {
  const found: ShownText[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest(DATA_ELEMENTS) || parent.closest('script, style')) continue;
    const named = parent.getAttribute('aria-label') ?? parent.id ?? parent.className;
    found.push({ text: node.textContent ?? '', where: `text of <${parent.tagName.toLowerCase()} ${named}>` });
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) found.push({ text: value, where: `${name} of <${element.tagName.toLowerCase()}>` });
    }
  }
  return found;
}

/** Every string of a JSON value, keys included: what the query itself may show. */
export function dataStrings(value: JsonValue | undefined, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') into.push(String(value));
  else if (Array.isArray(value)) value.forEach((item) => dataStrings(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      dataStrings(item, into);
    }
  }
  return into;
}
