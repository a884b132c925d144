import { memo, useCallback, useId, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useChipsDraft, type TextReading } from '../../hooks/useTextDraft';
import type { WhereLabels } from '../labels';
import { readNumber } from '../numberText';
import { useWhereAids } from './WhereAids';

/** Props of `ValueChips`. */
export interface ValueChipsProps {
  /** The values: the chips, then what the pending text in the input reads as. */
  value: readonly (string | number)[];
  /** Called as the person types, with the chips plus the pending text's values. */
  onChange: (value: (string | number)[]) => void;
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

function ValueChipsBase(props: ValueChipsProps) {
  const { value, onChange, itemKind, label, listLabel, labels, disabled, readOnly } = props;
  const read = useCallback(
    (piece: string): TextReading<string | number> => (itemKind === 'text' ? { ok: true, value: piece } : readNumber(piece, { integer: itemKind === 'integer' }, labels)),
    [itemKind, labels],
  );
  const draft = useChipsDraft({ value, read, onChange });
  const input = useRef<HTMLInputElement>(null);
  const ownHintId = useId();
  // The where editor's (or builder's) one hint serves every chips input that would say the same.
  const aids = useWhereAids();
  const sharedHintId = aids?.valueHint === labels.addValueHint ? aids.valueHintId : undefined;
  const hintId = sharedHintId ?? ownHintId;
  const errorId = useId();

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (draft.paste(event.clipboardData.getData('text'))) event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      draft.confirm();
    } else if (event.key === 'Backspace' && !readOnly && draft.removeLast()) event.preventDefault();
  };
  const removeAt = (index: number) => {
    draft.removeAt(index);
    // The button goes away with its chip; keep focus in the editor rather than on the page.
    input.current?.focus();
  };

  const empty = draft.touched && draft.chips.length === 0 && draft.text.trim() === '';
  const message = draft.error ?? (empty ? labels.valuesEmpty : undefined);
  return (
    <div className="pcb-chips" data-invalid={message ? '' : undefined} data-disabled={disabled ? '' : undefined}>
      {draft.chips.length > 0 ? (
        <ul className="pcb-chips__list" aria-label={listLabel}>
          {draft.chips.map((chip, i) => (
            <li key={`${i}:${chip}`} className="pcb-chip">
              {/* The text sits in the chip itself (an anonymous flex item): a span per chip is thousands in a big builder. */}
              {String(chip)}
              {readOnly || disabled ? null : (
                <button type="button" className="pcb-chip__remove" aria-label={labels.removeValue(String(chip))} onClick={() => removeAt(i)}>
                  {/* aria-label names the button; the glyph needs no hidden span of its own (one per chip adds up). */}
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {/* No chip on blur: the typed text counts already, and a chip appearing then would move the
          layout under the pointer whose press caused the blur, so a click on Save could miss. */}
      <input
        ref={input}
        className="pcb-input pcb-chips__input"
        type="text"
        autoComplete="off"
        inputMode={itemKind === 'text' ? 'text' : itemKind === 'integer' ? 'numeric' : 'decimal'}
        aria-label={label}
        aria-describedby={message ? `${errorId} ${hintId}` : hintId}
        aria-invalid={message ? true : undefined}
        value={draft.text}
        onChange={(event) => draft.change(event.target.value)}
        onPaste={onPaste}
        onKeyDown={onKeyDown}
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

/** A list of values as chips: typed text counts at once; Enter or comma makes it a chip, paste splits, Backspace removes the last. */
export const ValueChips = memo(ValueChipsBase);
