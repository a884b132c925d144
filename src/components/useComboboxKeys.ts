import { useState, type KeyboardEvent } from 'react';

/** What `useComboboxKeys` needs from its combobox. */
export interface ComboboxKeysOptions {
  open: boolean;
  setOpen: (open: boolean) => void;
  /** How many options the listbox shows now (0 while an async search runs). */
  count: number;
  /** False when disabled, read-only or without a catalogue: keys then do what they do in a text box. */
  interactive: boolean;
  /** Chooses the option at an index. */
  choose: (index: number) => void;
}

/** The active option and keyboard handling of the ARIA 1.2 combobox pattern (list autocomplete, manual selection). */
export interface ComboboxKeys {
  /** The active option, or -1. */
  activeIndex: number;
  /** Forgets the active option (the text changed, or the list closed). */
  reset: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

// "The last option", asked for before the options of an async search have arrived.
const LAST = -2;

/** Arrow keys move (wrapping), Home/End jump, Enter chooses, Escape closes; focus stays in the input. */
export function useComboboxKeys({ open, setOpen, count, interactive, choose }: ComboboxKeysOptions): ComboboxKeys {
  const [active, setActive] = useState(-1);
  const shown = open && interactive && count > 0;
  const activeIndex = !shown ? -1 : active === LAST ? count - 1 : active < count ? active : -1;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!interactive) return;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      const down = key === 'ArrowDown';
      if (!open) {
        setOpen(true);
        // Alt+ArrowDown opens the list without choosing, as the pattern says.
        setActive(event.altKey ? -1 : down ? 0 : LAST);
      } else if (count > 0) {
        setActive(activeIndex < 0 ? (down ? 0 : count - 1) : (activeIndex + (down ? 1 : -1) + count) % count);
      }
    } else if (key === 'Enter' && open) {
      event.preventDefault();
      if (activeIndex >= 0) choose(activeIndex);
      else setOpen(false);
      setActive(-1);
    } else if (key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if ((key === 'Home' || key === 'End') && activeIndex >= 0) {
      // Only while an option is active: otherwise Home/End move the caret, as in any text box.
      event.preventDefault();
      setActive(key === 'Home' ? 0 : count - 1);
    }
  };
  return { activeIndex, reset: () => setActive(-1), onKeyDown };
}
