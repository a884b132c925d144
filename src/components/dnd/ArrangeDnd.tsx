import { useEffect, useId, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useBuilderConfig } from '../BuilderConfig';
import { createDragBridge, DragBridgeProvider } from './dragBridge';
import { useDndLoader, whenIdle, type DndModule } from './loadDnd';

/**
 * Drag and drop for a builder, with no set-up for the host: pointer, touch and keyboard; one
 * draggable and targets measured from the DOM. dnd-kit is not in the builder's own code: its part
 * (DndLayer) is loaded when the browser is idle, or by the first drag, and mounted by the first drag.
 * Until then the handles are plain buttons, and moves by the menus never need it.
 */
export function ArrangeDnd({ children }: { children: ReactNode }) {
  const { announcements } = useBuilderConfig();
  const loader = useDndLoader();
  const instructionsId = useId();
  const [bridge] = useState(() => createDragBridge(instructionsId));
  const [dnd, setDnd] = useState<DndModule | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let ready: DndModule | undefined = loader.loaded?.();
    let loading: Promise<DndModule | undefined> | undefined;
    // A failed load is forgotten, so the next drag tries again.
    const load = () =>
      (loading ??= loader.load().then(
        (module) => (ready = module),
        () => (loading = undefined),
      ));
    const stopIdle = loader.prefetch ? whenIdle(() => void load()) : undefined;
    const stopNeeding = bridge.whenNeeded(() => {
      // Already loaded: mount it now, in the event that starts the drag, which then reaches dnd-kit as ever.
      const module = ready;
      if (module) return flushSync(() => setDnd(module));
      // Else the bridge holds the event until the layer connects.
      void load().then((module) => {
        if (live && module) setDnd(module);
      });
    });
    return () => {
      live = false;
      stopIdle?.();
      stopNeeding();
    };
  }, [bridge, loader]);
  return (
    <>
      <DragBridgeProvider value={bridge}>{children}</DragBridgeProvider>
      {/* Every handle points here (aria-describedby): how to drag from the keyboard. */}
      <div id={instructionsId} hidden>
        {announcements.instructions}
      </div>
      {dnd && <dnd.DndLayer bridge={bridge} />}
    </>
  );
}
