import { memo, useId, useState } from 'react';
import { NEW_CLAUSE_KINDS, type NewClauseKind } from '../query/newClause';
import { useBuilderConfig } from './BuilderConfig';

/** Choose a kind of clause and add it: a select and a button, both reachable from the keyboard. */
export const AddClauseControl = memo(function AddClauseControl({
  onAdd,
  name,
  kinds = NEW_CLAUSE_KINDS,
}: {
  onAdd: (kind: NewClauseKind) => void;
  name: string;
  kinds?: readonly NewClauseKind[];
}) {
  const { labels, disabled } = useBuilderConfig();
  const [kind, setKind] = useState<NewClauseKind>(kinds[0] ?? 'expression');
  const id = useId();
  return (
    <div className="pcb-add-clause">
      <label htmlFor={id}>{`${labels.addClauseKind} (${name})`}</label>
      <select id={id} value={kind} disabled={disabled} onChange={(event) => setKind(event.target.value as NewClauseKind)}>
        {kinds.map((option) => (
          <option key={option} value={option}>
            {labels.clauseKinds[option]}
          </option>
        ))}
      </select>
      <button type="button" disabled={disabled} onClick={() => onAdd(kind)} aria-label={`${labels.addClause} to ${name}`}>
        {labels.addClause}
      </button>
    </div>
  );
});
