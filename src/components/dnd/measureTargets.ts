/**
 * Where the drop targets of a builder are on screen, read from the DOM once per drag (and again
 * after a scroll). The builder registers no dnd-kit droppables: dnd-kit re-renders every
 * droppable and draggable whenever a drag moves, which in a 500-clause builder means every card.
 */
import type { ClientRect } from '@dnd-kit/core';
import type { NodeId } from '../../query/ast';

/** What each drop target is. */
export type DropData = { kind: 'node' } | { kind: 'into'; groupId: NodeId } | { kind: 'new-group' };

/** A drop target: its box and what it is. */
export interface DropTarget {
  rect: ClientRect;
  data: DropData;
}

/** The target id of the new-group zone. */
export const NEW_GROUP_ID = 'pcb:new-group';
/** The target id of the inside of a group. */
export const intoId = (groupId: NodeId): string => `pcb:into:${groupId}`;

/** The attributes that mark drop targets in the DOM: a member, the inside of a group, the new-group zone. */
export const dropAttributes = {
  node: (id: NodeId) => ({ 'data-pcb-drop-node': id }),
  into: (groupId: NodeId) => ({ 'data-pcb-drop-into': groupId }),
  newGroup: { 'data-pcb-drop-new': '' },
} as const;

const SELECTOR = '[data-pcb-drop-node],[data-pcb-drop-into],[data-pcb-drop-new]';

/** Measures every drop target under `root`, keyed by target id. */
export function measureTargets(root: ParentNode): Map<string, DropTarget> {
  const targets = new Map<string, DropTarget>();
  for (const element of root.querySelectorAll<HTMLElement>(SELECTOR)) {
    const { top, left, width, height, bottom, right } = element.getBoundingClientRect();
    const rect = { top, left, width, height, bottom, right };
    const { pcbDropNode: node, pcbDropInto: into } = element.dataset;
    if (node !== undefined) targets.set(node, { rect, data: { kind: 'node' } });
    else if (into !== undefined) targets.set(intoId(into), { rect, data: { kind: 'into', groupId: into } });
    else targets.set(NEW_GROUP_ID, { rect, data: { kind: 'new-group' } });
  }
  return targets;
}
