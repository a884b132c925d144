/**
 * Helpers of the model-based editor tests: read a builder's screen as a person would (control
 * values in document order, chips and the text still being typed), and render a query in a fresh,
 * detached, uncontrolled builder to learn what the screen of that query looks like.
 *
 * Only roles and accessible names are relied on (plus the `Value for X` / `Values for X` names of a
 * chip field and its list): no class names, no data attributes, no store.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CohortQueryBuilder } from '../../src/index';
import type { JsonObject } from '../../src/core';

/** The accessible name of a form control, from aria-label, aria-labelledby or its <label>. */
export function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const by = element.getAttribute('aria-labelledby');
  if (by) {
    const root = element.getRootNode() as Document | Element;
    return by
      .split(/\s+/)
      .map((id) => ('getElementById' in root ? root.getElementById(id) : root.querySelector(`#${CSS.escape(id)}`))?.textContent ?? '')
      .join(' ')
      .trim();
  }
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0) return [...labels].map((l) => l.textContent ?? '').join(' ').trim();
  if (element.tagName === 'FIELDSET') return element.querySelector(':scope > legend')?.textContent?.trim() ?? '';
  // Roles named from their content.
  if (/^(BUTTON|H[1-6])$/.test(element.tagName) || /^(button|heading|menuitem)$/.test(element.getAttribute('role') ?? '')) return (element.textContent ?? '').trim();
  return '';
}

// Elements of each role used here, implicit or explicit (the same as ARIA's mapping for this DOM).
const ROLE_SELECTORS = {
  group: '[role="group"], fieldset:not([role])',
  button: 'button:not([role]), [role="button"]',
  textbox: 'input:not([type]):not([role]), input[type="text"]:not([role]), textarea:not([role]), [role="textbox"]',
  combobox: 'select:not([multiple]):not([role]), [role="combobox"]',
  radio: 'input[type="radio"]:not([role]), [role="radio"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  menuitem: '[role="menuitem"]',
} as const;

/**
 * The elements of `role` named `name` under `root`, in document order: what getAllByRole finds,
 * without its per-element style checks (tens of milliseconds each query in a big jsdom tree).
 */
export function allByRole(root: ParentNode, role: keyof typeof ROLE_SELECTORS, name?: string | RegExp): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(ROLE_SELECTORS[role])];
  if (name === undefined) return found;
  return found.filter((el) => {
    const n = nameOf(el);
    return typeof name === 'string' ? n === name : name.test(n);
  });
}

/** The one element of `role` named `name`, or null; throws when there are several. */
export function queryByRole(root: ParentNode, role: keyof typeof ROLE_SELECTORS, name?: string | RegExp): HTMLElement | null {
  const found = allByRole(root, role, name);
  if (found.length > 1) throw new Error(`${found.length} elements of role ${role} named ${String(name)}`);
  return found[0] ?? null;
}

/** The one element of `role` named `name`; throws when there is none or several. */
export function getByRole(root: ParentNode, role: keyof typeof ROLE_SELECTORS, name?: string | RegExp): HTMLElement {
  const found = queryByRole(root, role, name);
  if (!found) throw new Error(`no element of role ${role} named ${String(name)}`);
  return found;
}

// The visible text of a chip: its own text without its remove button's glyph.
function chipText(item: Element): string {
  let text = '';
  for (const node of item.childNodes) if (node.nodeType === 3) text += node.textContent ?? '';
  return text.trim();
}

/**
 * What the builder's screen says, as a list of `name=value` lines in document order: every input,
 * select and textarea; radios and checkboxes by checked state. A chip field (`Value for X`) reads as
 * its chips (`Values for X`) plus the text still being typed in it, since a person reads both as
 * the values of the condition.
 */
export function screenLines(root: Element): string[] {
  // A chip list precedes its input; names repeat across clauses, so each input takes the list of
  // its name met since the previous input of that name (none when it has no chips yet).
  const lists = new Map<string, Element>();
  const lines: string[] = [];
  for (const control of root.querySelectorAll('input, select, textarea, ul[aria-label], ol[aria-label], [role="list"][aria-label]')) {
    const name = nameOf(control);
    if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(control.tagName)) {
      lists.set(name, control);
      continue;
    }
    const input = control as HTMLInputElement;
    if (input.type === 'radio' || input.type === 'checkbox') {
      if (input.checked) lines.push(`${name}: checked`);
      continue;
    }
    if (name.startsWith('Value for ')) {
      const listName = `Values for ${name.slice('Value for '.length)}`;
      const list = lists.get(listName);
      lists.delete(listName);
      const values = list ? [...list.querySelectorAll('li')].map(chipText) : [];
      const typed = input.value.trim();
      if (typed !== '' && !values.includes(typed)) values.push(typed);
      lines.push(`${name} = [${values.join(' | ')}]`);
      continue;
    }
    lines.push(`${name} = ${input.value}`);
  }
  return lines;
}

const freshCache = new Map<string, string[]>();

/** The screen of `query` in a new uncontrolled builder, mounted in a detached element (cached by JSON). */
export function freshScreenLines(query: JsonObject, props: Record<string, unknown> = {}): string[] {
  const key = JSON.stringify(query);
  const cached = freshCache.get(key);
  if (cached) return cached;
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(createElement(CohortQueryBuilder, { defaultValue: structuredClone(query), ...props })));
  const builder = [...container.querySelectorAll('[role="group"]')].find((el) => nameOf(el) === 'Cohort query') ?? container;
  const lines = screenLines(builder);
  act(() => root.unmount());
  freshCache.set(key, lines);
  return lines;
}
