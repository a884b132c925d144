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
  const { components: C, labels, readOnly, disabled } = useBuilderConfig();
  if (value?.kind === 'raw') {
    return <RawValueView json={value.json} name={label} onReplace={() => onChange(createComparison('greater_than_or_equal_to', fallback))} />;
  }
  return <C.ComparisonEditor label={label} labels={labels.fields.comparison} value={value} onChange={onChange} min={0} readOnly={readOnly} disabled={disabled} {...shape} />;
}

interface WhereLineProps {
  name: string;
  where: WhereNode | undefined;
  onWhere: (where: WhereNode | undefined) => void;
  word: string;
}

/** The where conditions of a clause, after the words that introduce them ("where", "on pages where"). */
function WhereLine({ name, where, onWhere, word }: WhereLineProps) {
  const { components: C, labels, properties, readOnly, disabled } = useBuilderConfig();
  const ids = useIdGenerator();
  return (
    <div className="pcb-where-line">
      <span className="pcb-word">{word}</span>
      <C.WhereConditionEditor label={labels.fieldOf(labels.whereField, name)} labels={labels.fields.where} value={where} onChange={onWhere} properties={properties} idGenerator={ids} readOnly={readOnly} disabled={disabled} />
    </div>
  );
}

/** The window of a clause as words of its sentence ("in the last [30] [days]"). */
function DuringPhrase({ name, value, onChange }: { name: string; value: Window | undefined; onChange: (window: Window | undefined) => void }) {
  const { components: C, labels, units, readOnly, disabled } = useBuilderConfig();
  return <C.DuringWindowEditor label={labels.fieldOf(labels.duringField, name)} labels={labels.fields.during} variant="inline" value={value} onChange={onChange} units={units} readOnly={readOnly} disabled={disabled} />;
}

const word = (text: string) => <span className="pcb-word">{text}</span>;

/** Total engaged time over a period, across page views: "spent [at least] [30] seconds engaged [in the last …] on pages where …". */
export function EngagedTimeClauseCard({ node, name }: { node: EngagedTimeClause; name: string }) {
  const { labels } = useBuilderConfig();
  const w = labels.words;
  const on = useFieldHandlers<EngagedTimeClause>(node.id);
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-sentence">
        <span className="pcb-phrase">
          {word(w.spent)}
          <ComparisonSlot label={labels.fieldOf(labels.engagedSeconds, name)} value={node.seconds} onChange={on('seconds')} suffix={w.seconds} fallback={30} />
          {word(w.engaged)}
        </span>
        <DuringPhrase name={name} value={node.during} onChange={on('during')} />
      </div>
      <WhereLine name={name} where={node.where} onWhere={on('where')} word={w.onPagesWhere} />
    </div>
  );
}

/** Maximum scroll depth on the current page, shown as a percentage and stored as a 0..1 fraction: "scrolled [at least] [60] % of a page where …". */
export function EngagedCompletionClauseCard({ node, name }: { node: EngagedCompletionClause; name: string }) {
  const { labels } = useBuilderConfig();
  const w = labels.words;
  const on = useFieldHandlers<EngagedCompletionClause>(node.id);
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-sentence">
        <span className="pcb-phrase">
          {word(w.scrolled)}
          <ComparisonSlot label={labels.fieldOf(labels.completion, name)} value={node.completion} onChange={on('completion')} suffix={w.percent} scale={100} max={1} fallback={0.5} />
          {word(w.ofAPage)}
        </span>
      </div>
      <WhereLine name={name} where={node.where} onWhere={on('where')} word={w.where} />
    </div>
  );
}

/** Distinct page views that each reach some engaged time: "viewed [at least] [3] pages, each engaged [at least] [30] seconds [in the last …]". */
export function EngagedViewsClauseCard({ node, name }: { node: EngagedViewsClause; name: string }) {
  const { labels } = useBuilderConfig();
  const w = labels.words;
  const on = useFieldHandlers<EngagedViewsClause>(node.id);
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-sentence">
        <span className="pcb-phrase">
          {word(w.viewed)}
          <ComparisonSlot label={labels.fieldOf(labels.pageViews, name)} value={node.times} onChange={on('times')} suffix={w.pages} integer fallback={1} />
        </span>
        <span className="pcb-phrase">
          {word(w.eachEngaged)}
          <ComparisonSlot label={labels.fieldOf(labels.engagedTimePerView, name)} value={node.engagedTime} onChange={on('engagedTime')} suffix={w.seconds} fallback={30} />
        </span>
        <DuringPhrase name={name} value={node.during} onChange={on('during')} />
      </div>
      <WhereLine name={name} where={node.where} onWhere={on('where')} word={w.onPagesWhere} />
    </div>
  );
}
