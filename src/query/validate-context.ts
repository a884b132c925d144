/**
 * What every part of the validator shares: the list of issues being collected, and the reports
 * that recur in every layer (raw values, extra keys, forms the library cannot vouch for).
 */
import type { JsonObject, NodeId, RawValue } from './ast';
import type { IssueCode, PathSegment, QueryIssue } from './issues';

/** The issues collected by one run of the validator. */
export interface ValidationContext {
  issues: QueryIssue[];
}

/** Records one issue. */
export function report(
  ctx: ValidationContext,
  severity: QueryIssue['severity'],
  code: IssueCode,
  path: PathSegment[],
  message: string,
  nodeId: NodeId | undefined,
): void {
  ctx.issues.push(nodeId === undefined ? { severity, code, path, message } : { severity, code, path, message, nodeId });
}

/**
 * Reports a raw value: its own reason when the parser gave one, otherwise (a raw value made by
 * hand) a warning with `code` and `message` that it is kept verbatim.
 */
export function reportRaw(
  ctx: ValidationContext,
  raw: RawValue,
  path: PathSegment[],
  nodeId: NodeId | undefined,
  code: IssueCode,
  message: string,
): void {
  if (raw.reason) report(ctx, raw.reason.severity, raw.reason.code as IssueCode, path, raw.reason.message, nodeId);
  else report(ctx, 'warning', code, path, message, nodeId);
}

/** Reports each key the library kept without knowing it, at the key's own path. */
export function reportExtra(
  ctx: ValidationContext,
  extra: JsonObject | undefined,
  objectPath: PathSegment[],
  nodeId: NodeId | undefined,
): void {
  if (!extra) return;
  for (const key of Object.keys(extra)) {
    report(
      ctx,
      'warning',
      'unknown-keys',
      [...objectPath, key],
      `The key "${key}" is kept as it is; the library does not know what it does. Remove it if the API rejects the query.`,
      nodeId,
    );
  }
}

/** Reports a form that only a third-party schema accepts (S): it may be fine, but nothing vouches for it. */
export function reportUnverified(
  ctx: ValidationContext,
  path: PathSegment[],
  nodeId: NodeId | undefined,
  form: string,
  instead: string,
): void {
  report(
    ctx,
    'warning',
    'unverified-form',
    path,
    `${form} is not documented by Permutive and has not been seen working with the Cohorts API, so the API may reject it or read it differently. ${instead}`,
    nodeId,
  );
}

/** The advice given with an unverified form when the library has no documented alternative to offer. */
export const CHECK_AFTER_SAVING = 'Check the cohort in the Permutive dashboard after saving.';

/** The advice that closes a sentence: CHECK_AFTER_SAVING with a lower-case first letter. */
export const CHECK_AFTER_SAVING_LOWER = 'check the cohort in the Permutive dashboard after saving.';

/** True for a string with something other than whitespace in it. */
export function isFilled(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** A value written as JSON for a message. */
export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
