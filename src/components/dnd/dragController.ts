/**
 * The builder's rules for dnd-kit: which droppable a drag is over (collision detection) and where
 * the arrow keys take a keyboard drag (coordinate getter). dnd-kit's stock helpers pick the
 * nearest rectangle, which in nested groups is often the wrong one (a whole group instead of the
 * clause under the pointer); these pick by what the dragged node may go into.
 */
import type { ClientRect, Collision, CollisionDetection, DragMoveEvent, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import type { NodeId, Query } from '../../query/ast';
import { ancestorsOf, indexQuery } from '../../query/walk';
import type { ArrangeTarget } from '../../store/arrange';
import type { QueryStore } from '../../store/createQueryStore';
import type { DropOver, ViewStore } from '../../store/createViewStore';
import { keyboardTargets, overFor } from './dropTargets';

/** What each droppable is, carried in its dnd-kit `data`. */
export type DropData = { kind: 'node' } | { kind: 'into'; groupId: NodeId } | { kind: 'new-group' };

/** The droppable id of the new-group zone. */
export const NEW_GROUP_ID = 'pcb:new-group';
/** The droppable id of the inside of a group. */
export const intoId = (groupId: NodeId): string => `pcb:into:${groupId}`;

/** The droppable id that stands for a `DropOver`. */
export function droppableIdOf(over: DropOver): UniqueIdentifier {
  return over.kind === 'new-group' ? NEW_GROUP_ID : over.kind === 'into' ? intoId(over.id) : over.id;
}

/** What a pointer drag is over, from dnd-kit's `over`: before or after a node by the pointer's height. */
export function pointerOver(event: Pick<DragMoveEvent, 'over' | 'activatorEvent' | 'delta'>): DropOver | undefined {
  const { over } = event;
  const data = over?.data.current as DropData | undefined;
  if (!over || !data) return undefined;
  if (data.kind === 'new-group') return { kind: 'new-group' };
  if (data.kind === 'into') return { kind: 'into', id: data.groupId };
  const y = (event.activatorEvent ? (getEventCoordinates(event.activatorEvent)?.y ?? 0) : 0) + event.delta.y;
  return { kind: 'node', id: String(over.id), side: y > over.rect.top + over.rect.height / 2 ? 'after' : 'before' };
}

const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

const within = (rect: ClientRect, x: number, y: number) =>
  rect.width > 0 && x >= rect.left && x <= rect.left + rect.width && y >= rect.top && y <= rect.top + rect.height;

interface Session {
  activeId: NodeId;
  keyboard: boolean;
  targets: ArrangeTarget[];
  cursor: number;
  over?: DropOver;
  /** The aim last announced, so the live region speaks only when it changes. */
  aim?: string;
}

/** A builder's drag rules, bound to its stores. */
export interface DragController {
  begin(activeId: NodeId, keyboard: boolean): void;
  end(): void;
  /** The keyboard drag's current aim, or undefined for a pointer drag. */
  keyboardOver(): DropOver | undefined;
  isKeyboard(): boolean;
  /** Records the current aim; true when it differs from the last one. */
  aimChanged(key: string): boolean;
  collisionDetection: CollisionDetection;
  coordinateGetter: KeyboardCoordinateGetter;
}

/** Creates the drag rules of one builder. */
export function createDragController(store: QueryStore, view: ViewStore): DragController {
  let session: Session | undefined;

  const pointerCollision: CollisionDetection = ({ droppableContainers, droppableRects, pointerCoordinates: p }) => {
    const query = store.getState().query;
    const index = indexQuery(query);
    const active = session && index.get(session.activeId);
    if (!p || !session || !active) return [];
    const activeId = session.activeId;
    const isGroup = active.node.kind === 'group';
    const inActive = (id: NodeId) => id !== activeId && !!ancestorsOf(query, id)?.some((a) => a.id === activeId);
    const accepts = (id: UniqueIdentifier, data: DropData | undefined) => {
      if (!data || data.kind === 'new-group') return !!data;
      if (data.kind === 'into') return data.groupId !== activeId && !inActive(data.groupId);
      // A group moves among the members of the top level; a clause may aim at any node.
      return !inActive(String(id)) && (!isGroup || index.get(String(id))?.parent?.id === query.id);
    };
    let best: { id: UniqueIdentifier; data: DropData; area: number } | undefined;
    for (const container of droppableContainers) {
      const rect = droppableRects.get(container.id);
      const data = container.data.current as DropData | undefined;
      if (!rect || !within(rect, p.x, p.y) || !accepts(container.id, data)) continue;
      // The smallest droppable under the pointer is the innermost: a clause rather than its group.
      const area = rect.width * rect.height;
      if (!best || area < best.area) best = { id: container.id, data: data!, area };
    }
    if (!best) return [];
    // A clause over a group's header goes into that group.
    if (best.data.kind === 'node' && !isGroup && best.id !== activeId && index.get(String(best.id))?.node.kind === 'group') {
      return [{ id: intoId(String(best.id)) }];
    }
    // In the gaps of a group (or of the top level, for a group) the nearest member is the aim.
    if (best.data.kind === 'into' && (!isGroup || best.data.groupId === query.id)) {
      const group = index.get(best.data.groupId)?.node;
      let nearest: { id: UniqueIdentifier; distance: number } | undefined;
      for (const child of group?.kind === 'group' ? group.children : []) {
        const rect = droppableRects.get(child.id);
        if (!rect || rect.height === 0) continue;
        const distance = Math.abs(rect.top + rect.height / 2 - p.y);
        if (!nearest || distance < nearest.distance) nearest = { id: child.id, distance };
      }
      if (nearest) return [{ id: nearest.id }];
    }
    return [{ id: best.id }];
  };

  const collisionDetection: CollisionDetection = (args): Collision[] => {
    if (!session?.keyboard) return pointerCollision(args);
    return session.over ? [{ id: droppableIdOf(session.over) }] : [];
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
    let rect = over && context.droppableRects.get(droppableIdOf(over));
    // A folded group's inside is hidden: aim at the group itself.
    if (over?.kind === 'into' && (!rect || rect.height === 0)) rect = context.droppableRects.get(over.id);
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
    begin: (activeId, keyboard) => {
      const { targets, start } = keyboardTargets(store.getState().query, activeId, view.getState().collapsed);
      session = { activeId, keyboard, targets, cursor: start };
    },
    end: () => {
      session = undefined;
    },
    keyboardOver: () => (session?.keyboard ? session.over : undefined),
    isKeyboard: () => !!session?.keyboard,
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
  return indexQuery(query).get(id)?.parent?.id;
}
