import { memo, useMemo } from 'react';
import type { IdGenerator, JsonObject } from '../query/ast';
import { createExpressionClause } from '../query/nodes';
import { wrapInGroup, addNode } from '../query/ops';
import { useBuilderStore, type BuilderChangeHandler } from '../hooks/useBuilderStore';
import { ControlledSync } from '../hooks/ControlledSync';
import { QueryStoreProvider, useQueryStore } from '../hooks/QueryStoreContext';
import { useNodeKind } from '../hooks/useNode';
import { useStoreSelector } from '../hooks/useStoreSelector';
import { useQueryActions } from '../hooks/useQueryActions';
import type { PropertyOption } from '../query/property-types';
import type { QueryStoreState } from '../store/createQueryStore';
import { BuilderConfigProvider, defaultComponents, useBuilderConfig, type BuilderComponents, type BuilderConfig, type CohortOption } from './BuilderConfig';
import { defaultBuilderLabels, type BuilderLabels } from './builderLabels';
import type { EventSource } from './EventPicker';
import { ClauseCard } from './ClauseCard';
import { GroupCard } from './GroupCard';
import { JsonPreview } from './JsonPreview';
import { QuerySummary } from './QuerySummary';
import { useShallowStable } from './useShallowStable';

/** Props of the builder: Cohort API JSON in and out, the host's vocabulary, swaps and strings. */
export interface CohortQueryBuilderProps {
  /** The query as Cohort API JSON (controlled). */
  value?: JsonObject;
  /** The starting query (uncontrolled); an AND of one OR of one empty clause when absent. */
  defaultValue?: JsonObject;
  /** Called after every edit with the JSON, the AST and its issues. */
  onChange?: BuilderChangeHandler;
  /** The event catalogue: a list, or an async loader `(search, signal) => Promise<list>`. */
  events?: EventSource;
  /** The property catalogue of where conditions, with each property's type. */
  properties?: PropertyOption[];
  /** Cohorts a transition clause may point at. */
  cohorts?: CohortOption[];
  /** Units of "in the last N units" windows. */
  units?: string[];
  /** Swap any leaf editor. */
  components?: Partial<BuilderComponents>;
  /** Replace any user-visible string of the builder's chrome. */
  labels?: Partial<BuilderLabels>;
  readOnly?: boolean;
  disabled?: boolean;
  /** Show the live plain-English summary (default true). */
  showSummary?: boolean;
  /** Show the Cohort API JSON under the builder (default false). */
  showJson?: boolean;
  /** Makes ids for new nodes (inject a deterministic one in tests). */
  idGenerator?: IdGenerator;
  className?: string;
}

const selectRootId = (state: QueryStoreState) => state.query.id;

/** The root of a query: a group card, or a single clause that a new clause wraps into an AND. */
const RootNode = memo(function RootNode() {
  const store = useQueryStore();
  const rootId = useStoreSelector(store, selectRootId);
  const kind = useNodeKind(rootId);
  const actions = useQueryActions();
  const { labels, readOnly, disabled } = useBuilderConfig();
  if (kind === 'group') return <GroupCard id={rootId} path="" isRoot />;
  const addBeside = () =>
    actions.apply((query) => {
      const ids = store.getState().ids;
      const wrapped = wrapInGroup(query, query.id, 'and', ids);
      return addNode(wrapped, wrapped.id, createExpressionClause(ids));
    });
  return (
    <div className="pcb-group" role="group" aria-label={labels.builder.toLowerCase()} data-root>
      <ol className="pcb-members">
        <li className="pcb-member">
          <ClauseCard id={rootId} path="1" />
        </li>
      </ol>
      {!readOnly && (
        <button type="button" onClick={addBeside} disabled={disabled}>
          {labels.addClause}
        </button>
      )}
    </div>
  );
});

/** The visual cohort query builder: edits an AST in its own store and reports Cohort API JSON. */
export function CohortQueryBuilder(props: CohortQueryBuilderProps) {
  const { value, defaultValue, onChange, idGenerator, readOnly = false, disabled = false, showSummary = true, showJson = false, className } = props;
  const { store, loadIssues, sync } = useBuilderStore({ value, defaultValue, onChange, idGenerator });
  const components = useShallowStable({ ...defaultComponents, ...props.components });
  const labels = useShallowStable({ ...defaultBuilderLabels, ...props.labels });
  const catalogues = useShallowStable({ events: props.events, properties: props.properties, cohorts: props.cohorts, units: props.units });
  const config = useMemo<BuilderConfig>(
    () => ({ components, labels, ...catalogues, readOnly, disabled }),
    [components, labels, catalogues, readOnly, disabled],
  );
  return (
    <QueryStoreProvider store={store}>
      <BuilderConfigProvider value={config}>
        <div className={['pcb-builder', className].filter(Boolean).join(' ')} role="group" aria-label={labels.builder} data-readonly={readOnly || undefined} data-disabled={disabled || undefined}>
          {loadIssues.length > 0 && (
            <div role="alert" className="pcb-load-error">
              {labels.valueNotLoaded} {loadIssues.map((issue) => issue.message).join(' ')}
            </div>
          )}
          <RootNode />
          {showSummary && <QuerySummary />}
          {showJson && <JsonPreview />}
          {value !== undefined && <ControlledSync value={value} sync={sync} />}
        </div>
      </BuilderConfigProvider>
    </QueryStoreProvider>
  );
}
