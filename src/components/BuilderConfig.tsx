import { createContext, useContext, type ComponentType } from 'react';
import type { BuilderLabels } from './builderLabels';
import { defaultBuilderLabels } from './builderLabels';
import { defaultAnnouncements, type BuilderAnnouncements } from './announcements';
import { EventPicker, type EventPickerProps, type EventSource } from './EventPicker';
import { FrequencyEditor, type FrequencyEditorProps } from './FrequencyEditor';
import { ComparisonEditor, type ComparisonEditorProps } from './ComparisonEditor';
import { DuringWindowEditor, type DuringWindowEditorProps } from './DuringWindowEditor';
import { WhereConditionEditor, type WhereConditionEditorProps } from './where/WhereConditionEditor';
import type { PropertyOption } from '../query/property-types';

/** The leaf editors the builder uses; a host may swap any of them. */
export interface BuilderComponents {
  EventPicker: ComponentType<EventPickerProps>;
  FrequencyEditor: ComponentType<FrequencyEditorProps>;
  ComparisonEditor: ComponentType<ComparisonEditorProps>;
  DuringWindowEditor: ComponentType<DuringWindowEditorProps>;
  WhereConditionEditor: ComponentType<WhereConditionEditorProps>;
}

/** A cohort a transition clause can point at. */
export interface CohortOption {
  code: number;
  name: string;
}

/** Everything the clause cards read besides their node: vocabulary, swaps, strings, state. */
export interface BuilderConfig {
  components: BuilderComponents;
  labels: BuilderLabels;
  announcements: BuilderAnnouncements;
  events?: EventSource;
  properties?: PropertyOption[];
  cohorts?: CohortOption[];
  units?: string[];
  readOnly: boolean;
  disabled: boolean;
  /** Show every clause's errors, also those of clauses not yet touched (after a save attempt). */
  showErrors: boolean;
}

/** The built-in leaf editors. */
export const defaultComponents: BuilderComponents = { EventPicker, FrequencyEditor, ComparisonEditor, DuringWindowEditor, WhereConditionEditor };

const BuilderConfigContext = createContext<BuilderConfig>({
  components: defaultComponents,
  labels: defaultBuilderLabels,
  announcements: defaultAnnouncements,
  readOnly: false,
  disabled: false,
  showErrors: false,
});

/** Provides the builder's configuration (memoize the value: every card reads it). */
export const BuilderConfigProvider = BuilderConfigContext.Provider;

/** The configuration of the nearest builder. */
export function useBuilderConfig(): BuilderConfig {
  return useContext(BuilderConfigContext);
}
