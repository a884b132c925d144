import { memo, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One choice of a menu. A disabled item stays in the menu (focusable, aria-disabled) and does nothing. */
export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

/**
 * A menu's items: a list, or a function called each time the menu opens that returns them, or a
 * promise of them (their code loads on first use). A host's own `components.MenuButton` must accept
 * all three: the builder's actions menus pass a function.
 */
export type MenuItems = readonly MenuItem[] | (() => readonly MenuItem[] | Promise<readonly MenuItem[]>);

/** What every menu button of the builder takes; a host's `components.Menu` gets the same. */
export interface MenuButtonProps {
  /** The button's accessible name; it must contain its visible text. */
  label: string;
  /** The button's visible content. */
  children: ReactNode;
  /** The menu items, in order: a label and what choosing it does (see `MenuItem`), or how to get them when the menu opens (see `MenuItems`). */
  items: MenuItems;
  /** The button cannot be pressed and the menu never opens. */
  disabled?: boolean;
  /** Added to the button. */
  className?: string;
  /** `data-*` attributes for the button (the builder finds controls by them to move focus). */
  data?: Record<`data-${string}`, string>;
}

type Opening = 'first' | 'last';

// Where a key moves the highlight in a menu of `items` from `active`; undefined for a key that moves nothing.
function moveBy(key: string, active: number, items: readonly MenuItem[]): number | undefined {
  const count = items.length;
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return (active + 1) % count;
  if (key === 'ArrowUp') return (active - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (isLetter(key)) {
    const letter = key.toLocaleLowerCase();
    const order = items.map((_, i) => (active + 1 + i) % count);
    return order.find((i) => items[i]!.label.toLocaleLowerCase().startsWith(letter));
  }
  return undefined;
}

const isChoice = (key: string) => key === 'Enter' || key === ' ';
const isLetter = (key: string) => key.length === 1 && /\S/.test(key);
// The keys a menu takes: they move the highlight or choose (others go on: Tab, or a shortcut such as Ctrl+C).
const isMenuKey = ({ key, ctrlKey, metaKey, altKey }: KeyboardEvent) =>
  !(ctrlKey || metaKey || altKey) && (isChoice(key) || isLetter(key) || key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End');

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ArrowDown open it on its first item,
 * ArrowUp on its last; arrows, Home and End move, a letter jumps to the next item starting with it,
 * Enter or Space choose, Escape closes and gives focus back to the button, Tab closes and moves on.
 * Items that are still on their way when it opens (see `MenuItems`): the button says it is expanded
 * and busy, the menu shows when they arrive, and the keys pressed on the button meanwhile apply to
 * them then (Enter or Space chooses); Escape calls the opening off.
 */
export const MenuButton = memo(function MenuButton({ label, children, items, disabled, className, data }: MenuButtonProps) {
  const [open, setOpen] = useState<false | Opening>(false);
  const [active, setActive] = useState(0);
  // The items a function gave for this opening (undefined while they are on their way).
  const [built, setBuilt] = useState<readonly MenuItem[] | undefined>(undefined);
  const list = typeof items === 'function' ? built : items;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  // Which opening the items on their way are for (a later opening or a close makes them stale), the
  // keys pressed before they came, and the item to focus when they are shown.
  const opening = useRef(0);
  const queued = useRef<string[]>([]);
  const startAt = useRef<number | undefined>(undefined);
  const menuId = useId();
  const buttonId = useId();
  const ready = list !== undefined;

  useEffect(() => {
    if (!open) return;
    // The items are on their way: focus stays on the button, which keeps the keys meanwhile.
    if (!ready) return;
    const index = startAt.current ?? (open === 'last' ? list.length - 1 : 0);
    startAt.current = undefined;
    setActive(index);
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[index]?.focus();
    // Opening (or the items' arrival) focuses an item; the effect must not run again while the menu stays open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, ready]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (menuRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      opening.current++;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const focusItem = (index: number) => {
    setActive(index);
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[index]?.focus();
  };
  const close = (refocus: boolean) => {
    opening.current++;
    queued.current = [];
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    // Back on the button first: the action may move focus elsewhere (to a new clause, say).
    close(true);
    item.onSelect();
  };
  // The items arrived: the keys pressed while they were on their way move and choose among them.
  const arrive = (token: number, at: Opening, arrived: readonly MenuItem[]) => {
    if (opening.current !== token) return;
    let index = at === 'last' ? arrived.length - 1 : 0;
    const keys = queued.current;
    queued.current = [];
    for (const key of keys) {
      const item = arrived[index];
      if (isChoice(key) && item && !item.disabled) return choose(item);
      index = moveBy(key, index, arrived) ?? index;
    }
    startAt.current = index;
    setBuilt(arrived);
  };
  const openMenu = (at: Opening) => {
    const token = ++opening.current;
    queued.current = [];
    startAt.current = undefined;
    setOpen(at);
    if (typeof items !== 'function') return;
    const source = items();
    if (!('then' in source)) return setBuilt(source);
    setBuilt(undefined);
    source.then(
      (arrived) => arrive(token, at, arrived),
      // They could not be had (a failed load, forgotten: the next opening tries again).
      () => opening.current === token && close(true),
    );
  };

  const waiting = open !== false && !ready;
  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (waiting) {
      if (event.key === 'Escape') close(false);
      else if (event.key === 'Tab') return close(false);
      else if (isMenuKey(event)) queued.current.push(event.key);
      else return;
      // Enter and Space are for the items on their way, not a click that would close the menu.
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const key = event.key;
    if (key === 'Escape') close(true);
    else if (key === 'Tab') return close(false);
    else if (!isMenuKey(event) || !list) return;
    else if (isChoice(key)) choose(list[active]!);
    else {
      const next = moveBy(key, active, list);
      if (next !== undefined) focusItem(next);
    }
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
        aria-controls={open && ready ? menuId : undefined}
        aria-busy={waiting || undefined}
        aria-label={label}
        disabled={disabled}
        // A click from a key held for the items on their way (detail 0) is not a second click.
        onClick={(event) => (waiting && event.detail === 0 ? undefined : open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
        onKeyUp={(event) => waiting && event.key === ' ' && event.preventDefault()}
        {...data}
      >
        {children}
      </button>
      {open && list && (
        <ul ref={menuRef} id={menuId} className="pcb-menu" role="menu" aria-labelledby={buttonId} onKeyDown={onMenuKeyDown}>
          {list.map((item, index) => (
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
