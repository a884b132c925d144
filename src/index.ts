'use client';
// The React surface; it re-exports the React-free core so hosts need one import.

export * from './core';
export { CohortQueryBuilder } from './components/CohortQueryBuilder';
export type { CohortQueryBuilderProps } from './components/CohortQueryBuilder';
export type { BuilderComponents, BuilderClassNames, CohortOption, ConnectorProps } from './components/BuilderConfig';
export { Connector } from './components/BuilderConfig';
export { MenuButton } from './components/MenuButton';
export type { MenuButtonProps, MenuItem } from './components/MenuButton';
export { defaultBuilderLabels } from './components/builderLabels';
export type { BuilderLabels, BuilderLabelOverrides } from './components/builderLabels';
export { defaultFieldLabels } from './components/labels';
export type { FieldLabels, FieldLabelOverrides, EventPickerLabels, ComparisonLabels, DuringLabels, WhereLabels, NumberMessages } from './components/labels';
export { defaultAnnouncements } from './components/announcements';
export { defaultTemplates } from './components/templates/defaultTemplates';
export type { QueryTemplate, DefaultTemplateKey, TemplateWords } from './query/templates';
export type { BuilderAnnouncements } from './components/announcements';
export { EventPicker } from './components/EventPicker';
export type { EventOption, EventPickerProps, EventSource } from './components/EventPicker';
export { ComparisonEditor } from './components/ComparisonEditor';
export type { ComparisonEditorProps } from './components/ComparisonEditor';
export { FrequencyEditor } from './components/FrequencyEditor';
export type { FrequencyEditorProps } from './components/FrequencyEditor';
export { DuringWindowEditor } from './components/DuringWindowEditor';
export type { DuringWindowEditorProps } from './components/DuringWindowEditor';
export { WhereConditionEditor } from './components/where/WhereConditionEditor';
export type { WhereConditionEditorProps } from './components/where/WhereConditionEditor';
export type { PropertyOption, PropertyType } from './query/property-types';
export { createQueryStore } from './store/createQueryStore';
export type { QueryStore, QueryStoreOptions, QueryStoreState } from './store/createQueryStore';
export { BuilderInstanceProvider, useQueryStore, useViewStore } from './hooks/QueryStoreContext';
export type { BuilderInstance } from './hooks/QueryStoreContext';
export { createViewStore } from './store/createViewStore';
export type { ViewStore } from './store/createViewStore';
export { useNode, useNodeIssues, useChildIds } from './hooks/useNode';
export { useQueryActions } from './hooks/useQueryActions';
export type { BuilderChangeDetails, BuilderChangeHandler } from './hooks/useBuilderValue';
export { useCreateCohort } from './hooks/useCreateCohort';
export type { UseCreateCohortOptions, CreateCohortResult, UnknownCreateOutcome, CreateSearch } from './hooks/useCreateCohort';
export { outcomeOf, findCreated } from './hooks/createOutcome';
export type { CreateCandidate } from './hooks/createOutcome';
export { useUpdateCohort } from './hooks/useUpdateCohort';
export type { UpdateCohortVariables, UseUpdateCohortOptions } from './hooks/useUpdateCohort';
export { useCohort } from './hooks/useCohort';
export type { UseCohortResult } from './hooks/useCohort';
export type { MutationCallbacks, MutationResult, MutationStatus } from './hooks/useMutation';

// ---- Cohort editor: the create/edit screen, its headless hook, local drafts, query diff ----
export { CohortEditor } from './components/editor/CohortEditor';
export type { CohortEditorProps } from './components/editor/CohortEditor';
export { defaultEditorLabels } from './components/editor/editorLabels';
export type { EditorLabels, EditorLabelOverrides, SaveFailure, UncertainCreate, FoundCohort } from './components/editor/editorLabels';
export { TagsInput } from './components/editor/TagsInput';
export type { TagsInputProps } from './components/editor/TagsInput';
export { useCohortEditor } from './hooks/useCohortEditor';
export type { CohortEditorState, EditorChanges, SaveBlocker, UseCohortEditorOptions, EditorUnknownOutcome, EditorDraft } from './hooks/useCohortEditor';
export type { CohortEditorFields, FieldChange } from './hooks/cohortFields';
export { useDraftStorage } from './hooks/useDraftStorage';
export type { DraftStorage, DraftStorageArea, DraftStorageOptions, StoredDraft, DraftWriteError } from './hooks/useDraftStorage';
export { diffQuery } from './query/diffQuery';
export type { ClauseAt, ClauseChange, QueryDiff } from './query/diffQuery';

// ---- German: complete tables for the builder, the editor and the announcements (use with germanSummaryPhrasebook) ----
export { germanFieldLabels, germanBuilderLabels, germanEditorLabels, germanAnnouncements } from './components/labels-de';
export { germanTemplates } from './components/templates/germanTemplates';
