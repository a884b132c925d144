import { memo, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { IdGenerator, JsonObject } from '../query/ast';
import { useBuilderValue, type BuilderChangeHandler } from '../hooks/useBuilderValue';
import { BuilderInstanceProvider } from '../hooks/QueryStoreContext';
import { useViewStore } from '../hooks/useView';
import type { QueryIssue } from '../query/issues';
import type { PropertyOption } from '../query/property-types';
import { defaultAnnouncements, type BuilderAnnouncements } from './announcements';
import { ArrangeContextProvider, createArrangeHelpers } from './arrangeContext';
import type { SummaryPhrasebook } from '../query/phrasebook';
import { BuilderConfigProvider, defaultComponents, useBuilderConfig, type BuilderClassNames, type BuilderComponents, type BuilderConfig, type CohortOption } from './BuilderConfig';
import { mergeBuilderLabels, type BuilderLabelOverrides, type BuilderLabels } from './builderLabels';
import { BuilderToolbar } from './BuilderToolbar';
import { ArrangeDnd } from './dnd/ArrangeDnd';
import type { EventSource } from './EventPicker';
import { JsonPreview } from './JsonPreview';
import { ArrangeNotice, LiveAnnouncer } from './LiveAnnouncer';
import { QuerySummary } from './QuerySummary';
import { RootNode } from './RootNode';
import { historyShortcut, useUndoRedo } from './useUndoRedo';
import { useShallowStable } from './useShallowStable';
import { WhereAidsProvider } from './where/WhereAids';
import { flag } from './dataFlag';
import { LazyCodeView } from './code/LazyCodeView';
import { useCodeMode, type CodeMode } from './code/useCodeMode';
import { TemplateOffer } from './templates/TemplateOffer';
import { useStableTemplates } from './templates/useStableTemplates';
import type { QueryTemplate } from '../query/templates';

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
  properties?: readonly PropertyOption[];
  /** Cohorts a transition clause may point at. */
  cohorts?: readonly CohortOption[];
  /** Units of "in the last N units" windows. */
  units?: readonly string[];
  /** Swap any leaf editor, and the chrome: `MenuButton` (add controls, actions menus) and `Connector`. */
  components?: Partial<BuilderComponents>;
  /** Class names added to the builder's parts (root, group, clause, sentence, connector, addControl, menuButton). */
  classNames?: BuilderClassNames;
  /**
   * Replace any user-visible string or accessible name: the builder's own keys, its leaf editors'
   * under `fields` (`{ fields: { where: { addCondition: '…' } } }`), and `issue` for the issues'
   * sentences. Pass a whole table (`germanBuilderLabels`) to change the language.
   */
  labels?: BuilderLabelOverrides;
  /** The words of the summaries (`germanSummaryPhrasebook`, or your own); English by default. */
  phrasebook?: SummaryPhrasebook;
  /** Replace any live-region announcement (drag and drop, moves, undo) or refusal reason. */
  announcements?: Partial<BuilderAnnouncements>;
  /** Show Undo, Redo, Collapse all and Expand all above the query (default true). */
  showToolbar?: boolean;
  /** How many undo steps to keep (default 100; read when the builder mounts). */
  historyLimit?: number;
  /** The value last saved (the stored cohort's query): an edit after a save starts a new undo step. */
  savedValue?: JsonObject;
  /** Show the query without add, remove, move or edit controls; fields stay focusable and readable. */
  readOnly?: boolean;
  /** Show the query greyed out; nothing is editable or focusable. */
  disabled?: boolean;
  /**
   * Show the errors of every clause, also of clauses just added and not yet touched (default
   * false: such a clause shows its errors once a field in it loses focus). Set it after a save attempt.
   */
  showErrors?: boolean;
  /** Show the live plain-English summary (default true). */
  showSummary?: boolean;
  /** Show the Cohort API JSON under the builder (default false). */
  showJson?: boolean;
  /**
   * Offered as "Start from a template" while the query holds no clause (or only a new cohort's blank
   * one): each a `name`, an optional `description` and a Cohort API `query`. Default: the labels'
   * `templateSet` (`defaultTemplates`, or German with `germanBuilderLabels`); `[]` offers none.
   */
  templates?: readonly QueryTemplate[];
  /** `light` or `dark` whatever the page says (default: the nearest `data-pcb-theme` above, else the system's). */
  theme?: 'light' | 'dark';
  /** `compact` for dense screens; default comfortable (or the nearest `data-pcb-density` above). */
  density?: 'comfortable' | 'compact';
  /** Makes ids for new nodes (default: per instance, from `useId`, so server and client agree). */
  idGenerator?: IdGenerator;
  /** Added to the builder's root element (`pcb-builder`). */
  className?: string;
}

/**
 * The visual cohort query builder: edits an AST in its own store and reports Cohort API JSON.
 * A controlled host re-renders it on every edit with the JSON it was handed; that render is cheap
 * by construction: the providers' values keep their identity and the body is memoized on props
 * that do not change with the query, so only this function and the providers run.
 */
export function CohortQueryBuilder(props: CohortQueryBuilderProps) {
  const { value, defaultValue, onChange, historyLimit, savedValue, idGenerator, readOnly = false, disabled = false, showErrors = false } = props;
  const { showSummary = true, showJson = false, showToolbar = true, className, theme, density } = props;
  const idPrefix = useId();
  const { instance, loadIssues } = useBuilderValue({ value, defaultValue, onChange, idPrefix: `${idPrefix}n`, idGenerator, historyLimit, savedValue });
  const components = useShallowStable({ ...defaultComponents, ...props.components });
  const classNames = useShallowStable({ ...props.classNames });
  const labels = useStableLabels(props.labels);
  const announcements = useShallowStable({ ...defaultAnnouncements, ...props.announcements });
  const catalogues = useShallowStable({ events: props.events, properties: props.properties, cohorts: props.cohorts, units: props.units });
  const config = useMemo<BuilderConfig>(
    () => ({ components, classNames, labels, announcements, ...catalogues, readOnly, disabled, showErrors, phrasebook: props.phrasebook }),
    [components, classNames, labels, announcements, catalogues, readOnly, disabled, showErrors, props.phrasebook],
  );
  const [arrange] = useState(createArrangeHelpers);
  const templates = useStableTemplates(props.templates, labels.templateSet);
  return (
    <BuilderInstanceProvider value={instance}>
      <BuilderConfigProvider value={config}>
        <ArrangeContextProvider value={arrange}>
          <BuilderBody
            attachRoot={arrange.attachRoot}
            theme={theme}
            density={density}
            className={[className, classNames.root].filter(Boolean).join(' ') || undefined}
            showToolbar={showToolbar}
            showSummary={showSummary}
            showJson={showJson}
            loadIssues={loadIssues}
            properties={catalogues.properties}
            valueHint={labels.fields.where.addValueHint}
            templates={templates}
          />
        </ArrangeContextProvider>
      </BuilderConfigProvider>
    </BuilderInstanceProvider>
  );
}

/**
 * The builder's labels merged over the defaults, keeping their identity while the host passes equal
 * overrides (an inline `labels={{ fields: { where: {…} } }}` is a new object on every render).
 */
function useStableLabels(overrides: BuilderLabelOverrides | undefined): BuilderLabels {
  const { fields, ...own } = overrides ?? {};
  const stableOwn = useShallowStable(own);
  const eventPicker = useShallowStable({ ...fields?.eventPicker });
  const comparison = useShallowStable({ ...fields?.comparison });
  const during = useShallowStable({ ...fields?.during });
  const where = useShallowStable({ ...fields?.where });
  return useMemo(
    () => mergeBuilderLabels({ ...stableOwn, fields: { eventPicker, comparison, during, where } }),
    [stableOwn, eventPicker, comparison, during, where],
  );
}

interface BuilderBodyProps {
  attachRoot: (element: HTMLElement | null) => void;
  className?: string;
  theme?: 'light' | 'dark';
  density?: 'comfortable' | 'compact';
  showToolbar: boolean;
  showSummary: boolean;
  showJson: boolean;
  loadIssues: readonly QueryIssue[];
  properties?: readonly PropertyOption[];
  valueHint: string;
  templates: readonly QueryTemplate[];
}

// Memoized on props that stay the same while the query changes: an echoed value renders none of it.
const BuilderBody = memo(function BuilderBody({ properties, valueHint, showSummary, showJson, templates, ...frame }: BuilderBodyProps) {
  const aidsId = useId();
  const code = useCodeMode();
  return (
    <BuilderFrame {...frame} code={code}>
      {code.active ? (
        <LazyCodeView guardRef={code.guardRef} />
      ) : (
        <>
          {/* One property datalist and one chips hint for every where editor of the builder. */}
          <WhereAidsProvider id={aidsId} properties={properties} valueHint={valueHint}>
            <ArrangeDnd>
              <RootNode />
            </ArrangeDnd>
          </WhereAidsProvider>
          <TemplateOffer templates={templates} />
        </>
      )}
      {showSummary && <QuerySummary />}
      {showJson && <JsonPreview />}
    </BuilderFrame>
  );
});

/** The builder's outer box: its name, load errors, toolbar, notices, live region and undo shortcuts. */
function BuilderFrame({ attachRoot, className, theme, density, showToolbar, loadIssues, code, children }: Pick<BuilderBodyProps, 'attachRoot' | 'className' | 'theme' | 'density' | 'showToolbar' | 'loadIssues'> & { code: CodeMode; children: ReactNode }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const { undo, redo } = useUndoRedo();
  const view = useViewStore();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = readOnly || disabled ? undefined : historyShortcut(event);
    // A textarea holds a JSON draft not yet in the store: its own undo is the one a person expects there.
    if (!step || (event.target as HTMLElement).tagName === 'TEXTAREA' || view.getState().drag) return;
    event.preventDefault();
    if (step === 'undo') undo();
    else redo();
  };
  return (
    <div
      ref={attachRoot}
      className={['pcb-builder', className].filter(Boolean).join(' ')}
      role="group"
      aria-label={labels.builder}
      data-pcb-theme={theme}
      data-pcb-density={density}
      data-readonly={flag(readOnly)}
      data-disabled={flag(disabled)}
      onKeyDown={onKeyDown}
    >
      {loadIssues.length > 0 && (
        <div role="alert" className="pcb-load-error">
          {labels.valueNotLoaded} {loadIssues.map((issue) => labels.issue(issue)).join(' ')}
        </div>
      )}
      {showToolbar && <BuilderToolbar code={code} />}
      <ArrangeNotice />
      {children}
      <LiveAnnouncer />
    </div>
  );
}
