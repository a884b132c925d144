import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';

/** Props of `TagsInput`. */
export interface TagsInputProps {
  value: readonly string[];
  onChange: (tags: string[]) => void;
  /** The visible label of the input (and the name of the chip list). */
  label: string;
  /** How to add tags, read out with the input. */
  help: string;
  /** The name of a chip's remove button. */
  removeLabel: (tag: string) => string;
  disabled?: boolean;
}

const SEPARATORS = /[,\n\t]/;

/** Tags as chips: Enter or comma adds, paste splits on commas, Backspace on an empty input removes the last. */
export function TagsInput({ value, onChange, label, help, removeLabel, disabled }: TagsInputProps) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const helpId = useId();

  // Adds every new, non-empty tag among `parts` (duplicates would be sent to the API twice).
  const commit = (parts: string[]) => {
    const next = [...value];
    for (const part of parts.map((p) => p.trim())) if (part !== '' && !next.includes(part)) next.push(part);
    if (next.length !== value.length) onChange(next);
  };
  const onInput = (typed: string) => {
    if (!SEPARATORS.test(typed)) return setText(typed);
    const parts = typed.split(SEPARATORS);
    setText(parts.pop() ?? '');
    commit(parts);
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (!SEPARATORS.test(pasted)) return;
    event.preventDefault();
    commit((text + pasted).split(SEPARATORS));
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit([text]);
      setText('');
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      event.preventDefault();
      onChange(value.slice(0, -1));
    }
  };
  const remove = (tag: string) => {
    onChange(value.filter((each) => each !== tag));
    // The button leaves with its chip; focus stays in the field instead of falling to the page.
    input.current?.focus();
  };

  return (
    <div className="pcb-editor-field pcb-tags">
      <label className="pcb-label" htmlFor={inputId}>
        {label}
      </label>
      <div className="pcb-chips">
        {value.length > 0 && (
          <ul className="pcb-chips__list" aria-label={label}>
            {value.map((tag) => (
              <li key={tag} className="pcb-chip">
                <span className="pcb-chip__text">{tag}</span>
                {!disabled && (
                  <button type="button" className="pcb-chip__remove" aria-label={removeLabel(tag)} onClick={() => remove(tag)}>
                    {/* aria-label names the button; the glyph needs no hidden span of its own. */}
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <input
          ref={input}
          id={inputId}
          className="pcb-input pcb-chips__input"
          type="text"
          autoComplete="off"
          aria-describedby={helpId}
          value={text}
          disabled={disabled}
          onChange={(event) => onInput(event.target.value)}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // A tag typed but not yet confirmed is still what the person meant.
            commit([text]);
            setText('');
          }}
        />
      </div>
      <p id={helpId} className="pcb-hint">
        {help}
      </p>
    </div>
  );
}
