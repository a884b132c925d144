/**
 * Pure mapping between what a drag is over (a node, the inside of a group, the new-group zone)
 * and where the dragged node would go, plus the positions a keyboard drag steps through. Kept
 * free of dnd-kit, React and words so the rules can be read and tested on their own.
 */
import type { Group, NodeId, Query, QueryNode } from './ast';
import { findParent, indexQuery } from './walk';
import { checkMove, checkNewGroup, type ArrangeTarget } from './arrange';

/** What a drag is over: a node (drop before or after it), the inside of a group, or the new-group zone. */
export type DropOver = { kind: 'node'; id: NodeId; side: 'before' | 'after' } | { kind: 'into'; id: NodeId } | { kind: 'new-group' };

interface Placed {
  node: QueryNode;
  parent: Group;
  index: number;
}

function placed(query: Query, id: NodeId): Placed | undefined {
  const entry = indexQuery(query).get(id);
  const parent = findParent(query, id);
  if (!entry || parent?.kind !== 'group' || entry.layer !== 'query') return undefined;
  const node = entry.node as QueryNode;
  return { node, parent, index: parent.children.indexOf(node) };
}

function groupById(query: Query, id: NodeId): Group | undefined {
  const node = indexQuery(query).get(id)?.node;
  return node?.kind === 'group' ? node : undefined;
}

const membersWithout = (group: Group, id: NodeId) => group.children.filter((child) => child.id !== id);

/** The target a drag aims at when over `over`; undefined means "where it already is". */
export function resolveDrop(query: Query, activeId: NodeId, over: DropOver | undefined): ArrangeTarget | undefined {
  const active = placed(query, activeId);
  if (!over || !active) return undefined;
  if (over.kind === 'new-group') return { newGroup: true };
  if (over.kind === 'into') {
    const group = groupById(query, over.id);
    return group && { parentId: group.id, index: membersWithout(group, activeId).length };
  }
  const target = placed(query, over.id);
  if (!target || over.id === activeId) return undefined;
  // Indexes count the members without the dragged node: in its own group, those after it move up one.
  const index = target.parent === active.parent && target.index > active.index ? target.index - 1 : target.index;
  return { parentId: target.parent.id, index: index + (over.side === 'after' ? 1 : 0) };
}

/** True when the target is where the node already is. */
export function isCurrentPlace(query: Query, activeId: NodeId, target: ArrangeTarget | undefined): boolean {
  const active = placed(query, activeId);
  return !target || (!('newGroup' in target) && active?.parent.id === target.parentId && active.index === target.index);
}

/** What a target is "over": the inverse of `resolveDrop`, used by keyboard drags. */
export function overFor(query: Query, activeId: NodeId, target: ArrangeTarget, collapsed: ReadonlySet<NodeId>): DropOver | undefined {
  if ('newGroup' in target) return { kind: 'new-group' };
  const active = placed(query, activeId);
  const group = groupById(query, target.parentId);
  if (!active || !group) return undefined;
  if (group === active.parent) {
    const over = group.children[target.index];
    return over && { kind: 'node', id: over.id, side: target.index > active.index ? 'after' : 'before' };
  }
  const members = membersWithout(group, activeId);
  if (members.length === 0 || collapsed.has(group.id)) return { kind: 'into', id: group.id };
  if (target.index < members.length) return { kind: 'node', id: members[target.index]!.id, side: 'before' };
  return { kind: 'node', id: members[members.length - 1]!.id, side: 'after' };
}

/**
 * The positions a keyboard drag steps through, in reading order, and the index of the current
 * one (-1 when it is not among them). A clause visits every position of every open group (a
 * folded group is one stop: its end); a group only the top level. Refused positions are left out.
 */
export function keyboardTargets(query: Query, activeId: NodeId, collapsed: ReadonlySet<NodeId>): { targets: ArrangeTarget[]; start: number } {
  const active = placed(query, activeId);
  const targets: ArrangeTarget[] = [];
  let start = -1;
  if (!active || query.kind !== 'group') return { targets, start };
  const isGroup = active.node.kind === 'group';
  const visit = (group: Group) => {
    const allowed = checkMove(query, activeId, group.id).ok;
    const members = membersWithout(group, activeId);
    const folded = group.id !== query.id && collapsed.has(group.id);
    for (let i = folded ? members.length : 0; i <= members.length; i++) {
      if (allowed) {
        if (group === active.parent && i === active.index) start = targets.length;
        targets.push({ parentId: group.id, index: i });
      }
      const member = members[i];
      if (!isGroup && !folded && member?.kind === 'group') visit(member);
    }
  };
  visit(query);
  if (checkNewGroup(query, activeId).ok) targets.push({ newGroup: true });
  return { targets, start };
}

/** Where the node is now, as a target. */
export function currentTarget(query: Query, id: NodeId): ArrangeTarget | undefined {
  const active = placed(query, id);
  return active && { parentId: active.parent.id, index: active.index };
}
