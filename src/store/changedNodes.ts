import type { AnyNode, NodeId } from '../query/ast';
import { childrenOf, indexQuery } from '../query/walk';
import type { QueryData } from './createQueryStore';

function addSubtree(node: AnyNode, out: Set<NodeId>): void {
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    out.add(next.id);
    for (const slot of childrenOf(next)) stack.push(slot.node);
  }
}

// Ops copy only the path to what they change, so equal references end the walk: an edit deep in
// one clause of 500 visits the root's members once and that clause's path, not the whole tree.
function diffNodes(before: AnyNode, after: AnyNode, out: Set<NodeId>): void {
  if (before === after) return;
  out.add(before.id);
  out.add(after.id);
  // Members in place (most edits): compare the arrays themselves, allocating nothing per member.
  if ((before.kind === 'group' || before.kind === 'where-group') && before.kind === after.kind) {
    const was = before.children as readonly AnyNode[];
    const now = after.children as readonly AnyNode[];
    if (was.length === now.length && was.every((node, i) => node.id === now[i]!.id)) {
      for (let i = 0; i < was.length; i++) diffNodes(was[i]!, now[i]!, out);
      return;
    }
  }
  const was = childrenOf(before).map((slot) => slot.node);
  const now = childrenOf(after).map((slot) => slot.node);
  if (was.length === now.length && was.every((node, i) => node.id === now[i]!.id)) {
    was.forEach((node, i) => diffNodes(node, now[i]!, out));
    return;
  }
  // Members added, removed or reordered: every member's place among its siblings may have changed.
  const byId = new Map(was.map((node) => [node.id, node]));
  for (const node of now) {
    const old = byId.get(node.id);
    byId.delete(node.id);
    if (old) {
      out.add(node.id);
      diffNodes(old, node, out);
    } else addSubtree(node, out);
  }
  for (const node of byId.values()) addSubtree(node, out);
}

function addAncestors(data: QueryData, id: NodeId, out: Set<NodeId>): void {
  const index = indexQuery(data.query);
  for (let entry = index.get(id); entry?.parentId !== undefined; entry = index.get(entry.parentId)) out.add(entry.parentId);
}

/**
 * The ids whose per-node selections (the node, its kind, members and combinator, its place among
 * its siblings, its issues and the issue counts of its ancestors) may differ between two states.
 * Never misses one; may name a few more.
 */
export function changedNodeIds(previous: QueryData, next: QueryData): Set<NodeId> {
  const out = new Set<NodeId>();
  diffNodes(previous.query, next.query, out);
  if (previous.issueIndex !== next.issueIndex) {
    for (const id of new Set([...previous.issueIndex.keys(), ...next.issueIndex.keys()])) {
      if (previous.issueIndex.get(id) === next.issueIndex.get(id)) continue;
      out.add(id);
      addAncestors(previous, id, out);
      addAncestors(next, id, out);
    }
  }
  return out;
}
