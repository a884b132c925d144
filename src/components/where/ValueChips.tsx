import { memo, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { WhereLabels } from '../labels';
import { readNumber } from '../numberText';
import { useWhereAids } from './WhereAids';

/** Props of `ValueChips`. */
export interface ValueChipsProps {
  values: readonly (string | number)[];
  onValuesChange: (values: (string | number)[]) => void;
  /** What each value is: text is kept as typed (trimmed); numbers must read as numbers. */
  itemKind: 'text' | 'number' | 'integer';
  /** The input's name ("Value for properties.tags"). */
  label: string;
  /** The list's name ("Values for properties.tags"). */
  listLabel: string;
  labels: WhereLabels;
  disabled?: boolean;
  readOnly?: boolean;
}

const SEPARATORS = /[,\n\t]/;

function ValueChipsBase(props: ValueChipsProps) {
  const { values, onValuesChange, itemKind, label, listLabel, labels, disabled, readOnly } = props;
  const [draft, setDraft] = useState('');
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ownHintId = useId();
  // The where editor's (or builder's) one hint serves every chips input that would say the same.
  const aids = useWhereAids();
  const sharedHintId = aids?.valueHint === labels.addValueHint ? aids.valueHintId : undefined;
  const hintId = sharedHintId ?? ownHintId;
  const errorId = useId();

  // Adds the texts that read as values; returns those that do not, so they stay in the input.
  const commit = (texts: string[]): string[] => {
    const next = [...values];
    const rejected: string[] = [];
    let message: string | undefined;
    for (const raw of texts) {
      const text = raw.trim();
      if (text === '') continue;
      let item: string | number = text;
      if (itemKind !== 'text') {
        const reading = readNumber(text, { integer: itemKind === 'integer' }, labels);
        if (!reading.ok) {
          rejected.push(text);
          message ??= reading.message;
          continue;
        }
        item = reading.value;
      }
      if (!next.includes(item)) next.push(item);
    }
    setFailure(message);
    if (next.length !== values.length) onValuesChange(next);
    return rejected;
  };

  const onInput = (text: string) => {
    setTouched(true);
    if (!SEPARATORS.test(text)) {
      setDraft(text);
      setFailure(undefined);
      return;
    }
    const parts = text.split(SEPARATORS);
    const last = parts.pop() ?? '';
    setDraft([...commit(parts), last].filter((t) => t !== '').join(', '));
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (!SEPARATORS.test(pasted)) return;
    event.preventDefault();
    setTouched(true);
    setDraft(commit((draft + pasted).split(SEPARATORS)).join(', '));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      setDraft(commit([draft]).join(', '));
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0 && !readOnly) {
      event.preventDefault();
      onValuesChange(values.slice(0, -1));
    }
  };
  const removeAt = (index: number) => {
    onValuesChange(values.filter((_, i) => i !== index));
    // The button goes away with its chip; keep focus in the editor rather than on the page.
    input.current?.focus();
  };

  const message = failure ?? (touched && values.length === 0 && draft.trim() === '' ? labels.valuesEmpty : undefined);
  return (
    <div className="pcb-chips" data-invalid={message ? '' : undefined} data-disabled={disabled ? '' : undefined}>
      {values.length > 0 ? (
        <ul className="pcb-chips__list" aria-label={listLabel}>
          {values.map((value, i) => (
            <li key={`${i}:${value}`} className="pcb-chip">
              {/* The text sits in the chip itself (an anonymous flex item): a span per chip is thousands in a big builder. */}
              {String(value)}
              {readOnly || disabled ? null : (
                <button type="button" className="pcb-chip__remove" aria-label={labels.removeValue(String(value))} onClick={() => removeAt(i)}>
                  {/* aria-label names the button; the glyph needs no hidden span of its own (one per chip adds up). */}
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <input
        ref={input}
        className="pcb-input pcb-chips__input"
        type="text"
        autoComplete="off"
        inputMode={itemKind === 'text' ? 'text' : itemKind === 'integer' ? 'numeric' : 'decimal'}
        aria-label={label}
        aria-describedby={message ? `${errorId} ${hintId}` : hintId}
        aria-invalid={message ? true : undefined}
        value={draft}
        onChange={(event) => onInput(event.target.value)}
        onPaste={onPaste}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setTouched(true);
          if (draft.trim() !== '') setDraft(commit([draft]).join(', '));
        }}
        disabled={disabled}
        readOnly={readOnly}
      />
      {sharedHintId ? null : (
        <span id={ownHintId} hidden>
          {labels.addValueHint}
        </span>
      )}
      {message ? (
        <span id={errorId} className="pcb-field-error">
          {message}
        </span>
      ) : null}
    </div>
  );
}

/** A list of values as chips: Enter or comma adds, paste splits on commas, newlines and tabs, Backspace removes the last. */
export const ValueChips = memo(ValueChipsBase);
