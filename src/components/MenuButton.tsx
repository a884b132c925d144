import { memo, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One choice of a menu. A disabled item stays in the menu (focusable, aria-disabled) and does nothing. */
export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

/** What every menu button of the builder takes; a host's `components.Menu` gets the same. */
export interface MenuButtonProps {
  /** The button's accessible name; it must contain its visible text. */
  label: string;
  /** The button's visible content. */
  children: ReactNode;
  /** The menu items, in order: a label and what choosing it does (see `MenuItem`). */
  items: readonly MenuItem[];
  /** The button cannot be pressed and the menu never opens. */
  disabled?: boolean;
  /** Added to the button. */
  className?: string;
  /** `data-*` attributes for the button (the builder finds controls by them to move focus). */
  data?: Record<`data-${string}`, string>;
}

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ArrowDown open it on its first item,
 * ArrowUp on its last; arrows, Home and End move, a letter jumps to the next item starting with it,
 * Enter or Space choose, Escape closes and gives focus back to the button, Tab (Shift+Tab) closes and
 * moves on from the button (back from it). Letters with Ctrl, Meta or Alt are left to the page.
 */
export const MenuButton = memo(function MenuButton({ label, children, items, disabled, className, data }: MenuButtonProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const buttonId = useId();

  useEffect(() => {
    if (!open) return;
    const index = open === 'last' ? items.length - 1 : 0;
    setActive(index);
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[index]?.focus();
    // Opening focuses an item; the effect must not run again while the menu stays open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const focusItem = (index: number) => {
    const count = items.length;
    const next = ((index % count) + count) % count;
    setActive(next);
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[next]?.focus();
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    // Back on the button first: the action may move focus elsewhere (to a new clause, say).
    close(true);
    item.onSelect();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const key = event.key;
    if (key === 'ArrowDown') focusItem(active + 1);
    else if (key === 'ArrowUp') focusItem(active - 1);
    else if (key === 'Home') focusItem(0);
    else if (key === 'End') focusItem(items.length - 1);
    else if (key === 'Escape') close(true);
    // Back on the button, and Tab's own move goes on from there: to what follows, or (Shift) precedes it.
    else if (key === 'Tab') return close(true);
    else if (key === 'Enter' || key === ' ') choose(items[active]!);
    // A letter alone is typeahead; with Ctrl, Meta or Alt it is a shortcut (copy, undo…) for the page.
    else if (key.length === 1 && /\S/.test(key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = key.toLocaleLowerCase();
      const order = items.map((_, i) => (active + 1 + i) % items.length);
      const found = order.find((i) => items[i]!.label.toLocaleLowerCase().startsWith(letter));
      if (found !== undefined) focusItem(found);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className={className ? `pcb-menu-wrap ${className}` : 'pcb-menu-wrap'}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="pcb-menu-button"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        disabled={disabled}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKeyDown}
        {...data}
      >
        {children}
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} className="pcb-menu" role="menu" aria-labelledby={buttonId} onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <li
              key={item.key}
              role="menuitem"
              className="pcb-menu-item"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              data-highlighted={index === active ? '' : undefined}
              onClick={() => choose(item)}
              onPointerMove={() => index !== active && focusItem(index)}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
