import { useId, useMemo, useState } from 'react';
import type { IdGenerator } from '../../query/ast';
import type { PropertyOption } from '../../query/property-types';
import type { Cohort, CohortApiError, CohortsClient } from '../../hooks/cohortTypes';
import { useCohortEditor } from '../../hooks/useCohortEditor';
import type { DraftStorageArea } from '../../hooks/useDraftStorage';
import type { BuilderComponents, CohortOption } from '../BuilderConfig';
import type { BuilderAnnouncements } from '../announcements';
import type { SummaryPhrasebook } from '../../query/phrasebook';
import type { QueryTemplate } from '../../query/templates';
import { CohortQueryBuilder } from '../CohortQueryBuilder';
import type { EventSource } from '../EventPicker';
import { DraftBanner } from './DraftBanner';
import { DraftWriteError } from './DraftWriteError';
import type { EditorLabels } from './editorLabels';
import { EditorFields } from './EditorFields';
import { SaveBar } from './SaveBar';

/** Props of `CohortEditorForm`: one cohort (or a new one), already loaded. */
export interface CohortEditorFormProps {
  /** A Cohorts API client; keep its identity across renders. It holds the key: the editor never sees it. */
  client: CohortsClient;
  /** The cohort to edit; absent to create one. */
  cohort?: Cohort;
  /** Called after each successful save with the cohort as the API returned it. */
  onSaved?(cohort: Cohort): void;
  /** Called after each failed save (the error carries no secrets, so it may be logged). */
  onSaveError?(error: CohortApiError): void;
  /** Where drafts are kept; default `window.localStorage` when there is one; `null` keeps none. */
  storage?: DraftStorageArea | null;
  /** Milliseconds after the last edit before the draft is stored (default 400). */
  autosaveDelayMs?: number;
  /** Storage keys are this prefix plus the cohort id, or `new` (`new-2`… while other open editors hold `new`). */
  draftKeyPrefix?: string;
  /** The storage key of a new cohort's draft, instead of a key of this editor's own. */
  draftKey?: string;
  /** Passed to the builder: the event catalogue. */
  events?: EventSource;
  /** Passed to the builder: event properties with their types. */
  properties?: readonly PropertyOption[];
  /** Passed to the builder: cohorts a transition clause may point at. */
  cohorts?: readonly CohortOption[];
  /** Passed to the builder: units of "in the last N units". */
  units?: readonly string[];
  /** Passed to the builder: leaf editor swaps. */
  components?: Partial<BuilderComponents>;
  /** Passed to the builder: its live-region announcements. */
  announcements?: Partial<BuilderAnnouncements>;
  /** The words of the builder's summary and of the change list's clause sentences; English by default. */
  phrasebook?: SummaryPhrasebook;
  /** `light` or `dark` for the editor and its builder, whatever the page says (default: the nearest `data-pcb-theme`, else the system's). */
  theme?: 'light' | 'dark';
  /** `compact` for dense screens (default comfortable), for the editor and its builder. */
  density?: 'comfortable' | 'compact';
  /** Passed to the builder: ids of new nodes. */
  idGenerator?: IdGenerator;
  /** Passed to the builder: templates offered while the query is empty (default: the labels' set; `[]` offers none). */
  templates?: readonly QueryTemplate[];
  /** Every string of the form, merged already (`CohortEditor` merges its `labels` over `defaultEditorLabels`). */
  labels: EditorLabels;
}

/** The create/edit screen of one cohort: fields, builder, summary, change list and Save. */
export function CohortEditorForm(props: CohortEditorFormProps) {
  const { labels, properties } = props;
  const editor = useCohortEditor(props);
  const titleId = useId();
  const describeOptions = useMemo(
    () => ({ propertyLabels: Object.fromEntries((properties ?? []).filter((p) => p.label).map((p) => [p.path, p.label!])), phrasebook: props.phrasebook }),
    [properties, props.phrasebook],
  );
  const { mode, original, status } = editor;
  // After a save attempt the builder shows every clause's errors, also those of clauses not yet touched.
  const [attempted, setAttempted] = useState(false);
  const withAttempt = { ...editor, save: () => (setAttempted(true), editor.save()) };
  return (
    <section
      className="pcb-editor"
      data-pcb-theme={props.theme}
      data-pcb-density={props.density === 'compact' ? 'compact' : undefined}
      aria-labelledby={titleId} data-mode={mode} data-state={status} aria-busy={status === 'pending' || undefined}>
      <h2 id={titleId} className="pcb-editor__title">
        {original ? labels.updateTitle(original.name) : labels.createTitle}
      </h2>
      <DraftBanner draft={editor.draft} currentVersion={original?.lastUpdatedAt} labels={labels} />
      {editor.draft.writeError && <DraftWriteError error={editor.draft.writeError} query={editor.fields.query} labels={labels} />}
      <EditorFields mode={mode} fields={editor.fields} setField={editor.setField} labels={labels} />
      <div className="pcb-editor-field pcb-editor-query">
        <h3 className="pcb-editor__subtitle">{labels.query}</h3>
        <CohortQueryBuilder
          value={editor.fields.query}
          savedValue={original?.query}
          onChange={editor.setQuery}
          events={props.events}
          properties={properties}
          cohorts={props.cohorts}
          units={props.units}
          components={props.components}
          labels={labels.builder}
          announcements={props.announcements}
          phrasebook={props.phrasebook}
          idGenerator={props.idGenerator}
          templates={props.templates}
          showErrors={attempted}
        />
      </div>
      <SaveBar editor={withAttempt} labels={labels} describeOptions={describeOptions} />
    </section>
  );
}
