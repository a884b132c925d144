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
import type { Combinator } from '../query/ast';
import type { SummaryPhrasebook } from '../query/phrasebook';
import { MenuButton, type MenuButtonProps } from './MenuButton';

/** Props of the connector between siblings ("and" / "or"). */
export interface ConnectorProps {
  /** Which word this is: `and` between the top-level clauses, `or` inside a group. */
  combinator: Combinator;
  /** The word, from `labels.connector`. */
  children: string;
  /** From the builder's `classNames.connector`. */
  className?: string;
}

/** The default connector: the word, styled by its combinator. */
export function Connector({ combinator, children, className }: ConnectorProps) {
  return (
    <span className={className ? `pcb-connector ${className}` : 'pcb-connector'} data-combinator={combinator}>
      {children}
    </span>
  );
}

/** Class names a host adds to the builder's parts (beside the library's own `pcb-*` classes). */
export interface BuilderClassNames {
  root?: string;
  group?: string;
  clause?: string;
  sentence?: string;
  connector?: string;
  addControl?: string;
  menuButton?: string;
}

/**
 * The parts the builder renders that a host may swap: the leaf editors, and the chrome (menu
 * buttons, used by the add controls and each clause's actions, and the connector between
 * siblings), in the manner of react-querybuilder's `controlElements`.
 */
export interface BuilderComponents {
  EventPicker: ComponentType<EventPickerProps>;
  FrequencyEditor: ComponentType<FrequencyEditorProps>;
  ComparisonEditor: ComponentType<ComparisonEditorProps>;
  DuringWindowEditor: ComponentType<DuringWindowEditorProps>;
  WhereConditionEditor: ComponentType<WhereConditionEditorProps>;
  MenuButton: ComponentType<MenuButtonProps>;
  Connector: ComponentType<ConnectorProps>;
}

/** A cohort a transition clause can point at. */
export interface CohortOption {
  code: number;
  name: string;
}

/** Everything the clause cards read besides their node: vocabulary, swaps, strings, state. */
export interface BuilderConfig {
  components: BuilderComponents;
  classNames: BuilderClassNames;
  labels: BuilderLabels;
  announcements: BuilderAnnouncements;
  events?: EventSource;
  properties?: readonly PropertyOption[];
  cohorts?: readonly CohortOption[];
  units?: readonly string[];
  readOnly: boolean;
  disabled: boolean;
  /** Show every clause's errors, also those of clauses not yet touched (after a save attempt). */
  showErrors: boolean;
  /** The words of the summaries (the live summary, a folded clause's line); English by default. */
  phrasebook?: SummaryPhrasebook;
}

/** The built-in leaf editors. */
export const defaultComponents: BuilderComponents = { EventPicker, FrequencyEditor, ComparisonEditor, DuringWindowEditor, WhereConditionEditor, MenuButton, Connector };

const BuilderConfigContext = createContext<BuilderConfig>({
  components: defaultComponents,
  classNames: {},
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
