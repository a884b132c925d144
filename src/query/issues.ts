import type { NodeId } from './ast';

/** A step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** Something wrong (error) or unvouched-for (warning) in a query, located by its JSON path. */
export interface QueryIssue {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** JSON path into the query's wire form (the same as into the parsed input: nothing is lost). */
  path: PathSegment[];
  /** A sentence a person can act on. */
  message: string;
  /** The nearest node with an id that holds the problem, for showing the issue next to it. */
  nodeId?: NodeId;
}

/** Every issue code the library reports. */
export type IssueCode =
  // input bounds (parse only; the query is undefined)
  | 'not-json-object'
  | 'too-deep'
  | 'too-large'
  // structure
  | 'unknown-clause'
  | 'invalid-clause'
  | 'invalid-where'
  | 'invalid-condition'
  | 'invalid-comparison'
  | 'invalid-window'
  | 'invalid-operand'
  | 'empty-group'
  | 'missing-event'
  | 'missing-field'
  | 'negative-count'
  | 'not-integer'
  | 'completion-range'
  | 'between-order'
  // forms the library cannot vouch for
  | 'unknown-operator'
  | 'unknown-function'
  | 'unknown-window'
  | 'unknown-keys'
  | 'unverified-form'
  | 'not-cnf';

/** True when any issue is an error (errors block create and update). */
export function hasErrors(issues: readonly QueryIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
