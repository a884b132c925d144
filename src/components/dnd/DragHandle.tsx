import { createContext, memo, useContext } from 'react';
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { NodeId } from '../../query/ast';
import { useBuilderConfig } from '../BuilderConfig';

/** What a sortable member hands to the handle inside its card. */
export interface DragHandleBinding {
  id: NodeId;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
  disabled: boolean;
}

// A context rather than props: the member re-renders while a drag moves, and only the handle
// (not the whole card) needs what changes.
const DragHandleContext = createContext<DragHandleBinding | null>(null);

/** Provides a member's drag bindings to the handle in its card. */
export const DragHandleProvider = DragHandleContext.Provider;

/** The drag handle of the nearest sortable member: a real button, named "Drag clause 1.2"; nothing outside a member. */
export const DragHandle = memo(function DragHandle({ name }: { name: string }) {
  const binding = useContext(DragHandleContext);
  const { labels } = useBuilderConfig();
  if (!binding) return null;
  return (
    <button
      type="button"
      className="pcb-drag-handle"
      ref={binding.setActivatorNodeRef}
      {...binding.attributes}
      {...binding.listeners}
      aria-label={labels.drag(name)}
      disabled={binding.disabled}
      data-pcb-action="handle"
      data-pcb-node={binding.id}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
});
