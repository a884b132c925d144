import { userEvent } from 'vitest/browser';
import { pause } from './support';

/** Presses keys one by one in the browser, with the gap dnd-kit's keyboard sensor needs between them. */
export async function keys(...presses: string[]): Promise<void> {
  for (const press of presses) {
    await userEvent.keyboard(press);
    await pause();
  }
}
