import { useMemo, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DropAnimation,
  type KeyboardSensorOptions,
} from '@dnd-kit/core';
import type { NodeId } from '../../query/ast';
import { useQueryStore } from '../../hooks/QueryStoreContext';
import { useViewStore } from '../../hooks/useView';
import { useBuilderConfig } from '../BuilderConfig';
import type { DragBridge } from './dragBridge';
import { createDragController } from './dragController';
import { DragPreview } from './DragPreview';
import { DragSource } from './DragSource';
import { useDragHandlers } from './useDragHandlers';

// A few pixels of travel before a mouse drag starts, so a click on the handle stays a click; a
// short press before a touch drag starts, so a finger can still scroll the page past a handle.
const MOUSE = { activationConstraint: { distance: 4 } };
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } };
const DROP_ANIMATION: DropAnimation = { duration: 150, easing: 'ease' };

// The drop animation runs in script, out of the stylesheet's reach: it honours the same preference.
const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

// The builder speaks through its own labelled live region (announcements.ts); dnd-kit's stays quiet.
const SILENT: Announcements = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/**
 * Everything of drag and drop that needs dnd-kit: its context and sensors, the one draggable
 * (DragSource) and the overlay. Loaded and mounted on first use (ArrangeDnd.tsx); it wraps no
 * cards, which talk to it through the bridge, so mounting it re-renders none of them.
 */
export function DndLayer({ bridge }: { bridge: DragBridge }) {
  const store = useQueryStore();
  const view = useViewStore();
  const { announcements } = useBuilderConfig();
  const [controller] = useState(() => createDragController(store, view));
  const [activeId, setActiveId] = useState<NodeId | undefined>(undefined);
  const keyboard = useMemo<KeyboardSensorOptions>(() => ({ coordinateGetter: controller.coordinateGetter }), [controller]);
  const sensors = useSensors(useSensor(MouseSensor, MOUSE), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, keyboard));
  const accessibility = useMemo(
    () => ({ announcements: SILENT, screenReaderInstructions: { draggable: announcements.instructions } }),
    [announcements.instructions],
  );
  const handlers = useDragHandlers(controller, setActiveId);
  return (
    <DndContext sensors={sensors} collisionDetection={controller.collisionDetection} accessibility={accessibility} {...handlers}>
      <DragSource bridge={bridge} />
      <DragOverlay dropAnimation={reducedMotion() ? null : DROP_ANIMATION}>{activeId ? <DragPreview id={activeId} /> : null}</DragOverlay>
    </DndContext>
  );
}
