/** Waits, for the gaps dnd-kit needs between the steps of a drag. */
export const pause = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

/** The centre of an element, in viewport coordinates. */
export function center(element: Element): { x: number; y: number } {
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The drop mark (`data-drop`: before, after, inside, refused) shown where `at` is, if any, under the drag preview that follows the pointer. */
export function markAt(at: { x: number; y: number }): string | undefined {
  for (const element of document.elementsFromPoint(at.x, at.y)) {
    const mark = element.closest<HTMLElement>('[data-drop]')?.dataset.drop;
    if (mark !== undefined) return mark;
  }
  return undefined;
}

/**
 * Drags `handle` to `to` the way a mouse does: pointer and mouse events down on the handle, moves in
 * steps on the document, up at the end. Real events in a real browser: dnd-kit measures layout.
 * With `mark`, it lets go only once the builder shows that drop mark where the pointer is (the drop
 * line a person waits to see): on a loaded machine the last move may not have been drawn yet.
 */
export async function pointerDrag(handle: Element, to: { x: number; y: number }, mark?: string, steps = 10): Promise<void> {
  const from = center(handle);
  const fire = (target: EventTarget, type: string, at: { x: number; y: number }) => {
    const init = { bubbles: true, cancelable: true, composed: true, clientX: at.x, clientY: at.y, button: 0, buttons: type.endsWith('up') ? 0 : 1 };
    target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, { ...init, pointerId: 1, isPrimary: true, pointerType: 'mouse' }) : new MouseEvent(type, init));
  };
  fire(handle, 'pointerdown', from);
  fire(handle, 'mousedown', from);
  const move = (at: { x: number; y: number }) => {
    fire(document, 'pointermove', at);
    fire(document, 'mousemove', at);
  };
  for (let i = 1; i <= steps; i++) {
    move({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    await pause(30);
  }
  // As a person watches the card lift (and the drop line) before letting go: drag and drop loads on
  // first use, and the drag begins with the first move after it arrives (the handle then reads as
  // pressed). A slow machine may take longer than the moves above; a drag that never begins, or
  // never shows the mark, lets go after 10 s and the caller's own assertion fails.
  const ready = () => handle.getAttribute('aria-pressed') === 'true' && (mark === undefined || markAt(to) === mark);
  for (let waited = 0; !ready() && waited < 10_000; waited += 50) {
    move(to);
    await pause(50);
  }
  move(to);
  await pause(60);
  fire(document, 'pointerup', to);
  fire(document, 'mouseup', to);
  await pause(60);
}
