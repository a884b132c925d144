import type { NodeId } from '../query/ast';
import type { QueryIssue } from '../query/issues';

/** Issues grouped by the card that shows them (a clause or group); `''` holds issues without a node. */
export type IssueIndex = ReadonlyMap<NodeId, readonly QueryIssue[]>;

const EMPTY: readonly QueryIssue[] = Object.freeze([]);

function sameIssue(a: QueryIssue, b: QueryIssue): boolean {
  return (
    a.code === b.code &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.path.length === b.path.length &&
    a.path.every((segment, i) => segment === b.path[i])
  );
}

function sameList(a: readonly QueryIssue[], b: readonly QueryIssue[]): boolean {
  return a.length === b.length && a.every((issue, i) => sameIssue(issue, b[i]!));
}

/**
 * Groups issues by the node whose card shows them (`ownerOf` maps a where node to its clause),
 * reusing the previous array of a card whose issues did not change: its selector then returns the
 * same reference and it does not re-render.
 */
export function indexIssues(issues: readonly QueryIssue[], previous: IssueIndex, ownerOf: (id: NodeId) => NodeId = (id) => id): IssueIndex {
  const grouped = new Map<NodeId, QueryIssue[]>();
  for (const issue of issues) {
    const key = issue.nodeId === undefined ? '' : ownerOf(issue.nodeId);
    const list = grouped.get(key);
    if (list) list.push(issue);
    else grouped.set(key, [issue]);
  }
  const out = new Map<NodeId, readonly QueryIssue[]>();
  let changed = grouped.size !== previous.size;
  for (const [id, list] of grouped) {
    const before = previous.get(id);
    const same = before !== undefined && sameList(before, list);
    out.set(id, same ? before : list);
    changed ||= !same;
  }
  // The same index when no card's issues changed: per-node listeners then skip the issue index.
  return changed ? out : previous;
}

/** The issues of one node (a shared empty array when there are none). */
export function issuesOf(index: IssueIndex, id: NodeId): readonly QueryIssue[] {
  return index.get(id) ?? EMPTY;
}
