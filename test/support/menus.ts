// Choosing from the builder's menu buttons as a person does: open the menu by its button, pick an item by its name.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Opens "Actions for <node>" ("clause 1.2", "group 2") and chooses `item` ("Move down", "Duplicate", "Remove"). */
export async function chooseAction(user: UserEvent, node: string, item: string, scope: HTMLElement = document.body): Promise<void> {
  await user.click(within(scope).getByRole('button', { name: `Actions for ${node}` }));
  await user.click(screen.getByRole('menuitem', { name: item }));
}

/** Opens an add control ("+ And (cohort query)", "+ Or (group 2)") and chooses a clause kind ("Event"). */
export async function chooseAdd(user: UserEvent, control: string, kind: string, scope: HTMLElement = document.body): Promise<void> {
  await user.click(within(scope).getByRole('button', { name: control }));
  await user.click(screen.getByRole('menuitem', { name: kind }));
}

/** The "Actions for <node>" menu button. */
export function actionsButton(node: string, scope: HTMLElement = document.body): HTMLElement {
  return within(scope).getByRole('button', { name: `Actions for ${node}` });
}
