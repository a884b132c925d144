/**
 * Checks of the values inside clauses: comparisons (`frequency`, `seconds`, `completion`, `times`,
 * engaged views' `engaged_time`) and `during` windows.
 */
import type { ComparisonValue, NodeId, Window } from './ast';
import type { PathSegment } from './issues';
import { comparisonOperatorMark, windowUnitMark } from './vocabulary';
import { CHECK_AFTER_SAVING, CHECK_AFTER_SAVING_LOWER, report, reportRaw, reportUnverified, show, type ValidationContext } from './validate-context';

/** Which count a comparison holds; it decides the range of its number. */
export type ComparisonSlot = 'frequency' | 'times' | 'seconds' | 'engaged_time' | 'completion';

// What each count is, in the words of a message (completion is a share, with its own message).
const NOUNS: Record<Exclude<ComparisonSlot, 'completion'>, string> = {
  frequency: 'number of times',
  times: 'number of page views',
  seconds: 'number of engaged seconds',
  engaged_time: 'number of engaged seconds per page view',
};

/** Checks a comparison found at `path` (its object). */
export function checkComparison(
  ctx: ValidationContext,
  value: ComparisonValue,
  path: PathSegment[],
  nodeId: NodeId,
  slot: ComparisonSlot,
): void {
  if (value.kind === 'raw') {
    reportRaw(
      ctx,
      value,
      path,
      nodeId,
      'invalid-comparison',
      `This comparison is kept as it is because the library cannot read it. Write it as one operator with a number, such as {"greater_than_or_equal_to": 1}.`,
    );
    return;
  }
  const at = [...path, value.operator];
  const mark = comparisonOperatorMark(value.operator);
  if (mark === undefined) {
    report(
      ctx,
      'warning',
      'unknown-operator',
      at,
      `The operator "${value.operator}" is not one the library knows; it is kept as it is. Use greater_than_or_equal_to, greater_than or equal_to if the API rejects it.`,
      nodeId,
    );
  } else if (mark === 'S') {
    const instead =
      slot === 'frequency'
        ? 'To say "never", use exactly 0 times (equal_to 0); otherwise check the cohort in the Permutive dashboard after saving.'
        : CHECK_AFTER_SAVING;
    reportUnverified(ctx, at, nodeId, `The operator "${value.operator}"`, instead);
  }
  checkRange(ctx, value.value, at, nodeId, slot);
}

function checkRange(ctx: ValidationContext, n: number, at: PathSegment[], nodeId: NodeId, slot: ComparisonSlot): void {
  if (slot === 'completion') {
    if (n < 0 || n > 1) {
      report(
        ctx,
        'error',
        'completion-range',
        at,
        `Completion is the share of the page scrolled, from 0 to 1 (0.4 means 40%), so ${show(n)} cannot be right; use a value from 0 to 1.`,
        nodeId,
      );
    }
    return;
  }
  const noun = NOUNS[slot];
  // Times and page views are whole numbers; seconds need not be.
  if (n < 0) {
    report(ctx, 'error', 'negative-count', at, `A count cannot be negative: the ${noun} is ${show(n)}. Use 0 or more.`, nodeId);
  } else if ((slot === 'frequency' || slot === 'times') && !Number.isInteger(n)) {
    report(
      ctx,
      'error',
      'not-integer',
      at,
      `The ${noun} must be a whole number, not ${show(n)}; use ${Math.floor(n)} or ${Math.ceil(n)}.`,
      nodeId,
    );
  }
}

/** Checks a `during` window found at `path`; an absent window means all time and is fine. */
export function checkWindow(ctx: ValidationContext, window: Window | undefined, path: PathSegment[], nodeId: NodeId): void {
  if (!window) return;
  if (window.kind === 'raw') {
    reportRaw(
      ctx,
      window,
      path,
      nodeId,
      'unknown-window',
      `This window is kept as it is because the library does not know this form. Use {"the_last": {"value": 30, "unit": "days"}}, or leave out "during" for all time.`,
    );
    return;
  }
  if (window.kind === 'this_session') {
    reportUnverified(ctx, path, nodeId, 'The window "this_session"', `Use a window of the last few days instead, or ${CHECK_AFTER_SAVING_LOWER}`);
    return;
  }
  if (!Number.isInteger(window.value) || window.value <= 0) {
    report(
      ctx,
      'error',
      'invalid-window',
      [...path, 'the_last', 'value'],
      `The length of the window must be a whole number greater than 0, not ${show(window.value)}; use 1 or more.`,
      nodeId,
    );
  }
  const mark = windowUnitMark(window.unit);
  const unitPath = [...path, 'the_last', 'unit'];
  if (mark === undefined) {
    report(
      ctx,
      'warning',
      'unknown-window',
      unitPath,
      `The unit ${show(window.unit)} is not one the library knows; it is kept as it is. Use "days", the documented unit.`,
      nodeId,
    );
  } else if (mark === 'S') {
    reportUnverified(ctx, unitPath, nodeId, `The unit ${show(window.unit)}`, `Use "days" (the documented unit), or ${CHECK_AFTER_SAVING_LOWER}`);
  }
}
