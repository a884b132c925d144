import { memo } from 'react';
import type { ConditionChoice } from '../../query/property-types';
import { nameIn } from '../labels';

/** Props of `OperatorSelect`. */
export interface OperatorSelectProps {
  value: ConditionChoice;
  choices: readonly ConditionChoice[];
  onChange: (choice: ConditionChoice) => void;
  /** "Operator for properties.client.url". */
  label: string;
  names: Readonly<Record<string, string>>;
  disabled?: boolean;
}

// An operator nobody named (one that came in from JSON) is shown by its wire name.
const nameOf = (names: Readonly<Record<string, string>>, choice: string) =>
  Object.hasOwn(names, choice) ? nameIn(names, choice) : choice.replace(/^function:/, '');

/** The operator of a condition: operators, presence and functions in one list. */
export const OperatorSelect = memo(function OperatorSelect({ value, choices, onChange, label, names, disabled }: OperatorSelectProps) {
  return (
    <select className="pcb-select" aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {nameOf(names, choice)}
        </option>
      ))}
    </select>
  );
});
