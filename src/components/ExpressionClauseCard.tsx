import type { ExpressionClause } from '../query/ast';
import { createComparison } from '../query/nodes';
import { useIdGenerator } from '../hooks/QueryStoreContext';
import { useBuilderConfig } from './BuilderConfig';
import { RawValueView } from './RawValueView';
import { useFieldHandlers } from './useClauseField';

/** An expression clause: event, frequency, where conditions and window, each a swappable leaf editor. */
export function ExpressionClauseCard({ node, name }: { node: ExpressionClause; name: string }) {
  const { components: C, events, properties, units, readOnly, disabled } = useBuilderConfig();
  const on = useFieldHandlers<ExpressionClause>(node.id);
  const ids = useIdGenerator();
  const common = { readOnly, disabled };
  return (
    <div className="pcb-clause-fields">
      <C.EventPicker label={`Event (${name})`} value={node.event} onChange={on('event')} events={events} required {...common} />
      {node.frequency?.kind === 'raw' ? (
        <RawValueView json={node.frequency.json} name={`Frequency (${name})`} onReplace={() => on('frequency')(createComparison('greater_than_or_equal_to', 1))} />
      ) : (
        <C.FrequencyEditor label={`Frequency (${name})`} value={node.frequency} onChange={on('frequency')} {...common} />
      )}
      <C.WhereConditionEditor label={`Where (${name})`} value={node.where} onChange={on('where')} properties={properties} idGenerator={ids} {...common} />
      <C.DuringWindowEditor label={`During (${name})`} value={node.during} onChange={on('during')} units={units} {...common} />
    </div>
  );
}
