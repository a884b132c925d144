import { createContext, useContext } from 'react';
import type { NodeId } from '../query/ast';

/** The controls of a node that keep focus after it moves (each carries `data-pcb-action`). */
export type ArrangeControl = 'handle' | 'up' | 'down' | 'move-to';

/** What the arrange controls need from the builder's root: moving focus to a node's control after a move. */
export interface ArrangeContextValue {
  focusControl: (id: NodeId, control: ArrangeControl) => void;
}

const ArrangeContext = createContext<ArrangeContextValue>({ focusControl: () => {} });

/** Provides the builder root's arrange helpers. */
export const ArrangeContextProvider = ArrangeContext.Provider;

/** The arrange helpers of the nearest builder. */
export function useArrangeContext(): ArrangeContextValue {
  return useContext(ArrangeContext);
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
      (find(control) ?? find('handle'))?.focus();
    },
  };
}
