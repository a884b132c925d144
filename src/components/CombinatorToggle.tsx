import { memo, useId } from 'react';
import type { Combinator } from '../query/ast';
import { useBuilderConfig } from './BuilderConfig';

/** The AND/OR choice of a group: a radio group ("All of" / "Any of"), arrow keys move between them. */
export const CombinatorToggle = memo(function CombinatorToggle({
  value,
  onChange,
  name,
}: {
  value: Combinator;
  onChange: (combinator: Combinator) => void;
  name: string;
}) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const inputName = useId();
  return (
    <fieldset className="pcb-combinator" data-state={value} disabled={disabled}>
      <legend>{labels.fieldOf(labels.combinatorGroup, name)}</legend>
      {(['and', 'or'] as const).map((combinator) => (
        <label key={combinator} data-state={combinator === value ? 'checked' : 'unchecked'}>
          <input
            type="radio"
            name={inputName}
            value={combinator}
            checked={combinator === value}
            // Radios cannot be read-only: the choice not taken is disabled instead, the taken one stays focusable.
            disabled={readOnly && combinator !== value}
            onChange={() => !readOnly && onChange(combinator)}
          />
          {labels.combinator[combinator]}
        </label>
      ))}
    </fieldset>
  );
});
