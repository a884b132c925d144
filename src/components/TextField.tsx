import { useId } from 'react';
import { useTextDraft } from '../hooks/useTextDraft';

/** Reads typed text into a value, or says what is wrong with it. */
export type TextParser<T> = (text: string) => { value: T } | { error: string };

/**
 * A labelled text input for a value that must be read from text (a cohort code, a segment). Each
 * good text reaches `onChange` as it is typed; bad text shows an inline message and is kept.
 */
export function TextField<T>({
  label,
  value,
  format,
  parse,
  onChange,
  readOnly,
  disabled,
  inputMode,
  list,
  hideLabel,
}: {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: TextParser<T>;
  onChange: (value: T) => void;
  readOnly?: boolean;
  disabled?: boolean;
  inputMode?: 'numeric' | 'text';
  list?: string;
  /** Keep the label for assistive technology only: the field sits in a sentence whose words name it. */
  hideLabel?: boolean;
}) {
  const id = useId();
  const draft = useTextDraft<T>({
    value,
    parse: (text) => {
      const read = parse(text);
      return 'error' in read ? { ok: false, message: read.error } : { ok: true, value: read.value };
    },
    format,
    onChange,
  });
  const { error } = draft;
  return (
    <span className={hideLabel ? 'pcb-field pcb-phrase' : 'pcb-field'} data-invalid={error ? '' : undefined}>
      <label htmlFor={id} className={hideLabel ? 'pcb-visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        value={draft.text}
        inputMode={inputMode}
        list={list}
        readOnly={readOnly}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => draft.change(event.target.value)}
        onBlur={draft.blur}
      />
      {error && (
        <span id={`${id}-error`} className="pcb-field-error">
          {error}
        </span>
      )}
    </span>
  );
}
