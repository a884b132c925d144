// Choosing from the builder's menu buttons as a person does: open the menu by its button, pick an item by its name.
// The menu is found through the button's aria-controls, so a look-up stays inside one small menu
// even in a 500-clause builder.
import { fireEvent, waitFor, within } from '@testing-library/react';

/**
 * Anything that clicks like a person: Testing Library's user-event (`userEvent.setup()`), Vitest
 * browser mode's `userEvent` (real Chromium clicks) or Storybook's.
 */
export interface Clicker {
  click(element: Element): Promise<unknown>;
}

/** The "Actions for <node>" menu button ("clause 1.2", "group 2"). */
export function actionsButton(node: string, scope: HTMLElement = document.body): HTMLElement {
  return within(scope).getByRole('button', { name: `Actions for ${node}` });
}

/** The open menu of a menu button, or null when it is closed. */
export function menuOf(button: HTMLElement): HTMLElement | null {
  const id = button.getAttribute('aria-expanded') === 'true' ? button.getAttribute('aria-controls') : null;
  return id ? button.ownerDocument.getElementById(id) : null;
}

/** Opens the menu of `button` with a click (unless it is open) and returns the menu. */
export async function openMenu(user: Clicker, button: HTMLElement): Promise<HTMLElement> {
  if (!menuOf(button)) await user.click(button);
  return waitFor(() => {
    const menu = menuOf(button);
    if (!menu) throw new Error(`"${button.getAttribute('aria-label') ?? button.textContent}" opened no menu`);
    return menu;
  });
}

/** The item named `item` of an open menu. */
export function menuItem(menu: HTMLElement, item: string): HTMLElement {
  return within(menu).getByRole('menuitem', { name: item });
}

/** Opens "Actions for <node>" and chooses `item` ("Move down", "Move to another group…", "Duplicate", "Remove"). */
export async function chooseAction(user: Clicker, node: string, item: string, scope: HTMLElement = document.body): Promise<void> {
  const menu = await openMenu(user, actionsButton(node, scope));
  await user.click(menuItem(menu, item));
}

/** Opens an add control ("+ And (cohort query)", "+ Or (group 2)", "+ Or (clause 2)") and chooses a clause kind ("Event"). */
export async function chooseAdd(user: Clicker, control: string, kind: string, scope: HTMLElement = document.body): Promise<void> {
  const menu = await openMenu(user, within(scope).getByRole('button', { name: control }));
  await user.click(menuItem(menu, kind));
}

/**
 * The same as `chooseAction` with synchronous fireEvent clicks, for property tests that run
 * thousands of steps. An aria-disabled item is not chosen: the menu is closed again and false returned.
 */
export function chooseActionNow(node: string, item: string, scope: HTMLElement = document.body): boolean {
  const button = actionsButton(node, scope);
  if (!menuOf(button)) fireEvent.click(button);
  const menu = menuOf(button);
  if (!menu) throw new Error(`"Actions for ${node}" opened no menu`);
  const choice = menuItem(menu, item);
  if (choice.getAttribute('aria-disabled') === 'true') {
    fireEvent.click(button);
    return false;
  }
  fireEvent.click(choice);
  return true;
}
