import type { Comparison, ComparisonOperator, Condition, JsonValue, WhereCondition } from '../../src/query/ast';
import { createIdGenerator } from '../../src/query/ids';
import type { QueryIssue } from '../../src/query/issues';
import { createWhereCondition } from '../../src/query/nodes';

/** A deterministic id generator for one test: n1, n2, ... */
export const freshIds = () => createIdGenerator('n');

/** `{operator: value}` as a comparison node. */
export const cmp = (operator: ComparisonOperator | (string & {}), value: number): Comparison => ({ kind: 'comparison', operator, value });

/** `{operator: operand}` as a condition. */
export const op = (operator: string, operand: JsonValue): Condition => ({ kind: 'operator', operator, operand });

/** A where condition on a property with a condition. */
export const cond = (ids: () => string, property: string, condition: Condition): WhereCondition =>
  createWhereCondition(ids, { property, condition });

/** The issues with one code. */
export const withCode = (issues: QueryIssue[], code: string) => issues.filter((issue) => issue.code === code);
