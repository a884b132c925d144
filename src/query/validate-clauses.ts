/**
 * Checks of clauses: required fields, their counts and windows, their where trees, and the clause
 * forms that only a third-party schema accepts.
 */
import type { Clause, ComparisonValue, MembershipClause, TransitionClause } from './ast';
import type { PathSegment } from './issues';
import { CLAUSE_FIELDS, fieldKind, fieldOf } from './clause-fields';
import { membershipTypeMark, transitionTypeMark } from './vocabulary';
import { clauseFieldsPath } from './walk';
import {
  CHECK_AFTER_SAVING,
  isFilled,
  report,
  reportExtra,
  reportUnverified,
  type ValidationContext,
} from './validate-context';
import { checkComparison, checkWindow, type ComparisonSlot } from './validate-values';
import { checkWhere } from './validate-where';

// Every documented example of these clauses has the count, so a missing one is worth a warning.
const EXAMPLES: Record<ComparisonSlot, string> = {
  frequency: 'Add a frequency, such as at least 1 time; every documented example has one.',
  seconds: 'Add the engaged seconds, such as at least 30; every example of this clause has them.',
  completion: 'Add the completion, such as at least 0.5 (half the page); every example of this clause has it.',
  times: 'Add the number of page views, such as at least 1.',
  engaged_time: 'Add the engaged seconds each page view needs, such as at least 30.',
};

function checkCount(
  ctx: ValidationContext,
  value: ComparisonValue | undefined,
  path: PathSegment[],
  nodeId: string,
  slot: ComparisonSlot,
): void {
  if (value) checkComparison(ctx, value, path, nodeId, slot);
  else report(ctx, 'warning', 'missing-field', path, EXAMPLES[slot], nodeId);
}

/** Checks a clause found at `path`, and everything inside it. */
export function checkClause(ctx: ValidationContext, clause: Clause, path: PathSegment[]): void {
  const fields = [...path, ...clauseFieldsPath(clause)];
  const id = clause.id;
  switch (clause.kind) {
    case 'expression':
      if (!isFilled(clause.event)) {
        report(ctx, 'error', 'missing-event', [...fields, 'event'], 'Add an event name, such as Pageview.', id);
      }
      break;
    case 'engaged_views':
      reportUnverified(ctx, path, id, 'The engaged_views clause', 'Use engaged_time if it says what you need, or check the cohort in the Permutive dashboard after saving.');
      break;
    case 'transition':
      checkTransition(ctx, clause, path, fields);
      break;
    case 'membership':
      checkMembership(ctx, clause, path, fields);
      break;
    case 'in_segment':
      reportUnverified(ctx, path, id, 'The in_segment clause', 'Use has_entered with the cohort code if it fits, or check the cohort in the Permutive dashboard after saving.');
      if (typeof clause.segment === 'string' && !isFilled(clause.segment)) {
        report(ctx, 'error', 'missing-field', fields.concat('in_segment'), 'Enter the id or code of the cohort.', id);
      }
      return;
  }
  // The counts: frequency, seconds, completion, times and engaged views' engaged_time. (No warning
  // for engaged_time's `during`: see `engagedTimeWindow` in vocabulary.ts.)
  for (const key of CLAUSE_FIELDS[clause.kind]) {
    if (fieldKind(key) === 'comparison') checkCount(ctx, fieldOf(clause, key) as ComparisonValue | undefined, [...fields, key], id, key as ComparisonSlot);
  }
  if ('during' in clause) checkWindow(ctx, clause.during, [...fields, 'during'], id);
  if ('where' in clause && clause.where) checkWhere(ctx, clause.where, [...fields, 'where']);
  reportExtra(ctx, clause.extra, fields, id);
}

function checkTransition(ctx: ValidationContext, clause: TransitionClause, path: PathSegment[], fields: PathSegment[]): void {
  if (transitionTypeMark(clause.type) === 'S') {
    // Never advise has_entered for a negation: "has not entered" would become its opposite.
    const advice =
      clause.type === 'has_exited'
        ? 'Only has_entered is documented; after saving, check in the Permutive dashboard that the cohort counts people who left cohort ' + (clause.segment ?? 'the one chosen') + '.'
        : 'It is kept as written; after saving, check in the Permutive dashboard that the cohort counts the people you mean; only has_entered is documented, and it does not mean the same.';
    reportUnverified(ctx, path, clause.id, `The transition "${clause.type}"`, advice);
  }
  if (clause.segment === undefined) {
    report(ctx, 'error', 'missing-field', [...fields, 'segment'], 'Enter the code of the cohort, a whole number such as 1234.', clause.id);
  } else if (!Number.isInteger(clause.segment)) {
    report(ctx, 'error', 'missing-field', [...fields, 'segment'], `The cohort code must be a whole number such as 1234, not ${clause.segment}.`, clause.id);
  }
}

function checkMembership(ctx: ValidationContext, clause: MembershipClause, path: PathSegment[], fields: PathSegment[]): void {
  const id = clause.id;
  if (membershipTypeMark(clause.type) === 'S') {
    reportUnverified(ctx, path, id, `The clause "${clause.type}"`, CHECK_AFTER_SAVING);
  }
  const missing = (key: string, message: string) => report(ctx, 'error', 'missing-field', [...fields, key], message, id);
  if (clause.type.endsWith('connections_import_segment')) {
    if (isFilled(clause.provider)) return;
    if (clause.fieldName === undefined && clause.value === undefined) {
      missing('provider', 'Enter the provider of the connections import, or a field name and a value.');
      return;
    }
    if (!isFilled(clause.fieldName)) missing('field_name', 'Enter the field name that the value is matched against.');
    if (!isFilled(clause.value)) missing('value', 'Enter the value of the field.');
    return;
  }
  if (!isFilled(clause.provider)) {
    missing('provider', 'Enter the provider: the code of the import for a second-party segment, or the data provider for a third-party one.');
  }
  if (clause.segment === undefined || (typeof clause.segment === 'string' && !isFilled(clause.segment))) {
    missing('segment', 'Enter the code of the segment.');
  }
}
