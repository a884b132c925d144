import { createContext, useContext } from 'react';
import type { NodeId } from '../query/ast';

/** The controls of a node that keep focus after it moves (each carries `data-pcb-action`). */
export type ArrangeControl = 'handle' | 'menu' | 'add';

/** What the builder's controls need from its root: moving focus to a node's control or first field. */
export interface ArrangeContextValue {
  /** Focuses a control of node `id` (its handle if it has not that control); true when something took focus. */
  focusControl: (id: NodeId, control: ArrangeControl) => boolean;
  /** Focuses the first field of clause `id` (its menu button when it has no field); true when something took focus. */
  focusFirstField: (id: NodeId) => boolean;
}

const ArrangeContext = createContext<ArrangeContextValue>({ focusControl: () => false, focusFirstField: () => false });

/** Provides the builder root's arrange helpers. */
export const ArrangeContextProvider = ArrangeContext.Provider;

/** The arrange helpers of the nearest builder. */
export function useArrangeContext(): ArrangeContextValue {
  return useContext(ArrangeContext);
}

// The fields of a clause, in reading order; its header's buttons are not fields.
const FIELD = '.pcb-clause-body :is(input, select, textarea, [role="combobox"]):not([disabled], [type="hidden"])';

function focus(element: HTMLElement | undefined): boolean {
  if (!element) return false;
  element.focus();
  return element.ownerDocument.activeElement === element;
}

/** The arrange helpers of one builder, plus `attachRoot`, the callback ref of the builder's root element. */
export function createArrangeHelpers(): ArrangeContextValue & { attachRoot: (element: HTMLElement | null) => void } {
  let root: HTMLElement | null = null;
  return {
    attachRoot: (element) => {
      root = element;
    },
    focusControl: (id, control) => {
      const find = (name: ArrangeControl) =>
        Array.from(root?.querySelectorAll<HTMLElement>(`[data-pcb-action="${name}"]`) ?? []).find((el) => el.dataset.pcbNode === id);
      return focus(find(control) ?? find('handle') ?? find('menu'));
    },
    focusFirstField: (id) => {
      const card = Array.from(root?.querySelectorAll<HTMLElement>('[data-pcb-clause]') ?? []).find((el) => el.dataset.pcbClause === id);
      const field = card?.querySelector<HTMLElement>(FIELD);
      const menu = card?.querySelector<HTMLElement>('[data-pcb-action="menu"]');
      return focus(field ?? menu ?? undefined);
    },
  };
}
