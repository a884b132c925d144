import { memo, useCallback } from 'react';
import type { JsonValue } from '../../query/ast';
import { choiceOf, choicesFor, conditionForChoice, operandEditorFor, type ConditionChoice } from '../../query/property-types';
import { conditionOperatorEntry } from '../../query/vocabulary';
import { RawJson } from '../RawJson';
import { FunctionConditionEditor } from './FunctionConditionEditor';
import { OperandEditor } from './OperandEditor';
import { OperatorSelect } from './OperatorSelect';
import { useWhereContext, type ConditionEditorProps } from './whereContext';

/** The operator and the value of a condition; a function condition gets its item editor; a raw one is shown as JSON. */
export const ConditionEditor = memo(function ConditionEditor(props: ConditionEditorProps) {
  const { condition, type, subject, position, itemProperties, onChange } = props;
  const ctx = useWhereContext();
  const { labels, disabled, readOnly } = ctx;
  const onChoice = useCallback((choice: ConditionChoice) => onChange(conditionForChoice(choice, type, condition)), [onChange, type, condition]);
  const onOperand = useCallback(
    (operand: JsonValue) => {
      if (condition.kind === 'operator') onChange({ ...condition, operand });
    },
    [onChange, condition],
  );
  const choice = choiceOf(condition);
  const onReset = useCallback(() => {
    if (choice !== undefined) onChange(conditionForChoice(choice, type));
  }, [onChange, choice, type]);

  if (choice === undefined || condition.kind === 'raw') {
    return (
      <span className="pcb-raw">
        <span className="pcb-hint">{labels.rawCondition}</span>
        {condition.kind === 'raw' ? <RawJson json={condition.json} /> : null}
      </span>
    );
  }
  const kind = operandEditorFor(condition, type);
  return (
    <span className="pcb-condition" data-state={kind}>
      <OperatorSelect
        value={choice}
        choices={choicesFor(type, choice, ctx.operators?.[type])}
        onChange={onChoice}
        label={labels.operatorLabel(subject)}
        names={labels.operators}
        disabled={disabled || readOnly}
      />
      {condition.kind === 'function' ? (
        <FunctionConditionEditor condition={condition} subject={subject} position={position} itemProperties={itemProperties} onChange={onChange} />
      ) : kind === 'none' || kind === 'function' ? null : (
        <OperandEditor
          kind={kind}
          operand={condition.kind === 'operator' ? condition.operand : null}
          alwaysList={kind === 'integer-list' || (condition.kind === 'operator' && conditionOperatorEntry(condition.operator)?.operand === 'text-list')}
          onChange={onOperand}
          onReset={onReset}
          subject={subject}
          labels={labels}
          disabled={disabled}
          readOnly={readOnly}
        />
      )}
    </span>
  );
});
