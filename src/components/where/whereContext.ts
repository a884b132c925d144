import { createContext, useContext, type ComponentType } from 'react';
import type { Condition, IdGenerator, NodeId, WhereNode } from '../../query/ast';
import type { ConditionChoice, PropertyOption, PropertyType } from '../../query/property-types';
import { defaultFieldLabels, type WhereLabels } from '../labels';

/** Props of the editor of one where node. */
export interface WhereNodeEditorProps {
  node: WhereNode;
  /** "2.1": where the node sits, for names that tell repeated controls apart. */
  position: string;
  /** What a group at the root of a slot is called ("Where", "items of properties.tags"). */
  rootSubject?: string;
}

/** Props of the editor of a condition (operator, operand, or function over items). */
export interface ConditionEditorProps {
  condition: Condition;
  type: PropertyType;
  subject: string;
  position: string;
  itemProperties?: readonly PropertyOption[];
  onChange: (condition: Condition) => void;
}

/** What every part of a where editor shares; one value per slot, memoized by the root. */
export interface WhereContextValue {
  properties?: readonly PropertyOption[];
  /** The id of the datalist of `properties`, rendered once per slot rather than once per row. */
  datalistId: string;
  operators?: Partial<Record<PropertyType, readonly ConditionChoice[]>>;
  labels: WhereLabels;
  ids: IdGenerator;
  disabled: boolean;
  readOnly: boolean;
  repeated: ReadonlySet<string>;
  update: (id: NodeId, change: (node: WhereNode) => WhereNode) => void;
  remove: (id: NodeId) => void;
  /**
   * The condition that takes focus when it mounts: an add button sets it to the condition it adds
   * (focus goes to the new row's property, not left on the button), the new row takes and clears it.
   */
  focusRequest: { current: NodeId | undefined };
  // Passed in rather than imported: groups hold nodes and function conditions hold conditions and
  // where trees, and importing each other would make cycles.
  NodeEditor: ComponentType<WhereNodeEditorProps>;
  ConditionEditor: ComponentType<ConditionEditorProps>;
}

// Outside a WhereConditionEditor there is nothing to render nodes with.
const Missing = () => null;

/** The shared state of a where editor. */
export const WhereContext = createContext<WhereContextValue>({
  datalistId: '',
  labels: defaultFieldLabels.where,
  ids: () => '',
  disabled: false,
  readOnly: false,
  repeated: new Set(),
  update: () => undefined,
  remove: () => undefined,
  focusRequest: { current: undefined },
  NodeEditor: Missing,
  ConditionEditor: Missing,
});

/** Reads the shared state of the enclosing where editor. */
export function useWhereContext(): WhereContextValue {
  return useContext(WhereContext);
}

/** The name a condition's controls carry: its property, with its position when the property repeats. */
export function conditionSubject(ctx: WhereContextValue, property: string, position: string): string {
  if (property === '') return ctx.labels.condition(position);
  return ctx.repeated.has(property) ? `${property} (${ctx.labels.condition(position)})` : property;
}
