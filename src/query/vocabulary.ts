/**
 * The vocabulary of the Cohort API query format, each form with its mark from the format
 * reference: D (documented by Permutive), O (observed on the wire), S (a third-party schema only).
 *
 * This is the single place that knows marks: the validator warns about S forms, `describe` words
 * every entry, and the editors offer the entries whose `offered` flag is set.
 */
import type {
  Clause,
  ComparisonOperator,
  ConditionOperator,
  FunctionName,
  MembershipType,
  TransitionType,
} from './ast';

/** Where a form is known from: D documented, O observed on the wire, S a third-party schema only. */
export type Mark = 'D' | 'O' | 'S';

/** One form of the vocabulary with its mark. */
export interface VocabularyEntry<T extends string> {
  value: T;
  mark: Mark;
  /** Offered by the editors by default: D and O forms, plus the S forms a person needs to say "not". */
  offered: boolean;
}

/** True for D and O forms: the library can vouch for them. */
export function isVerified(mark: Mark): boolean {
  return mark === 'D' || mark === 'O';
}

// `negation` marks the S forms that are the only way to say "not" (format reference, Negation).
// The tables below are built by calls; marked free of side effects, so a bundler drops the tables
// an app does not use (an app that only validates needs the marks, not the editors' lists).
/* @__NO_SIDE_EFFECTS__ */
function entry<T extends string>(value: T, mark: Mark, negation = false): VocabularyEntry<T> {
  return { value, mark, offered: isVerified(mark) || negation };
}

/** Comparison operators of `frequency`, `seconds`, `completion`, `times`, in editor order. */
export const comparisonOperators: readonly VocabularyEntry<ComparisonOperator>[] = [
  entry('greater_than_or_equal_to', 'D'),
  entry('greater_than', 'O'),
  entry('equal_to', 'O'),
  entry('less_than_or_equal_to', 'S'),
  entry('less_than', 'S', true),
];

/** What a condition operator takes as its operand (format reference, Where). */
export type OperandKind =
  /** a string, or a list of strings meaning any of them */
  | 'text'
  /** a list of strings (the property is a list) */
  | 'text-list'
  /** a string or number, or a list of them meaning any of them */
  | 'scalar'
  | 'number'
  /** `{"start": n, "end": m}` */
  | 'range'
  | 'boolean'
  /** the format of the operand is guessed by the only source; the library does not check it */
  | 'unchecked';

/** A condition operator with its mark and the operand it takes. */
export interface ConditionOperatorEntry extends VocabularyEntry<ConditionOperator> {
  operand: OperandKind;
}

/* @__NO_SIDE_EFFECTS__ */
function condition(value: ConditionOperator, mark: Mark, operand: OperandKind, negation = false): ConditionOperatorEntry {
  return { ...entry(value, mark, negation), operand };
}

/** Operators of a property condition `{operator: operand}`, in editor order. */
export const conditionOperators: readonly ConditionOperatorEntry[] = [
  condition('contains', 'D', 'text'),
  condition('does_not_contain', 'S', 'text', true),
  condition('equal_to', 'O', 'scalar'),
  condition('not_equal_to', 'S', 'scalar', true),
  condition('list_contains', 'O', 'text-list'),
  condition('list_does_not_contain', 'S', 'text-list', true),
  condition('greater_than', 'S', 'number'),
  condition('greater_than_or_equal_to', 'S', 'number'),
  condition('less_than', 'S', 'number'),
  condition('less_than_or_equal_to', 'S', 'number'),
  condition('between', 'S', 'range'),
  condition('boolean_equal_to', 'S', 'boolean'),
  condition('float_equal_to', 'S', 'unchecked'),
  condition('list_contains_integer', 'S', 'unchecked'),
  condition('date_equal_to', 'S', 'unchecked'),
  condition('float_between', 'S', 'unchecked'),
  condition('date_between', 'S', 'unchecked'),
];

/** The bare-string conditions `"is_empty"` / `"is_not_empty"` (S). */
export const presenceOperators: readonly VocabularyEntry<'is_empty' | 'is_not_empty'>[] = [
  entry('is_empty', 'S'),
  entry('is_not_empty', 'S'),
];

/** Function names of a function condition; the aggregates have unknown semantics and are not offered. */
export const functionNames: readonly VocabularyEntry<FunctionName>[] = [
  entry('any', 'O'),
  entry('all', 'S'),
  entry('sum', 'S'),
  entry('product', 'S'),
  entry('count', 'S'),
  entry('mean', 'S'),
];

/** Units of a `the_last` window. `seconds` is offered by the dashboard but appears in no source. */
export const windowUnits: readonly VocabularyEntry<string>[] = [
  entry('days', 'D'),
  ...['hours', 'minutes', 'weeks', 'months', 'day', 'hour', 'minute', 'week', 'month', 'seconds', 'second'].map(
    (unit) => entry(unit, 'S'),
  ),
];

/** Forms of a `during` window: `the_last` (D) and the string `"this_session"` (S). */
export const windowKinds: readonly VocabularyEntry<'the_last' | 'this_session'>[] = [
  entry('the_last', 'D'),
  entry('this_session', 'S'),
];

/** Clause kinds of the AST with the mark of their body (transition and membership marks are per type). */
export const clauseKinds: readonly VocabularyEntry<Clause['kind']>[] = [
  entry('expression', 'D'),
  entry('engaged_time', 'O'),
  entry('engaged_completion', 'O'),
  entry('engaged_views', 'S'),
  entry('transition', 'O'),
  entry('membership', 'O'),
  entry('in_segment', 'S'),
];

/** Transition keys: `has_entered` (O), the rest (S). */
export const transitionTypes: readonly VocabularyEntry<TransitionType>[] = [
  entry('has_entered', 'O'),
  entry('has_not_entered', 'S', true),
  entry('has_exited', 'S'),
  entry('has_not_exited', 'S', true),
];

/** Membership keys: second- and third-party (O), their negations and connections imports (S). */
export const membershipTypes: readonly VocabularyEntry<MembershipType>[] = [
  entry('in_second_party_segment', 'O'),
  entry('not_in_second_party_segment', 'S', true),
  entry('in_third_party_segment', 'O'),
  entry('not_in_third_party_segment', 'S', true),
  entry('in_connections_import_segment', 'S'),
  entry('not_in_connections_import_segment', 'S', true),
];

/**
 * A `during` window on `engaged_time`. Its JSON spelling is S, but Permutive documents engaged time
 * as "the total active time over a period" and the documented example (corpus inf-04, D*) has one,
 * so it is offered, and the validator does not warn about it.
 */
export const engagedTimeWindow: VocabularyEntry<'during'> = { value: 'during', mark: 'S', offered: true };

// Lookups by value: Maps so that an operator named `constructor` or `__proto__` is not "known".
// Free of side effects too, so an app keeps only the lookups it calls.
/* @__NO_SIDE_EFFECTS__ */
function lookup<E extends VocabularyEntry<string>>(entries: readonly E[]): (value: string) => E | undefined {
  const index = new Map(entries.map((e) => [e.value, e]));
  return (value) => index.get(value);
}

/* @__NO_SIDE_EFFECTS__ */
function markLookup(entries: readonly VocabularyEntry<string>[]): (value: string) => Mark | undefined {
  const find = lookup(entries);
  return (value) => find(value)?.mark;
}

/** The mark of a comparison operator, or undefined when the library does not know it. */
export const comparisonOperatorMark = markLookup(comparisonOperators);

/** The entry of a condition operator, or undefined when the library does not know it. */
export const conditionOperatorEntry = lookup(conditionOperators);

/** The mark of a function name, or undefined when the library does not know it. */
export const functionNameMark = markLookup(functionNames);

/** The mark of a window unit, or undefined when the library does not know it. */
export const windowUnitMark = markLookup(windowUnits);

/** The mark of a transition type, or undefined when it is none. */
export const transitionTypeMark = markLookup(transitionTypes);

/** The mark of a membership type, or undefined when it is none. */
export const membershipTypeMark = markLookup(membershipTypes);

/** The mark of an AST clause kind. */
export const clauseKindMark = markLookup(clauseKinds);

/** The offered entries of a vocabulary list: what an editor shows by default. */
export function offered<E extends VocabularyEntry<string>>(entries: readonly E[]): E[] {
  return entries.filter((e) => e.offered);
}
