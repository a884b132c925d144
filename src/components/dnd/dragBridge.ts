import { createContext, useContext, type SyntheticEvent } from 'react';
import type { NodeId } from '../../query/ast';

/** The events that start a drag: one per sensor (mouse, touch, keyboard). */
export type ActivatorEvent = 'onMouseDown' | 'onTouchStart' | 'onKeyDown';

/** dnd-kit's listeners of a draggable, by event. */
export type DragListeners = Partial<Record<ActivatorEvent, (event: SyntheticEvent) => void>>;

/** What DragSource hands the bridge after each render: its arming function and dnd-kit's listeners. */
export interface DragSourceLink {
  /** Arms the source for `id` (synchronously), unless a drag is already in progress. */
  arm(id: NodeId, handle: HTMLElement): boolean;
  listeners: DragListeners;
  /** Hands keys pressed before a held keyboard pick-up to the drag once it has begun (pressAfterPickUp.ts). */
  press(handle: HTMLElement, keys: KeyboardEvent[]): void;
}

/**
 * How the many drag handles of a builder reach its one dnd-kit draggable (DragSource). A handle
 * arms the source with its node on the event that may start a drag, then hands it the event.
 * One draggable instead of one per node: dnd-kit re-renders every draggable whenever a drag
 * moves, and one per node would re-render every card of a big builder on every step.
 *
 * dnd-kit is loaded on first use (ArrangeDnd.tsx): until a source is connected, an event that
 * starts a drag asks for it and is held, then handed over as soon as the source connects, so the
 * drag that caused the load goes on (a pointer still down moves it, a Space picks it up). Keys
 * pressed after that Space and before the pick-up (arrows, Space or Enter to drop) are kept too,
 * and handed to the drag in order once it has begun: a person who does not wait to hear "Picked
 * up" loses nothing.
 */
export interface DragBridge {
  /** The id of the hidden text that tells a screen reader how to drag. */
  instructionsId: string;
  /** Hands a handle's event to the draggable, armed with the handle's node (or holds it until there is one). */
  activate(id: NodeId, name: ActivatorEvent, event: SyntheticEvent<HTMLElement>): void;
  /** Called by DragSource after each render. */
  connect(source: DragSourceLink): void;
  /**
   * Sets what is called when a drag starts and no source is connected: it either connects one
   * synchronously (dnd-kit already loaded) or loads it. Returns a function that unsets it and
   * lets go of a held event.
   */
  whenNeeded(need: () => void): () => void;
}

// An event that started a drag before dnd-kit was there.
interface Held {
  id: NodeId;
  name: ActivatorEvent;
  handle: HTMLElement;
  /** A copy of the event, as it was when it happened (see `copyOf`). */
  event: Event;
  /** Keys pressed on a held keyboard pick-up, for the drag once it has begun. */
  keys: KeyboardEvent[];
  release: () => void;
}

// The keys dnd-kit's keyboard sensor moves or drops with (its defaults); Tab moves focus, which lets go.
const DRAG_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Space', 'Enter']);

/**
 * Keeps `event` for the drag when it is one of its keys, and nothing else has it: an arrow does not
 * scroll, a Space does not press the button. Whether it was kept.
 */
export function keepDragKey(event: KeyboardEvent, keys: KeyboardEvent[]): boolean {
  if (!DRAG_KEYS.has(event.code)) return false;
  event.preventDefault();
  event.stopPropagation();
  keys.push(copyOf(event) as KeyboardEvent);
  return true;
}

/** A bridge with no source connected yet. */
export function createDragBridge(instructionsId: string): DragBridge {
  let source: DragSourceLink | undefined;
  let need: (() => void) | undefined;
  let held: Held | undefined;
  const connected = () => source;

  const handOver = (id: NodeId, name: ActivatorEvent, event: SyntheticEvent<HTMLElement>) => {
    // Read after arming: arming re-renders the source, which connects its new listeners.
    if (connected()?.arm(id, event.currentTarget)) connected()?.listeners[name]?.(event);
  };
  const letGo = () => {
    held?.release();
    held = undefined;
  };
  const hold = (id: NodeId, name: ActivatorEvent, event: SyntheticEvent<HTMLElement>) => {
    letGo();
    const handle = event.currentTarget;
    const copy = copyOf(event.nativeEvent);
    // As dnd-kit's keyboard sensor does: the key picks the node up, it does not press the button.
    if (name === 'onKeyDown') event.preventDefault();
    // What ends the drag before it began: the button or finger lifted, Escape, focus gone.
    const document = handle.ownerDocument;
    const ends = name === 'onMouseDown' ? ['mouseup'] : name === 'onTouchStart' ? ['touchend', 'touchcancel'] : ['keydown'];
    const keys: KeyboardEvent[] = [];
    const end = (e: Event) => {
      const code = (e as KeyboardEvent).code;
      if (e.type !== 'keydown' || code === 'Escape') return letGo();
      if (name === 'onKeyDown') keepDragKey(e as KeyboardEvent, keys);
    };
    for (const type of ends) document.addEventListener(type, end, true);
    if (name === 'onKeyDown') handle.addEventListener('blur', letGo);
    const release = () => {
      for (const type of ends) document.removeEventListener(type, end, true);
      handle.removeEventListener('blur', letGo);
    };
    held = { id, name, handle, event: copy, keys, release };
  };
  const replay = () => {
    const h = held;
    letGo();
    if (!h?.handle.isConnected) return;
    handOver(h.id, h.name, replayed(h));
    if (h.keys.length > 0) connected()?.press(h.handle, h.keys);
  };

  return {
    instructionsId,
    activate: (id, name, event) => {
      if (!connected()) {
        const native = event.nativeEvent;
        // dnd-kit ignores an event a handler before it prevented; so do we.
        if (native.defaultPrevented || !startsDrag(name, native)) return;
        need?.();
        if (!connected()) return hold(id, name, event);
      }
      handOver(id, name, event);
    },
    connect: (next) => {
      const first = !source;
      source = next;
      // Out of the commit that connected it: arming renders synchronously (flushSync).
      if (first && held) queueMicrotask(replay);
    },
    whenNeeded: (next) => {
      need = next;
      // A drag begun before there was anyone to ask (an event React replayed while hydrating).
      if (held) next();
      return () => {
        if (need === next) need = undefined;
        letGo();
      };
    },
  };
}

// Whether dnd-kit's sensor for this event would start a drag (its activators' own tests).
function startsDrag(name: ActivatorEvent, event: Event): boolean {
  if (name === 'onMouseDown') return (event as MouseEvent).button !== 2;
  if (name === 'onTouchStart') return (event as TouchEvent).touches.length <= 1;
  return (event as KeyboardEvent).code === 'Space' || (event as KeyboardEvent).code === 'Enter';
}

/**
 * A copy of an event as it was when it happened: its coordinates, key and target, not yet
 * handled (dnd-kit skips an event that was prevented or already captured).
 */
function copyOf(event: Event): Event {
  const EventType = event.constructor as new (type: string, init: object) => Event;
  const touch = event as TouchEvent;
  // A TouchList is not a sequence an init dictionary takes: list the touches.
  const init = 'touches' in event
    ? { bubbles: true, cancelable: true, composed: true, touches: Array.from(touch.touches), targetTouches: Array.from(touch.targetTouches), changedTouches: Array.from(touch.changedTouches) }
    : event;
  const copy = new EventType(event.type, init);
  // Never dispatched, so it has no target of its own: dnd-kit reads the document and window from it.
  Object.defineProperty(copy, 'target', { value: event.target });
  return copy;
}

// The held event as React would have handed it over, with what dnd-kit's activators read.
function replayed(held: Held): SyntheticEvent<HTMLElement> {
  const { event, handle } = held;
  const synthetic: Pick<SyntheticEvent<HTMLElement>, 'nativeEvent' | 'target' | 'currentTarget' | 'type' | 'preventDefault' | 'isDefaultPrevented'> = {
    nativeEvent: event,
    target: event.target as EventTarget,
    currentTarget: handle,
    type: event.type,
    preventDefault: () => event.preventDefault(),
    isDefaultPrevented: () => event.defaultPrevented,
  };
  return synthetic as SyntheticEvent<HTMLElement>;
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
  bridge.activate(id, name, event);
}
