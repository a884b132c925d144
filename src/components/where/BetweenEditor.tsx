import { memo, useCallback } from 'react';
import type { JsonObject } from '../../query/ast';
import type { WhereLabels } from '../labels';
import { NumberField } from '../NumberField';

/** Props of `BetweenEditor`. */
export interface BetweenEditorProps {
  /** `{"start": n, "end": m}`; other keys are not expected (the editor is not offered for them). */
  value: JsonObject;
  onChange: (range: JsonObject) => void;
  subject: string;
  labels: WhereLabels;
  disabled?: boolean;
  readOnly?: boolean;
}

const numberOrUndefined = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** The start and end of a `between` operand; an end before the start is shown as a mistake. */
export const BetweenEditor = memo(function BetweenEditor({ value, onChange, subject, labels, disabled, readOnly }: BetweenEditorProps) {
  const start = numberOrUndefined(value['start']);
  const end = numberOrUndefined(value['end']);
  const onStart = useCallback((n: number) => onChange({ ...value, start: n }), [onChange, value]);
  const onEnd = useCallback((n: number) => onChange({ ...value, end: n }), [onChange, value]);
  // Both numbers are sent as typed: the person may be halfway through fixing the other one.
  const order = start !== undefined && end !== undefined && start > end ? labels.betweenOrder(start, end) : undefined;
  return (
    <span className="pcb-between" data-invalid={order ? '' : undefined}>
      <NumberField value={start} onChange={onStart} label={labels.startLabel(subject)} messages={labels} disabled={disabled} readOnly={readOnly} />
      <span className="pcb-between__and">{labels.and}</span>
      <NumberField value={end} onChange={onEnd} label={labels.endLabel(subject)} messages={labels} error={order} disabled={disabled} readOnly={readOnly} />
    </span>
  );
});
