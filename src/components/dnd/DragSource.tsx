import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useDraggable } from '@dnd-kit/core';
import type { NodeId } from '../../query/ast';
import { useIsomorphicLayoutEffect } from '../../hooks/useIsomorphicLayoutEffect';
import { useViewStore } from '../../hooks/useView';
import type { DragBridge } from './dragBridge';
import { pressAfterPickUp } from './pressAfterPickUp';

interface Armed {
  id: NodeId;
  handle: HTMLElement;
  /** The member that moves: what the overlay measures. */
  node: HTMLElement | null;
}

// Never the id of a node: what the source holds before any handle armed it.
const IDLE = 'pcb:idle';

/** The builder's one dnd-kit draggable, armed by whichever handle starts a drag (see dragBridge.ts). Renders nothing. */
export function DragSource({ bridge }: { bridge: DragBridge }) {
  const view = useViewStore();
  const [armed, setArmed] = useState<Armed | undefined>(undefined);
  const { listeners, setNodeRef, setActivatorNodeRef } = useDraggable({ id: armed?.id ?? IDLE });
  useIsomorphicLayoutEffect(() => {
    setNodeRef(armed?.node ?? null);
    setActivatorNodeRef(armed?.handle ?? null);
  }, [armed, setNodeRef, setActivatorNodeRef]);
  useIsomorphicLayoutEffect(() => {
    const arm = (id: NodeId, handle: HTMLElement) => {
      if (view.getState().drag) return false;
      const node = handle.closest<HTMLElement>('[data-pcb-drop-node]');
      if (armed?.id !== id || armed.handle !== handle || armed.node !== node) {
        // dnd-kit must know the node before the event reaches its sensor: render and register now.
        flushSync(() => setArmed({ id, handle, node }));
      }
      return true;
    };
    bridge.connect({ arm, listeners: listeners ?? {}, press: (handle, keys) => void pressAfterPickUp(handle, keys) });
  }, [bridge, listeners, armed, view]);
  return null;
}
