'use client';
// The React surface; it re-exports the React-free core so hosts need one import.

export * from './core';
export { CohortQueryBuilder } from './components/CohortQueryBuilder';
export type { CohortQueryBuilderProps } from './components/CohortQueryBuilder';
export type { BuilderComponents, CohortOption } from './components/BuilderConfig';
export { defaultBuilderLabels } from './components/builderLabels';
export type { BuilderLabels } from './components/builderLabels';
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
export { QueryStoreProvider, useQueryStore } from './hooks/QueryStoreContext';
export { useNode, useNodeIssues, useChildIds } from './hooks/useNode';
export { useQueryActions } from './hooks/useQueryActions';
export type { BuilderChangeDetails, BuilderChangeHandler } from './hooks/useBuilderStore';
export { useCreateCohort } from './hooks/useCreateCohort';
export type { UseCreateCohortOptions } from './hooks/useCreateCohort';
export { useUpdateCohort } from './hooks/useUpdateCohort';
export type { UpdateCohortVariables, UseUpdateCohortOptions } from './hooks/useUpdateCohort';
export { useCohort } from './hooks/useCohort';
export type { UseCohortResult } from './hooks/useCohort';
export type { MutationCallbacks, MutationResult, MutationStatus } from './hooks/useMutation';

// ---- Cohort editor: the create/edit screen, its headless hook, local drafts, query diff ----
export { CohortEditor } from './components/editor/CohortEditor';
export type { CohortEditorProps } from './components/editor/CohortEditor';
export { defaultEditorLabels } from './components/editor/editorLabels';
export type { EditorLabels, SaveFailure } from './components/editor/editorLabels';
export { TagsInput } from './components/editor/TagsInput';
export type { TagsInputProps } from './components/editor/TagsInput';
export { useCohortEditor } from './hooks/useCohortEditor';
export type { CohortEditorState, EditorChanges, SaveBlocker, UseCohortEditorOptions } from './hooks/useCohortEditor';
export type { CohortEditorFields, FieldChange } from './hooks/cohortFields';
export { useDraftStorage } from './hooks/useDraftStorage';
export type { DraftStorage, DraftStorageArea, DraftStorageOptions, StoredDraft } from './hooks/useDraftStorage';
export { diffQuery } from './query/diffQuery';
export type { ClauseAt, ClauseChange, QueryDiff } from './query/diffQuery';
