import { memo, useId } from 'react';
import { useTextDraft } from '../hooks/useTextDraft';
import type { NumberMessages } from './labels';
import { formatNumber, readNumber } from './numberText';

/** Props of the number text field shared by the editors. */
export interface NumberFieldProps {
  /** The stored value; undefined shows an empty field. */
  value: number | undefined;
  /** Called as the person types, with each valid stored value; bad text stays in the field with a message. */
  onChange: (value: number) => void;
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
  const { value, onChange, label, messages, integer, min, max, scale = 1, error, describedBy, disabled, readOnly, className } = props;
  const errorId = useId();
  const draft = useTextDraft<number | undefined>({
    value,
    parse: (text) => readNumber(text, { integer, min, max, scale }, messages),
    format: (n) => formatNumber(n, scale),
    onChange: (n) => {
      // A reading is never undefined; the draft's type includes it only for the empty field.
      if (n !== undefined) onChange(n);
    },
  });
  const message = draft.error ?? error;
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
        value={draft.text}
        onChange={(event) => draft.change(event.target.value)}
        onBlur={draft.blur}
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
