import { keepDragKey } from './dragBridge';

// Part of the drag-and-drop module (DragSource hands it to the bridge), so a page that never drags
// does not load it.

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Hands keys pressed before the pick-up to the drag, in order, once it has begun (the handle says
 * so with aria-pressed) and dnd-kit listens (it adds its key listener a task after the pick-up),
 * a frame apart as a person's presses would be. Keys pressed meanwhile wait their turn. A drag that
 * has not begun within about a second (the module failed to arrive, focus left) gets none.
 */
export async function pressAfterPickUp(handle: HTMLElement, keys: KeyboardEvent[]): Promise<void> {
  const document = handle.ownerDocument;
  const ours = new WeakSet<Event>();
  const queue = (e: KeyboardEvent) => {
    if (!ours.has(e)) keepDragKey(e, keys);
  };
  document.addEventListener('keydown', queue, true);
  try {
    for (let waited = 0; handle.getAttribute('aria-pressed') !== 'true'; waited++) {
      if (waited > 60 || !handle.isConnected) return;
      await frame();
    }
    for (let key = keys.shift(); key; key = keys.shift()) {
      await frame();
      ours.add(key);
      // Dispatched on the handle, so it reaches the document's listeners as a real press would.
      handle.dispatchEvent(key);
    }
  } finally {
    document.removeEventListener('keydown', queue, true);
  }
}
