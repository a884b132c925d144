import { memo, useMemo } from 'react';
import type { Comparison } from '../query/ast';
import { ComparisonEditor } from './ComparisonEditor';
import { mergeLabels, type ComparisonLabels } from './labels';

/** Props of `FrequencyEditor`. */
export interface FrequencyEditorProps {
  /** The frequency (controlled); pass `undefined` for a blank one. */
  value?: Comparison;
  /** The starting frequency when uncontrolled. */
  defaultValue?: Comparison;
  /** Called with a valid frequency only (a whole number of 0 or more). */
  onChange?: (frequency: Comparison) => void;
  /** Operators to offer; defaults to the five comparison operators. */
  operators?: readonly string[];
  /** The accessible name; defaults to "Frequency". Include the clause's position where several repeat. */
  label?: string;
  /** Replace any of the editor's strings (`defaultFieldLabels.comparison`): operator words, "times", number messages. */
  labels?: Partial<ComparisonLabels>;
  /** Not editable and not focusable. */
  disabled?: boolean;
  /** Shown and focusable but not editable. */
  readOnly?: boolean;
  /** Added to the root element. */
  className?: string;
}

// Module-level, so the memoized ComparisonEditor sees the same functions on every render.
const times = (shown: number | undefined, labels: ComparisonLabels) => labels.times(shown);
// "Exactly 0 times" is how a person says the event did not happen (format reference, Negation).
const didNotHappen = (comparison: Comparison | undefined, labels: ComparisonLabels) =>
  comparison?.operator === 'equal_to' && comparison.value === 0 ? labels.didNotHappen : undefined;

function FrequencyEditorBase(props: FrequencyEditorProps) {
  const { label, labels, ...rest } = props;
  const merged = useMemo(() => mergeLabels('comparison', labels), [labels]);
  return (
    <ComparisonEditor
      {...rest}
      className={props.className ? `pcb-frequency ${props.className}` : 'pcb-frequency'}
      label={label ?? merged.frequency}
      labels={labels}
      integer
      min={0}
      suffix={times}
      hint={didNotHappen}
    />
  );
}

/** Edits how many times an event must happen: a comparison on a whole number of 0 or more. */
export const FrequencyEditor = memo(FrequencyEditorBase);
