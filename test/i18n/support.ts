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

/**
 * A copy of a words table in which every string is `«path»` and every function returns
 * `«path(args)»` (strings and numbers as they are, anything else as `…`), so a test can tell which
 * entry each shown text came from and that no default text is left.
 */
export function marked<T>(table: T, path: string): T {
  if (typeof table === 'string') return `«${path}»` as T;
  if (typeof table === 'function') {
    return ((...args: unknown[]) => `«${path}(${args.map((arg) => (typeof arg === 'string' || typeof arg === 'number' ? String(arg) : '…')).join('|')})»`) as T;
  }
  if (Array.isArray(table)) return table.map((item, index) => marked(item, `${path}.${index}`)) as T;
  if (table !== null && typeof table === 'object') {
    return Object.fromEntries(Object.entries(table).map(([key, value]) => [key, marked(value, `${path}.${key}`)])) as T;
  }
  return table;
}
