/**
 * `validateQuery`: every error (the query cannot be right; blocks create and update) and warning
 * (the library cannot vouch for it; never blocks) of a query, each at the exact JSON path of the
 * serialized query, with a sentence that says how to fix it.
 */
import type { Query, QueryNode } from './ast';
import type { PathSegment, QueryIssue } from './issues';
import { checkClause } from './validate-clauses';
import { report, reportExtra, reportRaw, type ValidationContext } from './validate-context';
import { checkShape } from './validate-shape';

// A node's issues depend on the node alone; its path only prefixes theirs. Nodes are never mutated
// and an edit makes new objects only along the edited path, so after one edit the store's
// revalidation re-checks the edited clause and the groups above it, and reuses the issues of every
// other clause and group: the root looks up its members, it does not walk their clauses.
const ownIssues = new WeakMap<QueryNode, readonly QueryIssue[]>();

const prefixed = (issue: QueryIssue, prefix: PathSegment[]): QueryIssue => ({ ...issue, path: [...prefix, ...issue.path] });

// The issues of a node at path [] (cached; never handed out, only copied).
function issuesOfNode(node: QueryNode): readonly QueryIssue[] {
  const known = ownIssues.get(node);
  if (known) return known;
  const ctx: ValidationContext = { issues: [] };
  switch (node.kind) {
    case 'group':
      if (node.children.length === 0) {
        report(ctx, 'error', 'empty-group', [], `This "${node.combinator}" group is empty; add a clause to it or remove it.`, node.id);
      }
      reportExtra(ctx, node.extra, [], node.id);
      for (let i = 0; i < node.children.length; i++) {
        // No path is allocated for the many members without issues.
        for (const issue of issuesOfNode(node.children[i]!)) ctx.issues.push(prefixed(issue, [node.combinator, i]));
      }
      break;
    case 'raw':
      reportRaw(
        ctx,
        node,
        [],
        node.id,
        'unknown-clause',
        'This clause is kept as it is because the library does not know what it does; it is sent unchanged. Edit it as JSON if it needs to change.',
      );
      break;
    default:
      checkClause(ctx, node, []);
  }
  ownIssues.set(node, ctx.issues);
  return ctx.issues;
}

// Fresh objects each time: callers own what they get.
function checkNode(ctx: ValidationContext, node: QueryNode, path: PathSegment[]): void {
  for (const issue of issuesOfNode(node)) ctx.issues.push(prefixed(issue, path));
}

/** Every error and warning of a query, in document order, then the shape warnings. */
export function validateQuery(query: Query): QueryIssue[] {
  const ctx: ValidationContext = { issues: [] };
  checkNode(ctx, query, []);
  checkShape(ctx, query);
  return ctx.issues;
}

/** The issues of one node and its subtree, given the node's path (e.g. from `pathOf`). */
export function validateNode(node: QueryNode, path: PathSegment[] = []): QueryIssue[] {
  const ctx: ValidationContext = { issues: [] };
  checkNode(ctx, node, path);
  return ctx.issues;
}
