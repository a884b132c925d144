import type { TextReading } from '../hooks/useTextDraft';
import type { NumberMessages } from './labels';

/** What a number field accepts; `min`/`max` are in stored units, shown as stored × `scale`. */
export interface NumberRules {
  integer?: boolean;
  min?: number;
  max?: number;
  scale?: number;
}

/** The outcome of reading a number field's text. */
export type NumberReading = TextReading<number>;

// Digits with an optional sign, fraction and exponent; `Number()` alone would also take
// "0x1f", "Infinity" and "" (as 0), none of which a person means as a count.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

// Twelve significant digits hide binary noise such as 0.07 × 100 = 7.000000000000001.
const tidy = (n: number): number => Number(n.toPrecision(12));

/** The text a field shows for a stored value. */
export function formatNumber(value: number | undefined, scale = 1): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(tidy(value * scale));
}

/** Reads a field's text into a stored value, or says in plain words what is wrong with it. */
export function readNumber(text: string, rules: NumberRules, messages: NumberMessages): NumberReading {
  const scale = rules.scale ?? 1;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: messages.numberEmpty };
  if (!NUMBER.test(trimmed)) return { ok: false, message: messages.numberInvalid };
  const value = tidy(Number(trimmed) / scale);
  if (!Number.isFinite(value)) return { ok: false, message: messages.numberInvalid };
  if (rules.min !== undefined && value < rules.min) return { ok: false, message: messages.numberTooSmall(tidy(rules.min * scale)) };
  if (rules.max !== undefined && value > rules.max) return { ok: false, message: messages.numberTooLarge(tidy(rules.max * scale)) };
  if (rules.integer && !Number.isInteger(value)) return { ok: false, message: messages.numberNotInteger };
  return { ok: true, value };
}
