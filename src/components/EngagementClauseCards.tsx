import type { ComparisonValue, EngagedCompletionClause, EngagedTimeClause, EngagedViewsClause, WhereNode, Window } from '../query/ast';
import { createComparison } from '../query/nodes';
import { useIdGenerator } from '../hooks/QueryStoreContext';
import { useBuilderConfig } from './BuilderConfig';
import { RawValueView } from './RawValueView';
import { useFieldHandlers } from './useClauseField';

interface ComparisonSlotProps {
  value: ComparisonValue | undefined;
  onChange: (value: ComparisonValue) => void;
  label: string;
  suffix: string;
  integer?: boolean;
  max?: number;
  scale?: number;
  fallback: number;
}

/** A comparison of an engagement clause: the comparison editor, or the raw value it came as. */
function ComparisonSlot({ value, onChange, label, fallback, ...shape }: ComparisonSlotProps) {
  const { components: C, readOnly, disabled } = useBuilderConfig();
  if (value?.kind === 'raw') {
    return <RawValueView json={value.json} name={label} onReplace={() => onChange(createComparison('greater_than_or_equal_to', fallback))} />;
  }
  return <C.ComparisonEditor label={label} value={value} onChange={onChange} min={0} readOnly={readOnly} disabled={disabled} {...shape} />;
}

interface WhereAndDuringProps {
  name: string;
  where: WhereNode | undefined;
  onWhere: (where: WhereNode | undefined) => void;
  /** Absent for clauses without a window (engaged completion). */
  during?: { value: Window | undefined; onChange: (window: Window | undefined) => void };
}

/** The where and during editors that engagement clauses share. */
function WhereAndDuring({ name, where, onWhere, during }: WhereAndDuringProps) {
  const { components: C, properties, units, readOnly, disabled } = useBuilderConfig();
  const ids = useIdGenerator();
  return (
    <>
      <C.WhereConditionEditor label={`Where (${name})`} value={where} onChange={onWhere} properties={properties} idGenerator={ids} readOnly={readOnly} disabled={disabled} />
      {during && <C.DuringWindowEditor label={`During (${name})`} value={during.value} onChange={during.onChange} units={units} readOnly={readOnly} disabled={disabled} />}
    </>
  );
}

/** Total engaged time over a period, across page views. */
export function EngagedTimeClauseCard({ node, name }: { node: EngagedTimeClause; name: string }) {
  const { labels } = useBuilderConfig();
  const on = useFieldHandlers<EngagedTimeClause>(node.id);
  return (
    <div className="pcb-clause-fields">
      <ComparisonSlot label={`${labels.engagedSeconds} (${name})`} value={node.seconds} onChange={on('seconds')} suffix="seconds" fallback={30} />
      <WhereAndDuring name={name} where={node.where} onWhere={on('where')} during={{ value: node.during, onChange: on('during') }} />
    </div>
  );
}

/** Maximum scroll depth on the current page: shown as a percentage, stored as a 0..1 fraction. */
export function EngagedCompletionClauseCard({ node, name }: { node: EngagedCompletionClause; name: string }) {
  const { labels } = useBuilderConfig();
  const on = useFieldHandlers<EngagedCompletionClause>(node.id);
  return (
    <div className="pcb-clause-fields">
      <ComparisonSlot label={`${labels.completion} (${name})`} value={node.completion} onChange={on('completion')} suffix="%" scale={100} max={1} fallback={0.5} />
      <WhereAndDuring name={name} where={node.where} onWhere={on('where')} />
    </div>
  );
}

/** Distinct page views that each reach some engaged time. */
export function EngagedViewsClauseCard({ node, name }: { node: EngagedViewsClause; name: string }) {
  const { labels } = useBuilderConfig();
  const on = useFieldHandlers<EngagedViewsClause>(node.id);
  return (
    <div className="pcb-clause-fields">
      <ComparisonSlot label={`${labels.pageViews} (${name})`} value={node.times} onChange={on('times')} suffix="views" integer fallback={1} />
      <ComparisonSlot label={`${labels.engagedTimePerView} (${name})`} value={node.engagedTime} onChange={on('engagedTime')} suffix="seconds" fallback={30} />
      <WhereAndDuring name={name} where={node.where} onWhere={on('where')} during={{ value: node.during, onChange: on('during') }} />
    </div>
  );
}
