/**
 * `validateQuery`: every error (the query cannot be right; blocks create and update) and warning
 * (the library cannot vouch for it; never blocks) of a query, each at the exact JSON path of the
 * serialized query, with a sentence that says how to fix it.
 */
import type { Clause, Query, QueryNode } from './ast';
import type { PathSegment, QueryIssue } from './issues';
import { checkClause } from './validate-clauses';
import { report, reportExtra, reportRaw, type ValidationContext } from './validate-context';
import { checkShape } from './validate-shape';

// A clause's issues depend on the clause alone; its path only prefixes theirs. Nodes are never
// mutated and an edit makes new objects only along the edited path, so after one edit the store's
// revalidation re-checks the edited clause and reuses the issues of every other one.
const clauseIssues = new WeakMap<Clause, readonly QueryIssue[]>();

function checkClauseOnce(ctx: ValidationContext, clause: Clause, path: PathSegment[]): void {
  let own = clauseIssues.get(clause);
  if (!own) {
    const local: ValidationContext = { issues: [] };
    checkClause(local, clause, []);
    own = local.issues;
    clauseIssues.set(clause, own);
  }
  // Fresh objects each time: callers own what they get.
  for (const issue of own) ctx.issues.push({ ...issue, path: [...path, ...issue.path] });
}

function checkNode(ctx: ValidationContext, node: QueryNode, path: PathSegment[]): void {
  switch (node.kind) {
    case 'group':
      if (node.children.length === 0) {
        report(ctx, 'error', 'empty-group', path, `This "${node.combinator}" group is empty; add a clause to it or remove it.`, node.id);
      }
      reportExtra(ctx, node.extra, path, node.id);
      for (let i = 0; i < node.children.length; i++) checkNode(ctx, node.children[i]!, [...path, node.combinator, i]);
      return;
    case 'raw':
      reportRaw(ctx, node, path, node.id, {
        code: 'unknown-clause',
        message: 'This clause is kept as it is because the library does not know what it does; it is sent unchanged. Edit it as JSON if it needs to change.',
      });
      return;
    default:
      checkClauseOnce(ctx, node, path);
  }
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
