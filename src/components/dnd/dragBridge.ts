import { createContext, useContext, type SyntheticEvent } from 'react';
import type { NodeId } from '../../query/ast';

/** The events that start a drag: one per sensor (mouse, touch, keyboard). */
export type ActivatorEvent = 'onMouseDown' | 'onTouchStart' | 'onKeyDown';

/**
 * How the many drag handles of a builder reach its one dnd-kit draggable (DragSource). A handle
 * arms the source with its node on the event that may start a drag, then hands it the event.
 * One draggable instead of one per node: dnd-kit re-renders every draggable whenever a drag
 * moves, and one per node would re-render every card of a big builder on every step.
 */
export interface DragBridge {
  /** The id of the hidden text that tells a screen reader how to drag. */
  instructionsId: string;
  /** Arms the source for `id` (synchronously), unless a drag is already in progress. */
  arm(id: NodeId, handle: HTMLElement): boolean;
  /** The armed source's dnd-kit listeners. */
  listeners(): DragListeners;
  /** Called by DragSource after each render with its current arming function and listeners. */
  connect(source: { arm: (id: NodeId, handle: HTMLElement) => boolean; listeners: DragListeners }): void;
}

/** dnd-kit's listeners of a draggable, by event. */
export type DragListeners = Partial<Record<ActivatorEvent, (event: SyntheticEvent) => void>>;

/** A bridge with no source connected yet. */
export function createDragBridge(instructionsId: string): DragBridge {
  let source: { arm: (id: NodeId, handle: HTMLElement) => boolean; listeners: DragListeners } = { arm: () => false, listeners: {} };
  return {
    instructionsId,
    arm: (id, handle) => source.arm(id, handle),
    listeners: () => source.listeners,
    connect: (next) => {
      source = next;
    },
  };
}

const DragBridgeContext = createContext<DragBridge | null>(null);

/** Provides a builder's drag bridge. */
export const DragBridgeProvider = DragBridgeContext.Provider;

/** The drag bridge of the nearest builder, or null outside one. */
export function useDragBridge(): DragBridge | null {
  return useContext(DragBridgeContext);
}

/** Hands a handle's event to the builder's draggable, armed with the handle's node. */
export function activate(bridge: DragBridge, id: NodeId, name: ActivatorEvent, event: SyntheticEvent<HTMLElement>): void {
  // Read after arming: arming re-renders the source, which connects its new listeners.
  if (bridge.arm(id, event.currentTarget)) bridge.listeners()[name]?.(event);
}
