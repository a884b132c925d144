import { memo, useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { Comparison } from '../query/ast';
import { comparisonOperators } from '../query/vocabulary';
import { mergeLabels, nameIn, type ComparisonLabels } from './labels';
import { NumberField } from './NumberField';
import { useControllableState } from './useControllableState';

/** The five comparison operators in editor order (D, O and S forms). */
export const defaultComparisonOperators: readonly string[] = comparisonOperators.map((e) => e.value);

/** Props of `ComparisonEditor`. */
export interface ComparisonEditorProps {
  /** The comparison (controlled); pass `undefined` for a blank one. */
  value?: Comparison;
  /** The starting comparison when uncontrolled. */
  defaultValue?: Comparison;
  /** Called with a valid comparison only. */
  onChange?: (comparison: Comparison) => void;
  /** Operators to offer; an unknown operator in `value` is shown as an extra option and kept. */
  operators?: readonly string[];
  /** What is compared, e.g. "Engaged time": names the group and its two controls. */
  label: string;
  /** Accept whole numbers only (counts); decimals show the `numberNotInteger` message. */
  integer?: boolean;
  /** Bounds in stored units. */
  min?: number;
  /** The largest value accepted, in stored units (completion: 1). */
  max?: number;
  /** Shown value = stored × scale (completion 0.4 is shown as 40 with scale 100). */
  scale?: number;
  /** Text after the number ("seconds", "%"), or a function of the shown number. */
  suffix?: string | ((shown: number | undefined, labels: ComparisonLabels) => string);
  /** A note after the editor, linked to the number as its description; a function sees the current comparison. */
  hint?: ReactNode | ((comparison: Comparison | undefined, labels: ComparisonLabels) => ReactNode);
  /** Replace any of the editor's strings (`defaultFieldLabels.comparison`): operator words, suffix words, number messages. */
  labels?: Partial<ComparisonLabels>;
  /** Not editable and not focusable. */
  disabled?: boolean;
  /** Shown and focusable but not editable. */
  readOnly?: boolean;
  /** Added to the root element. */
  className?: string;
}

function ComparisonEditorBase(props: ComparisonEditorProps) {
  const { operators = defaultComparisonOperators, label, integer, min, max, scale = 1, suffix, hint, disabled, readOnly, className } = props;
  const labels = useMemo(() => mergeLabels('comparison', props.labels), [props.labels]);
  const [value, setValue] = useControllableState<Comparison | undefined>({
    controlled: 'value' in props,
    value: props.value,
    defaultValue: props.defaultValue,
    // The setter is only ever called with a comparison; undefined is the blank it starts from.
    onChange: props.onChange as ((c: Comparison | undefined) => void) | undefined,
    component: 'ComparisonEditor',
  });
  // The operator picked while the comparison is still blank: nothing valid to send yet.
  const [pendingOperator, setPendingOperator] = useState(operators[0] ?? 'greater_than_or_equal_to');
  const operator = value?.operator ?? pendingOperator;
  const options = operators.includes(operator) ? operators : [...operators, operator];
  const suffixId = useId();
  const hintId = useId();

  const onOperator = (next: string) => {
    if (value) setValue({ ...value, operator: next });
    else setPendingOperator(next);
  };
  const onNumber = useCallback(
    (n: number) => setValue((prev) => ({ kind: 'comparison', operator: prev?.operator ?? operator, value: n })),
    [setValue, operator],
  );

  const shown = value === undefined ? undefined : value.value * scale;
  const suffixText = typeof suffix === 'function' ? suffix(shown, labels) : suffix;
  const hintNode = typeof hint === 'function' ? hint(value, labels) : hint;
  const describedBy = [suffixText ? suffixId : undefined, hintNode ? hintId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div
      role="group"
      aria-label={label}
      className={className ? `pcb-comparison ${className}` : 'pcb-comparison'}
      data-state={value ? operator : 'blank'}
      data-disabled={disabled ? '' : undefined}
    >
      <select
        className="pcb-select"
        aria-label={labels.operatorLabel(label)}
        value={operator}
        onChange={(e) => onOperator(e.target.value)}
        // A read-only select still opens; disabling it is the only native way to freeze it.
        disabled={disabled || readOnly}
      >
        {options.map((op) => (
          <option key={op} value={op}>
            {nameIn(labels.operators, op)}
          </option>
        ))}
      </select>
      <NumberField
        value={value?.value}
        onChange={onNumber}
        label={labels.valueLabel(label)}
        messages={labels}
        integer={integer}
        min={min}
        max={max}
        scale={scale}
        describedBy={describedBy}
        disabled={disabled}
        readOnly={readOnly}
      />
      {suffixText ? (
        <span id={suffixId} className="pcb-suffix">
          {suffixText}
        </span>
      ) : null}
      {hintNode ? (
        <span id={hintId} className="pcb-hint">
          {hintNode}
        </span>
      ) : null}
    </div>
  );
}

/** Edits a comparison such as `{"greater_than_or_equal_to": 3}`: an operator and a number. */
export const ComparisonEditor = memo(ComparisonEditorBase);
