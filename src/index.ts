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
