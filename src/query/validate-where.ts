/**
 * Checks of where trees: property conditions, their operators and operands, presence conditions,
 * function conditions over arrays of objects (with where trees of their own), and where groups.
 */
import type { Condition, JsonValue, NodeId, OperatorCondition, WhereNode } from './ast';
import type { PathSegment } from './issues';
import { conditionOperatorEntry, functionNameMark, type OperandKind } from './vocabulary';
import {
  CHECK_AFTER_SAVING,
  CHECK_AFTER_SAVING_LOWER,
  isFilled,
  report,
  reportExtra,
  reportRaw,
  reportUnverified,
  show,
  type ValidationContext,
} from './validate-context';

/** Checks a where node found at `path`, and everything inside it. */
export function checkWhere(ctx: ValidationContext, node: WhereNode, path: PathSegment[]): void {
  switch (node.kind) {
    case 'raw':
      reportRaw(
        ctx,
        node,
        path,
        node.id,
        'invalid-where',
        'This condition is kept as it is because the library cannot read it; it is sent unchanged. Edit it as JSON if it needs to change.',
      );
      return;
    case 'where-group':
      if (node.children.length === 0) {
        report(ctx, 'error', 'empty-group', path, `This "${node.combinator}" group of conditions is empty; add a condition to it or remove it.`, node.id);
      }
      reportExtra(ctx, node.extra, path, node.id);
      node.children.forEach((child, i) => checkWhere(ctx, child, [...path, node.combinator, i]));
      return;
    case 'where-condition':
      if (!isFilled(node.property)) {
        report(ctx, 'error', 'missing-field', [...path, 'property'], 'Choose the property this condition tests, such as properties.client.url.', node.id);
      }
      reportExtra(ctx, node.extra, path, node.id);
      checkCondition(ctx, node.condition, [...path, 'condition'], node.id);
      return;
  }
}

function checkCondition(ctx: ValidationContext, condition: Condition, path: PathSegment[], nodeId: NodeId): void {
  switch (condition.kind) {
    case 'raw':
      reportRaw(
        ctx,
        condition,
        path,
        nodeId,
        'invalid-condition',
        'This condition is kept as it is because the library cannot read it. Write it as one operator with its value, such as {"contains": "football"}.',
      );
      return;
    case 'presence':
      reportUnverified(ctx, path, nodeId, `The condition "${condition.operator}"`, CHECK_AFTER_SAVING);
      return;
    case 'operator':
      checkOperator(ctx, condition, path, nodeId);
      return;
    case 'function': {
      const mark = functionNameMark(condition.function);
      const at = [...path, 'function'];
      if (mark === undefined) {
        report(
          ctx,
          'warning',
          'unknown-function',
          at,
          `The function ${show(condition.function)} is not one the library knows; it is kept as it is. Use "any" if the API rejects it.`,
          nodeId,
        );
      } else if (mark === 'S') {
        reportUnverified(ctx, at, nodeId, `The function "${condition.function}"`, `Use "any" if it fits, or ${CHECK_AFTER_SAVING_LOWER}`);
      }
      if (!isFilled(condition.property)) {
        report(ctx, 'error', 'missing-field', [...path, 'property'], 'Choose the property of each item to test, such as price.', nodeId);
      }
      reportExtra(ctx, condition.extra, path, nodeId);
      checkCondition(ctx, condition.condition, [...path, 'condition'], nodeId);
      if (condition.where) checkWhere(ctx, condition.where, [...path, 'where']);
      return;
    }
  }
}

function checkOperator(ctx: ValidationContext, condition: OperatorCondition, path: PathSegment[], nodeId: NodeId): void {
  const at = [...path, condition.operator];
  const entry = conditionOperatorEntry(condition.operator);
  if (!entry) {
    report(
      ctx,
      'warning',
      'unknown-operator',
      at,
      `The operator ${show(condition.operator)} is not one the library knows; it is kept as it is. Use contains, equal_to or list_contains if the API rejects it.`,
      nodeId,
    );
    return;
  }
  if (entry.mark === 'S') {
    reportUnverified(ctx, at, nodeId, `The operator "${condition.operator}"`, CHECK_AFTER_SAVING);
  }
  const problem = operandProblem(condition.operator, entry.operand, condition.operand);
  if (problem) report(ctx, 'error', problem.code, at, problem.message, nodeId);
}

const isText = (v: JsonValue): v is string => typeof v === 'string';
const isScalar = (v: JsonValue): boolean => typeof v === 'string' || typeof v === 'number';
const isListOf = (v: JsonValue, test: (item: JsonValue) => boolean): boolean => Array.isArray(v) && v.every(test);

type OperandProblem = { code: 'invalid-operand' | 'between-order'; message: string };

// What is wrong with an operand for its operator, or undefined when it fits.
function operandProblem(operator: string, kind: OperandKind, operand: JsonValue): OperandProblem | undefined {
  const invalid = (message: string): OperandProblem => ({ code: 'invalid-operand', message });
  if (Array.isArray(operand) && operand.length === 0 && (kind === 'text' || kind === 'text-list' || kind === 'scalar')) {
    return invalid(`The list of values for "${operator}" is empty; add at least one value.`);
  }
  switch (kind) {
    case 'text':
      if (operand === '') {
        return invalid(`Enter the text that "${operator}" looks for; an empty text matches everything.`);
      }
      return isText(operand) || isListOf(operand, isText)
        ? undefined
        : invalid(`"${operator}" needs a text or a list of texts, such as "football" or ["rugby", "Six Nations"]; it has ${show(operand)}.`);
    case 'text-list':
      return isListOf(operand, isText)
        ? undefined
        : invalid(`"${operator}" needs a list of texts, such as ["rugby", "Six Nations"]; it has ${show(operand)}.`);
    case 'scalar':
      return isScalar(operand) || isListOf(operand, isScalar)
        ? undefined
        : invalid(`"${operator}" needs a text or a number, or a list of them, such as "golf" or ["golf", "tennis"]; it has ${show(operand)}.`);
    case 'number':
      return typeof operand === 'number' ? undefined : invalid(`"${operator}" needs a number, such as 100; it has ${show(operand)}.`);
    case 'boolean':
      return typeof operand === 'boolean' ? undefined : invalid(`"${operator}" needs true or false; it has ${show(operand)}.`);
    case 'range': {
      const range = typeof operand === 'object' && operand !== null && !Array.isArray(operand) ? operand : undefined;
      const start = range?.start;
      const end = range?.end;
      if (typeof start !== 'number' || typeof end !== 'number') {
        return invalid(`"${operator}" needs a start and an end number, such as {"start": 50, "end": 200}; it has ${show(operand)}.`);
      }
      if (start > end) {
        return { code: 'between-order', message: `The range starts at ${start} but ends at ${end}, before it starts; swap the two numbers.` };
      }
      return undefined;
    }
    case 'unchecked':
      return undefined;
  }
}
