import { useMemo } from 'react';
import type { DragCancelEvent, DragEndEvent, DragMoveEvent, DragStartEvent } from '@dnd-kit/core';
import type { NodeId } from '../../query/ast';
import { checkArrange, type MoveCheck } from '../../query/arrange';
import { useQueryStore } from '../../hooks/QueryStoreContext';
import { useViewStore } from '../../hooks/useView';
import { useBuilderConfig } from '../BuilderConfig';
import { useArrange } from '../useArrange';
import { useArrangeContext } from '../arrangeContext';
import type { DragController } from './dragController';
import { currentTarget, isCurrentPlace, resolveDrop } from '../../query/drops';
import { nodeName, placeName } from '../placeWords';

/** DndContext's handlers: mark the aim, announce it, refuse or apply the drop. `setActive` drives the overlay. */
export function useDragHandlers(controller: DragController, setActive: (id: NodeId | undefined) => void) {
  const store = useQueryStore();
  const view = useViewStore();
  const arrange = useArrange();
  const { labels, announcements: a } = useBuilderConfig();
  const { focusControl } = useArrangeContext();
  return useMemo(() => {
    const aimOf = (event: DragMoveEvent | DragEndEvent) => {
      const activeId = String(event.active.id);
      const query = store.getState().query;
      const over = controller.over();
      return { activeId, query, over, target: resolveDrop(query, activeId, over) };
    };
    // Returns whether the drag was from the keyboard: such a drag ends with focus on the moved
    // node's handle, since the node may have been rendered anew and the handle that began it is gone.
    const finish = () => {
      const keyboard = controller.end();
      view.getState().setDrag(undefined);
      setActive(undefined);
      return keyboard;
    };
    const track = (event: DragMoveEvent) => {
      const { activeId, query, over, target } = aimOf(event);
      // Pointer moves fire often: the live region speaks only when the aim changes.
      if (!controller.aimChanged(over ? JSON.stringify(target ?? null) : 'nowhere')) return;
      const v = view.getState();
      const item = nodeName(query, activeId, labels);
      if (!over) {
        v.setDrag({ activeId, refused: false });
        v.clearNotice();
        v.announce(a.notOver(item));
        return;
      }
      const here = isCurrentPlace(query, activeId, target);
      const aim = here ? currentTarget(query, activeId) : target;
      const place = aim ? placeName(query, activeId, aim, { ...a, group: labels.group }) : a.topLevel;
      const check: MoveCheck = here || !target ? { ok: true } : checkArrange(query, activeId, target);
      v.setDrag({ activeId, over: here ? undefined : over, refused: !check.ok });
      if (check.ok) {
        v.clearNotice();
        v.announce(a.over(item, place));
        return;
      }
      const text = a.overRefused(item, place, a.reasons[check.reason]);
      v.showNotice(text, store.getState().revision);
      v.announce(text);
    };
    return {
      onDragStart: ({ active, activatorEvent }: DragStartEvent) => {
        const activeId = String(active.id);
        const root = (activatorEvent?.target as Element | null)?.closest('.pcb-builder') ?? document;
        controller.begin(activeId, activatorEvent instanceof KeyboardEvent, root);
        setActive(activeId);
        const v = view.getState();
        v.clearNotice();
        v.setDrag({ activeId, refused: false });
        v.announce(a.pickedUp(nodeName(store.getState().query, activeId, labels)));
      },
      onDragMove: track,
      onDragOver: track,
      onDragEnd: (event: DragEndEvent) => {
        const { activeId, query, over, target } = aimOf(event);
        const keyboard = finish();
        if (!over || !target || isCurrentPlace(query, activeId, target)) {
          view.getState().announce(a.unchanged(nodeName(query, activeId, labels)));
          if (keyboard) focusControl(activeId, 'handle');
          return;
        }
        arrange(activeId, target, keyboard ? 'handle' : undefined);
      },
      onDragCancel: ({ active }: DragCancelEvent) => {
        const keyboard = finish();
        view.getState().announce(a.cancelled(nodeName(store.getState().query, String(active.id), labels)));
        if (keyboard) focusControl(String(active.id), 'handle');
      },
    };
  }, [store, view, arrange, labels, a, controller, setActive, focusControl]);
}
