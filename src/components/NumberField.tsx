import { memo, useId, useState, type ChangeEvent } from 'react';
import type { NumberMessages } from './labels';
import { formatNumber, readNumber } from './numberText';

/** Props of the number text field shared by the editors. */
export interface NumberFieldProps {
  /** The stored value; undefined shows an empty field. */
  value: number | undefined;
  /** Called with a valid stored value only; bad text stays in the field with a message. */
  onValueChange: (value: number) => void;
  /** The accessible name. */
  label: string;
  messages: NumberMessages;
  integer?: boolean;
  min?: number;
  max?: number;
  scale?: number;
  /** A message from outside the field (a range whose end is before its start). */
  error?: string;
  /** Ids of further descriptions (a suffix, a hint). */
  describedBy?: string;
  disabled?: boolean;
  readOnly?: boolean;
  className?: string;
}

/**
 * A text input for a number that keeps the person's raw text: `type="number"` would drop
 * letters and minus signs silently, and the person could not see what is wrong.
 */
function NumberFieldBase(props: NumberFieldProps) {
  const { value, onValueChange, label, messages, integer, min, max, scale = 1, error, describedBy, disabled, readOnly, className } = props;
  const [text, setText] = useState(() => formatNumber(value, scale));
  const [seen, setSeen] = useState(value);
  const [touched, setTouched] = useState(false);
  const errorId = useId();
  const rules = { integer, min, max, scale };
  let reading = readNumber(text, rules, messages);

  // A new value from outside replaces text that does not already read as it.
  let shown = text;
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!(reading.ok && reading.value === value)) {
      shown = formatNumber(value, scale);
      setText(shown);
      reading = readNumber(shown, rules, messages);
    }
  } else if (reading.ok && reading.value !== value) {
    // A parent that refused the last change keeps its value: show that, not the refused text.
    shown = formatNumber(value, scale);
    reading = readNumber(shown, rules, messages);
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    setTouched(true);
    const parsed = readNumber(next, rules, messages);
    if (parsed.ok && parsed.value !== value) onValueChange(parsed.value);
  };

  // An untouched empty field is a blank to fill in, not yet a mistake.
  const ownError = reading.ok || (shown.trim() === '' && !touched) ? undefined : reading.message;
  const message = ownError ?? error;
  const ids = [message ? errorId : undefined, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <span className={className ? `pcb-number ${className}` : 'pcb-number'} data-invalid={message ? '' : undefined}>
      <input
        className="pcb-number__input"
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        aria-label={label}
        aria-invalid={message ? true : undefined}
        aria-describedby={ids}
        value={shown}
        onChange={onChange}
        onBlur={() => setTouched(true)}
        disabled={disabled}
        readOnly={readOnly}
        data-invalid={message ? '' : undefined}
        data-disabled={disabled ? '' : undefined}
      />
      {message ? (
        <span id={errorId} className="pcb-field-error">
          {message}
        </span>
      ) : null}
    </span>
  );
}

/** A number text field with inline validation; memoized, as editors repeat it hundreds of times. */
export const NumberField = memo(NumberFieldBase);
