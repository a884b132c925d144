/**
 * The shape check: the Cohort API documents conjunctive normal form (an AND of ORs of clauses) as
 * the most complex logic it supports, so any deeper nesting gets a `not-cnf` warning.
 */
import type { Group, Query, QueryNode } from './ast';
import type { PathSegment } from './issues';
import { report, type ValidationContext } from './validate-context';

interface Located {
  node: QueryNode;
  path: PathSegment[];
}

// A group with one member means its member, so `{"or": [clause]}` (seen on the wire) is a clause.
function unwrap(node: QueryNode, path: PathSegment[]): Located {
  let current: Located = { node, path };
  while (current.node.kind === 'group' && current.node.children.length === 1) {
    const group: Group = current.node;
    current = { node: group.children[0]!, path: [...current.path, group.combinator, 0] };
  }
  return current;
}

// Empty groups already get an error; a shape warning on top would only repeat it.
function isNested(located: Located): located is { node: Group; path: PathSegment[] } {
  return located.node.kind === 'group' && located.node.children.length > 0;
}

function warn(ctx: ValidationContext, located: { node: Group; path: PathSegment[] }, within: string): void {
  const kind = located.node.combinator.toUpperCase();
  report(
    ctx,
    'warning',
    'not-cnf',
    located.path,
    `This ${kind} group sits inside ${within}, deeper than the AND of ORs of clauses that the Cohort API documents; the API may reject the query. Move its clauses up a level, or rewrite the query as an AND of ORs.`,
    located.node.id,
  );
}

// Whether a group has a group among its members, once per group object: the check below then skips
// the clauses of the members that have none (all of them, in an AND of ORs) without reading them.
const holdsGroups = new WeakMap<Group, boolean>();

function holdsGroup(group: Group): boolean {
  let known = holdsGroups.get(group);
  if (known === undefined) holdsGroups.set(group, (known = group.children.some((child) => child.kind === 'group')));
  return known;
}

/** Warns about each group that nests deeper than an AND of ORs of clauses (single-member groups do not count). */
export function checkShape(ctx: ValidationContext, query: Query): void {
  const root = unwrap(query, []);
  if (!isNested(root) || !holdsGroup(root.node)) return;
  const { combinator, children } = root.node;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    // A clause member, or an OR of clauses inside the AND (the documented shape), is never too
    // deep: paths are made only for the members that might be.
    if (child.kind !== 'group') continue;
    if (combinator === 'and' && child.combinator === 'or' && child.children.length > 1 && !holdsGroup(child)) continue;
    const member = unwrap(child, [...root.path, combinator, i]);
    if (!isNested(member)) continue;
    // Any group in an OR group, and an AND group in an AND group, is one level too deep.
    if (combinator === 'or' || member.node.combinator === 'and') {
      warn(ctx, member, `an ${combinator.toUpperCase()} group`);
      continue;
    }
    // An OR group in the AND: its members must be clauses.
    if (!holdsGroup(member.node)) continue;
    const { children: inner } = member.node;
    for (let j = 0; j < inner.length; j++) {
      const located = unwrap(inner[j]!, [...member.path, 'or', j]);
      if (isNested(located)) warn(ctx, located, 'an OR group that is itself inside an AND');
    }
  }
}
