import { useId, useState } from 'react';

/** Reads typed text into a value, or says what is wrong with it. */
export type TextParser<T> = (text: string) => { value: T } | { error: string };

/**
 * A labelled text input for a value that must be read from text (a cohort code, a segment). Bad
 * text shows an inline message and is kept; only good text reaches `onChange`.
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
}) {
  const id = useId();
  const [shown, setShown] = useState(value);
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | undefined>();
  if (!Object.is(shown, value)) {
    // A new value from outside: show it, unless it is what the current text already says.
    setShown(value);
    const parsed = parse(text);
    if (!('value' in parsed) || !Object.is(parsed.value, value)) {
      setText(format(value));
      setError(undefined);
    }
  }
  return (
    <div className="pcb-field" data-invalid={error ? true : undefined}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        inputMode={inputMode}
        list={list}
        readOnly={readOnly}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const parsed = parse(next);
          if ('error' in parsed) return setError(parsed.error);
          setError(undefined);
          onChange(parsed.value);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="pcb-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
