import { useId, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useChipsDraft, type TextReading } from '../../hooks/useTextDraft';

/** Props of `TagsInput`. */
export interface TagsInputProps {
  /** The tags (controlled). */
  value: readonly string[];
  /** Called with the new list after a tag is added (Enter, comma, or typed text that is pending) or removed. */
  onChange: (tags: string[]) => void;
  /** The visible label of the input (and the name of the chip list). */
  label: string;
  /** How to add tags, read out with the input. */
  help: string;
  /** The name of a chip's remove button. */
  removeLabel: (tag: string) => string;
  /** Not editable and not focusable. */
  disabled?: boolean;
}

// A tag is any non-empty text; the chips draft trims it and drops repeats (the API would store both).
const readTag = (piece: string): TextReading<string> => ({ ok: true, value: piece });

/** Tags as chips: typed text counts at once; Enter or comma makes it a chip, paste splits on commas, Backspace on an empty input removes the last. */
export function TagsInput({ value, onChange, label, help, removeLabel, disabled }: TagsInputProps) {
  const draft = useChipsDraft({ value, read: readTag, onChange });
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const helpId = useId();

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (draft.paste(event.clipboardData.getData('text'))) event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      draft.confirm();
    } else if (event.key === 'Backspace' && draft.removeLast()) event.preventDefault();
  };
  const remove = (index: number) => {
    draft.removeAt(index);
    // The button leaves with its chip; focus stays in the field instead of falling to the page.
    input.current?.focus();
  };

  return (
    <div className="pcb-editor-field pcb-tags">
      <label className="pcb-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="pcb-chips">
        {draft.chips.length > 0 && (
          <ul className="pcb-chips__list" aria-label={label}>
            {draft.chips.map((tag, index) => (
              <li key={tag} className="pcb-chip">
                <span className="pcb-chip__text">{tag}</span>
                {!disabled && (
                  <button type="button" className="pcb-chip__remove" aria-label={removeLabel(tag)} onClick={() => remove(index)}>
                    {/* aria-label names the button; the glyph needs no hidden span of its own. */}
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {/* No chip on blur: the typed text counts already, and a chip appearing then would move the
            layout under the pointer whose press caused the blur, so a click on Save could miss. */}
        <input
          ref={input}
          id={inputId}
          className="pcb-input pcb-chips__input"
          type="text"
          autoComplete="off"
          aria-describedby={helpId}
          value={draft.text}
          disabled={disabled}
          onChange={(event) => draft.change(event.target.value)}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={helpId} className="pcb-hint">
        {help}
      </p>
    </div>
  );
}
