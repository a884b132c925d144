import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MenuButton, type MenuItem } from '../../src/index';

// The menu button of every clause and group (WAI-ARIA APG "menu button"), driven from the keyboard
// as a person does, and found by role and name.

function setup(disabledKey?: string) {
  const chosen: string[] = [];
  const items: MenuItem[] = ['Move up', 'Move down', 'Duplicate', 'Copy', 'Remove'].map((label) => ({
    key: label,
    label,
    onSelect: () => chosen.push(label),
    disabled: label === disabledKey,
  }));
  // A parent that hears what the menu lets through (the builder's undo and clipboard keys live there).
  const heard: string[] = [];
  render(
    <div onKeyDown={(event) => heard.push(`${event.ctrlKey ? 'Ctrl+' : ''}${event.metaKey ? 'Meta+' : ''}${event.altKey ? 'Alt+' : ''}${event.key}`)}>
      <MenuButton label="Actions for clause 1" items={items}>
        Actions
      </MenuButton>
      <button type="button">Next</button>
    </div>,
  );
  const user = userEvent.setup();
  /** Focuses the menu button and presses `keys` there (ArrowDown opens the menu on its first item). */
  const pressOnButton = async (keys = '{ArrowDown}') => {
    button().focus();
    await user.keyboard(keys);
  };
  return { chosen, heard, user, pressOnButton };
}

const button = () => screen.getByRole('button', { name: 'Actions for clause 1' });
const item = (name: string) => screen.getByRole('menuitem', { name });

describe('MenuButton from the keyboard', () => {
  it('given ArrowDown or ArrowUp on the button, then the menu opens on its first or last item', async () => {
    const { user, pressOnButton } = setup();
    await pressOnButton();
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button()).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Remove')).toHaveFocus();
  });

  it('given an open menu, then the arrows wrap, Home and End go to the ends, and Enter chooses and gives focus back', async () => {
    const { user, chosen, pressOnButton } = setup();
    await pressOnButton('{Enter}');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Remove')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Remove')).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}{Enter}');
    expect(chosen).toEqual(['Move down']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button()).toHaveFocus();
  });

  it('given a letter, then focus jumps to the next item starting with it, and again to the one after', async () => {
    const { user, heard, pressOnButton } = setup();
    await pressOnButton();
    await user.keyboard('d');
    expect(item('Duplicate')).toHaveFocus();
    await user.keyboard('m');
    expect(item('Move up')).toHaveFocus();
    await user.keyboard('M');
    expect(item('Move down')).toHaveFocus();
    // A letter no item starts with moves nothing; the menu keeps its letters to itself.
    await user.keyboard('x');
    expect(item('Move down')).toHaveFocus();
    expect(heard.filter((key) => key.length === 1)).toEqual([]);
  });

  it('given a shortcut with Ctrl, Meta or Alt in an open menu, then it is no typeahead: focus stays and the key goes on to the page', async () => {
    const { user, heard, chosen, pressOnButton } = setup();
    await pressOnButton();
    for (const shortcut of ['{Control>}c{/Control}', '{Meta>}r{/Meta}', '{Alt>}d{/Alt}', '{Control>}z{/Control}']) {
      await user.keyboard(shortcut);
      expect(item('Move up')).toHaveFocus();
    }
    expect(heard).toEqual(expect.arrayContaining(['Ctrl+c', 'Meta+r', 'Alt+d', 'Ctrl+z']));
    expect(chosen).toEqual([]);
  });

  it('given a disabled item, then it is reachable and says so, and choosing it does nothing', async () => {
    const { user, chosen, pressOnButton } = setup('Move up');
    await pressOnButton();
    expect(item('Move up')).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(chosen).toEqual([]);
    expect(item('Move up')).toHaveFocus();
  });

  it('given Tab in an open menu, then it closes and focus moves on', async () => {
    const { pressOnButton } = setup();
    await pressOnButton('{ArrowDown}{Tab}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });
});
