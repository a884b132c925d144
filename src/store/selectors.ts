import type { AnyNode, Combinator, NodeId } from '../query/ast';
import type { QueryIssue } from '../query/issues';
import { findParent, indexQuery } from '../query/walk';
import { issuesOf } from './issueIndex';
import type { QueryData } from './createQueryStore';

/** The node with this id (the same object until that node changes). */
export function selectNode(state: QueryData, id: NodeId): AnyNode | undefined {
  return indexQuery(state.query).get(id)?.node;
}

/** The issues of one node (the same array until they change). */
export function selectIssues(state: QueryData, id: NodeId): readonly QueryIssue[] {
  return issuesOf(state.issueIndex, id);
}

/** The ids of a group's children, for a group that re-renders only when its members change. */
export function selectChildIds(state: QueryData, id: NodeId): readonly NodeId[] {
  const node = selectNode(state, id);
  return node && (node.kind === 'group' || node.kind === 'where-group') ? node.children.map((child) => child.id) : [];
}

/** A group's combinator, or undefined when the id is not a group. */
export function selectCombinator(state: QueryData, id: NodeId): Combinator | undefined {
  const node = selectNode(state, id);
  return node && (node.kind === 'group' || node.kind === 'where-group') ? node.combinator : undefined;
}

/** True when two lists of ids are equal item by item. */
export function sameIds(a: readonly NodeId[], b: readonly NodeId[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Where a node sits among the members of its group; undefined when no group holds it. */
export type SiblingPlace = 'only' | 'first' | 'middle' | 'last';

/** Where a node sits among its siblings, for enabling "move up" and "move down". */
export function selectSiblingPlace(state: QueryData, id: NodeId): SiblingPlace | undefined {
  const parent = findParent(state.query, id);
  if (!parent || parent.kind !== 'group') return undefined;
  const at = parent.children.findIndex((child) => child.id === id);
  const last = parent.children.length - 1;
  return last === 0 ? 'only' : at === 0 ? 'first' : at === last ? 'last' : 'middle';
}

/** The errors and warnings of a node and everything inside it, as `"errors/warnings"` (a string compares cheaply). */
export function selectIssueCounts(state: QueryData, id: NodeId): string {
  const index = indexQuery(state.query);
  let errors = 0;
  let warnings = 0;
  for (const [owner, issues] of state.issueIndex) {
    let entry = index.get(owner);
    while (entry && entry.node.id !== id) entry = entry.parentId === undefined ? undefined : index.get(entry.parentId);
    if (!entry) continue;
    for (const issue of issues) {
      if (issue.severity === 'error') errors++;
      else warnings++;
    }
  }
  return `${errors}/${warnings}`;
}
