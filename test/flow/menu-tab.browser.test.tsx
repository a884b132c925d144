/**
 * Tab out of an open menu, with Chromium's own focus navigation (jsdom has none): the menu closes
 * and the button and its menu are one stop: Tab moves on to what follows, Shift+Tab back to what
 * precedes. Before, the focused item went with the menu and Shift+Tab landed on the menu's own
 * button.
 */
import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { MenuButton } from '../../src/index';
import { realEventsDriveReact } from '../arrange/support';
import '../../src/components/styles.css';

realEventsDriveReact();

const ITEMS = ['Move up', 'Duplicate', 'Remove'].map((label) => ({ key: label, label, onSelect: () => undefined }));

function setup() {
  render(
    <div>
      <button type="button">Before</button>
      <MenuButton label="Actions for clause 1" items={ITEMS}>
        Actions
      </MenuButton>
      <button type="button">After</button>
    </div>,
  );
  const button = screen.getByRole('button', { name: 'Actions for clause 1' });
  return { button };
}

describe('leaving an open menu with Tab (Chromium)', () => {
  it.each([
    { name: 'Tab', press: '{Tab}', next: 'After' },
    { name: 'Shift+Tab', press: '{Shift>}{Tab}{/Shift}', next: 'Before' },
  ])('given an open menu, when $name is pressed, then the menu closes and focus is on "$next"', async ({ press, next }) => {
    const { button } = setup();
    button.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.element(screen.getByRole('menuitem', { name: 'Duplicate' })).toHaveFocus();
    await userEvent.keyboard(press);
    await expect.poll(() => screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: next }));
  });
});
