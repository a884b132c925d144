import { useState } from 'react';

/** What a text reads as: a value, or in plain words why it is not one. */
export type TextReading<T> = { ok: true; value: T } | { ok: false; message: string };

/** Options of `useTextDraft`. */
export interface TextDraftOptions<T> {
  /** The value as its owner holds it now. */
  value: T;
  parse: (text: string) => TextReading<T>;
  format: (value: T) => string;
  /** Called on input with every text that reads as a value other than `value`. */
  onChange: (value: T) => void;
  /** Whether two values are the same (defaults to `Object.is`). */
  equals?: (a: T, b: T) => boolean;
}

/** A field's text as typed, and why it is wrong when it is. */
export interface TextDraft {
  text: string;
  /** Why the text is not a value; undefined when it is one, and for a blank nobody has touched yet. */
  error: string | undefined;
  /** Takes a new text typed by the person. */
  change: (text: string) => void;
  /** Marks the field as visited, so a blank left behind is reported. */
  blur: () => void;
}

interface DraftState<T> {
  text: string;
  /** The outside value the text was last reconciled with. */
  seen: T;
  touched: boolean;
}

/**
 * Keeps what the person typed and reports every text that reads as a value as it is typed. Text
 * that does not read stays, with its message, and is never reported. A new value from outside
 * (undo, the host) replaces the text unless the text already stands for it, so "1." is not
 * rewritten to "1" mid-typing. State only: safe on the server.
 */
export function useTextDraft<T>({ value, parse, format, onChange, equals = Object.is }: TextDraftOptions<T>): TextDraft {
  const [draft, setDraft] = useState<DraftState<T>>(() => ({ text: format(value), seen: value, touched: false }));
  const typed = parse(draft.text);
  const fits = typed.ok && equals(typed.value, value);
  const outside = !Object.is(draft.seen, value);
  // State that follows a prop, adjusted while rendering (React's own pattern): idempotent, so a
  // render React throws away would make the same adjustment again.
  if (outside) setDraft({ ...draft, text: fits ? draft.text : format(value), seen: value });
  // A text that reads always stands for the value: one the owner refused gives way to the owner's.
  const keep = fits || (!outside && !typed.ok);
  const text = keep ? draft.text : format(value);
  const reading = keep ? typed : parse(text);
  const blank = text.trim() === '' && !draft.touched;

  const change = (next: string) => {
    const read = parse(next);
    const report = read.ok && !equals(read.value, value);
    // What was reported is what the owner should come back with: seeing it is no outside change.
    setDraft({ text: next, seen: report ? read.value : value, touched: true });
    if (report) onChange(read.value);
  };
  const blur = () => setDraft((d) => (d.touched ? d : { ...d, touched: true }));
  return { text, error: reading.ok || blank ? undefined : reading.message, change, blur };
}

/** Options of `useChipsDraft`. */
export interface ChipsDraftOptions<T extends string | number> {
  /** The whole list as its owner holds it: the chips, then what the pending text reads as. */
  value: readonly T[];
  /** Reads one trimmed, non-empty piece of text as an item. */
  read: (piece: string) => TextReading<T>;
  onChange: (value: T[]) => void;
}

/** A chips field: the chips on screen, the pending text, and what the person can do to them. */
export interface ChipsDraft<T> {
  chips: readonly T[];
  text: string;
  /** Why a piece of the pending text is not an item. */
  error: string | undefined;
  /** Whether the person has typed or left the field. */
  touched: boolean;
  change: (text: string) => void;
  /** Handles a paste that holds separators (true), so the caller prevents the default. */
  paste: (pasted: string) => boolean;
  /** Turns the pending text into chips (Enter, comma, leaving the field); the value is unchanged. */
  confirm: () => void;
  removeAt: (index: number) => void;
  /** Removes the last chip when the input is empty (Backspace); false when it did not. */
  removeLast: () => boolean;
}

const SEPARATORS = /[,\n\t]/;

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => Object.is(item, b[i]));

// The items that pieces of text add to `chips` (repeats are dropped: a list value is a set), and
// the pieces that do not read, which stay in the input.
function readPieces<T extends string | number>(pieces: string[], chips: readonly T[], read: (piece: string) => TextReading<T>) {
  const items: T[] = [];
  const rejected: string[] = [];
  let message: string | undefined;
  for (const piece of pieces.map((p) => p.trim())) {
    if (piece === '') continue;
    const reading = read(piece);
    if (!reading.ok) {
      rejected.push(piece);
      message ??= reading.message;
    } else if (!chips.includes(reading.value) && !items.includes(reading.value)) items.push(reading.value);
  }
  return { items, rejected, message };
}

interface ChipsState<T> {
  text: string;
  /** How many items at the end of the value the pending text stands for. */
  counted: number;
  /** The value this state was made for; any other value came from outside. */
  basis: readonly T[];
  touched: boolean;
}

/**
 * The text draft of a list: the pending text counts as items as it is typed, so the value is
 * always the chips plus what the input reads as. A value from outside that is not the one last
 * reported (undo, a refusal) clears the pending text. State only: safe on the server.
 */
export function useChipsDraft<T extends string | number>({ value, read, onChange }: ChipsDraftOptions<T>): ChipsDraft<T> {
  const [draft, setDraft] = useState<ChipsState<T>>(() => ({ text: '', counted: 0, basis: value, touched: false }));
  const outside = !sameItems(draft.basis, value);
  if (outside) setDraft({ ...draft, text: '', counted: 0, basis: value });
  const text = outside ? '' : draft.text;
  const chips = outside || draft.counted === 0 ? value : value.slice(0, value.length - draft.counted);

  // Sets the pending text over these chips and reports the list they make together.
  const settle = (nextText: string, nextChips: readonly T[]) => {
    const { items } = readPieces(nextText.split(SEPARATORS), nextChips, read);
    const next = [...nextChips, ...items];
    setDraft({ text: nextText, counted: items.length, basis: next, touched: true });
    if (!sameItems(next, value)) onChange(next);
  };
  const change = (typed: string) => {
    if (!SEPARATORS.test(typed)) return settle(typed, chips);
    // What comes before the last separator is confirmed; the rest is still being typed.
    const pieces = typed.split(SEPARATORS);
    const last = pieces.pop() ?? '';
    const { items, rejected } = readPieces(pieces, chips, read);
    settle([...rejected, last].filter((t) => t !== '').join(', '), [...chips, ...items]);
  };
  const paste = (pasted: string) => {
    if (!SEPARATORS.test(pasted)) return false;
    const { items, rejected } = readPieces((text + pasted).split(SEPARATORS), chips, read);
    settle(rejected.join(', '), [...chips, ...items]);
    return true;
  };
  const confirm = () => {
    const { items, rejected } = readPieces(text.split(SEPARATORS), chips, read);
    settle(rejected.join(', '), [...chips, ...items]);
  };
  const removeLast = () => {
    if (text !== '' || chips.length === 0) return false;
    settle('', chips.slice(0, -1));
    return true;
  };
  const removeAt = (index: number) => settle(text, chips.filter((_, i) => i !== index));
  const { message } = readPieces(text.split(SEPARATORS), chips, read);
  return { chips, text, error: message, touched: draft.touched, change, paste, confirm, removeAt, removeLast };
}
