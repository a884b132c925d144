import type { AnyNode, Combinator, NodeId } from '../query/ast';
import type { QueryIssue } from '../query/issues';
import { indexQuery } from '../query/walk';
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
