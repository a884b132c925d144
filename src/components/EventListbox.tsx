import { memo } from 'react';
import type { NormalizedEventOption } from './eventOptions';

/** Props of `EventListbox`. */
export interface EventListboxProps {
  id: string;
  label: string;
  options: NormalizedEventOption[];
  open: boolean;
  activeIndex: number;
  value: string;
  onSelect: (option: NormalizedEventOption) => void;
}

/** The id of an option of the listbox, for `aria-activedescendant`. */
export function eventOptionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** The popup of `EventPicker`: a listbox whose active option the combobox points at. */
export const EventListbox = memo(function EventListbox({ id, label, options, open, activeIndex, value, onSelect }: EventListboxProps) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="pcb-listbox" hidden={!open}>
      {open
        ? options.map((option, i) => (
            <li
              key={`${i}:${option.name}`}
              id={eventOptionId(id, i)}
              role="option"
              aria-selected={i === activeIndex}
              className="pcb-option"
              data-state={i === activeIndex ? 'active' : 'inactive'}
              data-selected={option.name === value ? '' : undefined}
              // Keeps focus in the input, where the combobox pattern wants it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onSelect(option)}
            >
              <span className="pcb-option__label">{option.label}</span>
              {option.label !== option.name ? <span className="pcb-option__name">{option.name}</span> : null}
              {option.description ? <span className="pcb-option__description">{option.description}</span> : null}
            </li>
          ))
        : null}
    </ul>
  );
});
