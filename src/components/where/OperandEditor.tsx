import { memo, useCallback } from 'react';
import type { JsonObject, JsonValue } from '../../query/ast';
import type { OperandEditorKind } from '../../query/property-types';
import type { WhereLabels } from '../labels';
import { NumberField } from '../NumberField';
import { RawJson } from '../RawJson';
import { BetweenEditor } from './BetweenEditor';
import { ValueChips } from './ValueChips';

/** Props of `OperandEditor`. */
export interface OperandEditorProps {
  kind: Exclude<OperandEditorKind, 'none' | 'function'>;
  operand: JsonValue;
  /** Lists stay lists; a single text stays a text until a second value is added (both are valid wire forms). */
  alwaysList: boolean;
  onChange: (operand: JsonValue) => void;
  /** Puts back an operand that fits the operator, when the one that came in does not. */
  onReset: () => void;
  subject: string;
  labels: WhereLabels;
  disabled?: boolean;
  readOnly?: boolean;
}

function asList(operand: JsonValue): (string | number)[] {
  if (Array.isArray(operand)) return operand.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  return typeof operand === 'string' && operand !== '' ? [operand] : [];
}

/** The value editor that fits an operator: chips, a number, a range, true/false, a date, or the JSON as it came. */
export const OperandEditor = memo(function OperandEditor(props: OperandEditorProps) {
  const { kind, operand, alwaysList, onChange, onReset, subject, labels, disabled, readOnly } = props;
  const onValues = useCallback(
    (values: (string | number)[]) => onChange(alwaysList || Array.isArray(operand) || values.length > 1 ? values : (values[0] ?? '')),
    [onChange, alwaysList, operand],
  );
  const onNumber = useCallback((n: number) => onChange(n), [onChange]);
  const onRange = useCallback((range: JsonObject) => onChange(range), [onChange]);
  switch (kind) {
    case 'text-list':
    case 'number-list':
    case 'integer-list':
      return (
        <ValueChips
          value={asList(operand)}
          onChange={onValues}
          itemKind={kind === 'text-list' ? 'text' : kind === 'number-list' ? 'number' : 'integer'}
          label={labels.valueLabel(subject)}
          listLabel={labels.valuesLabel(subject)}
          labels={labels}
          disabled={disabled}
          readOnly={readOnly}
        />
      );
    case 'number':
      return (
        <NumberField
          value={typeof operand === 'number' ? operand : undefined}
          onChange={onNumber}
          label={labels.valueLabel(subject)}
          messages={labels}
          disabled={disabled}
          readOnly={readOnly}
        />
      );
    case 'range':
      return <BetweenEditor value={operand as JsonObject} onChange={onRange} subject={subject} labels={labels} disabled={disabled} readOnly={readOnly} />;
    case 'boolean':
      return (
        <select className="pcb-select" aria-label={labels.valueLabel(subject)} value={String(operand)} onChange={(e) => onChange(e.target.value === 'true')} disabled={disabled || readOnly}>
          <option value="true">{labels.trueLabel}</option>
          <option value="false">{labels.falseLabel}</option>
        </select>
      );
    case 'date':
      return (
        <input className="pcb-input" type="date" aria-label={labels.valueLabel(subject)} value={String(operand)} onChange={(e) => onChange(e.target.value)} disabled={disabled} readOnly={readOnly} />
      );
    default:
      return (
        <span className="pcb-raw">
          <RawJson json={operand} />
          {readOnly || disabled ? null : (
            <button type="button" className="pcb-button" aria-label={labels.resetValueOf(subject)} onClick={onReset}>
              {labels.resetValue}
            </button>
          )}
        </span>
      );
  }
});
