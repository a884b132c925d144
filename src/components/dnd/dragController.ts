/**
 * The builder's rules for dnd-kit: which target a drag is over (collision detection) and where
 * the arrow keys take a keyboard drag (coordinate getter). dnd-kit's stock helpers pick the
 * nearest rectangle, which in nested groups is often the wrong one (a whole group instead of the
 * clause under the pointer); these pick by what the dragged node may go into. The targets are
 * measured from the DOM (measureTargets.ts), not registered as droppables.
 */
import type { ClientRect, Collision, CollisionDetection, KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { NodeId, Query } from '../../query/ast';
import { ancestorsOf, indexQuery } from '../../query/walk';
import type { ArrangeTarget } from '../../query/arrange';
import type { QueryStore } from '../../hooks/storeTypes';
import type { ViewStore } from '../../hooks/storeTypes';
import type { DropOver } from '../../query/drops';
import { keyboardTargets, overFor } from '../../query/drops';
import { intoId, measureTargets, NEW_GROUP_ID, type DropData, type DropTarget } from './measureTargets';

/** The target id that stands for a `DropOver`. */
export function targetIdOf(over: DropOver): string {
  return over.kind === 'new-group' ? NEW_GROUP_ID : over.kind === 'into' ? intoId(over.id) : over.id;
}

const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

const within = (rect: ClientRect, x: number, y: number) =>
  rect.width > 0 && x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height;

interface Session {
  activeId: NodeId;
  keyboard: boolean;
  /** The builder's element, whose drop targets are measured. */
  root: ParentNode;
  /** The drop targets, measured when the drag begins; dropped after a scroll, measured again when next needed. */
  measured?: Map<string, DropTarget>;
  forget: () => void;
  targets: ArrangeTarget[];
  cursor: number;
  over?: DropOver;
  /** The aim last announced, so the live region speaks only when it changes. */
  aim?: string;
}

/** A builder's drag rules, bound to its stores. */
export interface DragController {
  begin(activeId: NodeId, keyboard: boolean, root: ParentNode): void;
  /** Ends the drag; true when it was a drag from the keyboard. */
  end(): boolean;
  /** What the drag is over now: the keyboard's aim, or the target under the pointer. */
  over(): DropOver | undefined;
  /** Records the current aim; true when it differs from the last one. */
  aimChanged(key: string): boolean;
  collisionDetection: CollisionDetection;
  coordinateGetter: KeyboardCoordinateGetter;
}

/** Creates the drag rules of one builder. */
export function createDragController(store: QueryStore, view: ViewStore): DragController {
  let session: Session | undefined;

  const measured = (s: Session) => (s.measured ??= measureTargets(s.root));
  const rectOf = (s: Session, id: string) => measured(s).get(id)?.rect;

  // Also records what the pointer is over (with the side of a node it is on) for the drag handlers.
  const pointerCollision: CollisionDetection = ({ pointerCoordinates: p }) => {
    const found = session && p ? pointerTarget(session, p) : undefined;
    if (session) session.over = found ? overAt(session, found, p!) : undefined;
    return found ? [{ id: found }] : [];
  };

  const overAt = (s: Session, id: string, p: { y: number }): DropOver | undefined => {
    if (id === NEW_GROUP_ID) return { kind: 'new-group' };
    const data = measured(s).get(id)?.data;
    if (data?.kind === 'into') return { kind: 'into', id: data.groupId };
    const rect = rectOf(s, id);
    return rect && { kind: 'node', id, side: p.y > rect.top + rect.height / 2 ? 'after' : 'before' };
  };

  const pointerTarget = (s: Session, p: { x: number; y: number }): string | undefined => {
    const query = store.getState().query;
    const index = indexQuery(query);
    const active = index.get(s.activeId);
    if (!active) return undefined;
    const activeId = s.activeId;
    const isGroup = active.node.kind === 'group';
    const inActive = (id: NodeId) => id !== activeId && !!ancestorsOf(query, id)?.some((a) => a.id === activeId);
    const accepts = (id: string, data: DropData | undefined) => {
      if (!data || data.kind === 'new-group') return !!data;
      if (data.kind === 'into') return data.groupId !== activeId && !inActive(data.groupId);
      // A group moves among the members of the top level; a clause may aim at any node.
      return !inActive(id) && (!isGroup || index.get(id)?.parentId === query.id);
    };
    let best: { id: string; data: DropData; area: number } | undefined;
    for (const [id, { rect, data }] of measured(s)) {
      if (!within(rect, p.x, p.y) || !accepts(id, data)) continue;
      // The smallest target under the pointer is the innermost: a clause rather than its group.
      const area = rect.width * rect.height;
      if (!best || area < best.area) best = { id, data, area };
    }
    if (!best) return undefined;
    // A clause over a group's header goes into that group.
    if (best.data.kind === 'node' && !isGroup && best.id !== activeId && index.get(best.id)?.node.kind === 'group') {
      return intoId(best.id);
    }
    // In the gaps of a group (or of the top level, for a group) the nearest member is the aim.
    if (best.data.kind === 'into' && (!isGroup || best.data.groupId === query.id)) {
      const group = index.get(best.data.groupId)?.node;
      let nearest: { id: string; distance: number } | undefined;
      for (const child of group?.kind === 'group' ? group.children : []) {
        const rect = rectOf(s, child.id);
        if (!rect || rect.height === 0) continue;
        const distance = Math.abs(rect.top + rect.height / 2 - p.y);
        if (!nearest || distance < nearest.distance) nearest = { id: child.id, distance };
      }
      if (nearest) return nearest.id;
    }
    return best.id;
  };

  const collisionDetection: CollisionDetection = (args): Collision[] => {
    if (!session?.keyboard) return pointerCollision(args);
    return session.over ? [{ id: targetIdOf(session.over) }] : [];
  };

  const coordinateGetter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    const step = STEPS[event.code];
    if (!step || !session) return undefined;
    event.preventDefault();
    if (session.targets.length === 0) return undefined;
    session.cursor = Math.min(session.targets.length - 1, Math.max(0, session.cursor < 0 ? 0 : session.cursor + step));
    const query = store.getState().query;
    const over = overFor(query, session.activeId, session.targets[session.cursor]!, view.getState().collapsed);
    session.over = over;
    const box = context.collisionRect;
    let rect = over && rectOf(session, targetIdOf(over));
    // A folded group's inside is hidden: aim at the group itself.
    if (over?.kind === 'into' && (!rect || rect.height === 0)) rect = rectOf(session, over.id);
    if (!over || !rect || !box) return undefined;
    let y = rect.top;
    if (over.kind === 'node') {
      const sameGroup = parentIdOf(query, over.id) === parentIdOf(query, session.activeId);
      if (sameGroup) y = over.side === 'after' ? rect.top + rect.height - box.height : rect.top;
      else y = (over.side === 'after' ? rect.top + rect.height : rect.top) - box.height / 2;
    }
    const next = { x: rect.left, y };
    // Two aims at the same spot must still move the overlay, or dnd-kit would not look again.
    if (next.x === currentCoordinates.x && next.y === currentCoordinates.y) next.y += step / 2;
    return next;
  };

  return {
    begin: (activeId, keyboard, root) => {
      session?.forget();
      const { targets, start } = keyboardTargets(store.getState().query, activeId, view.getState().collapsed);
      // A scroll moves every target: measure again when next needed.
      const document = (root as Node).ownerDocument ?? (root as Document);
      const remeasure = () => {
        if (session) session.measured = undefined;
      };
      document.addEventListener('scroll', remeasure, { capture: true, passive: true });
      const forget = () => document.removeEventListener('scroll', remeasure, { capture: true });
      // Measured now, in the event that starts the drag: the layout the drag began over. Left to the
      // first collision check, the measuring would happen whenever React renders DndContext, which
      // React 19 does before the browser's next frame and React 18 in a later task, after it: the
      // same drag would then be measured over different layouts (a frame can change one, e.g. when
      // the browser lays out a `content-visibility: auto` card it had sized by its placeholder).
      session = { activeId, keyboard, root, forget, targets, cursor: start, measured: measureTargets(root) };
    },
    end: () => {
      const keyboard = session?.keyboard ?? false;
      session?.forget();
      session = undefined;
      return keyboard;
    },
    over: () => session?.over,
    aimChanged: (key) => {
      if (!session || session.aim === key) return false;
      session.aim = key;
      return true;
    },
    collisionDetection,
    coordinateGetter,
  };
}

// The id of the group that holds a node, to tell moves within a group from moves between groups.
function parentIdOf(query: Query, id: NodeId): NodeId | undefined {
  return indexQuery(query).get(id)?.parentId;
}
