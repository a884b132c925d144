import type { ExpressionClause } from '../query/ast';
import { createComparison } from '../query/nodes';
import { useIdGenerator } from '../hooks/QueryStoreContext';
import { useBuilderConfig } from './BuilderConfig';
import { RawValueView } from './RawValueView';
import { useFieldHandlers } from './useClauseField';

/** An expression clause: event, frequency, where conditions and window, each a swappable leaf editor. */
export function ExpressionClauseCard({ node, name, showIssues }: { node: ExpressionClause; name: string; showIssues: boolean }) {
  const { components: C, events, properties, units, labels, readOnly, disabled } = useBuilderConfig();
  const on = useFieldHandlers<ExpressionClause>(node.id);
  const ids = useIdGenerator();
  const common = { readOnly, disabled };
  const f = labels.fields;
  // A sentence: "did [Pageview] [at least] [2] times [in the last] [30] [days]", then "where …".
  // Each field keeps its own accessible name ("Event (clause 1)"); the words are for the eye.
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-sentence">
        <span className="pcb-phrase">
          <span className="pcb-word">{labels.words.did}</span>
          <C.EventPicker label={labels.fieldOf(labels.eventField, name)} labels={f.eventPicker} hideLabel value={node.event} onChange={on('event')} events={events} required={showIssues} {...common} />
        </span>
        {node.frequency?.kind === 'raw' ? (
          <RawValueView json={node.frequency.json} name={labels.fieldOf(labels.frequencyField, name)} onReplace={() => on('frequency')(createComparison('greater_than_or_equal_to', 1))} />
        ) : (
          <span className="pcb-phrase">
            <C.FrequencyEditor label={labels.fieldOf(labels.frequencyField, name)} labels={f.comparison} value={node.frequency} onChange={on('frequency')} {...common} />
          </span>
        )}
        <C.DuringWindowEditor label={labels.fieldOf(labels.duringField, name)} labels={f.during} variant="inline" value={node.during} onChange={on('during')} units={units} {...common} />
      </div>
      <div className="pcb-where-line">
        <span className="pcb-word">{labels.words.where}</span>
        <C.WhereConditionEditor label={labels.fieldOf(labels.whereField, name)} labels={f.where} value={node.where} onChange={on('where')} properties={properties} idGenerator={ids} {...common} />
      </div>
    </div>
  );
}
