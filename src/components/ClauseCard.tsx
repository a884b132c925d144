import { memo, useId } from 'react';
import type { AnyNode, NodeId } from '../query/ast';
import { describeNode } from '../query/describe';
import { useNode, useNodeIssues } from '../hooks/useNode';
import { useQueryActions } from '../hooks/useQueryActions';
import { useBuilderConfig } from './BuilderConfig';
import { EngagedCompletionClauseCard, EngagedTimeClauseCard, EngagedViewsClauseCard } from './EngagementClauseCards';
import { ExpressionClauseCard } from './ExpressionClauseCard';
import { InSegmentClauseCard, MembershipClauseCard } from './MembershipClauseCard';
import { NodeIssues } from './NodeIssues';
import { RawJsonClause } from './RawJsonClause';
import { TransitionClauseCard } from './TransitionClauseCard';

function ClauseBody({ node, name }: { node: AnyNode; name: string }) {
  switch (node.kind) {
    case 'expression':
      return <ExpressionClauseCard node={node} name={name} />;
    case 'engaged_time':
      return <EngagedTimeClauseCard node={node} name={name} />;
    case 'engaged_completion':
      return <EngagedCompletionClauseCard node={node} name={name} />;
    case 'engaged_views':
      return <EngagedViewsClauseCard node={node} name={name} />;
    case 'transition':
      return <TransitionClauseCard node={node} name={name} />;
    case 'membership':
      return <MembershipClauseCard node={node} name={name} />;
    case 'in_segment':
      return <InSegmentClauseCard node={node} name={name} />;
    case 'raw':
      return <RawJsonClause node={node} name={name} />;
    default:
      return null;
  }
}

/** One clause: its title, duplicate/remove actions, the editors of its kind and its issues. */
export const ClauseCard = memo(function ClauseCard({ id, path }: { id: NodeId; path: string }) {
  const node = useNode(id);
  const issues = useNodeIssues(id);
  const actions = useQueryActions();
  const { labels, readOnly, disabled } = useBuilderConfig();
  const titleId = useId();
  if (!node || node.kind === 'group' || node.kind === 'where-group' || node.kind === 'where-condition') return null;
  const name = labels.clause(path);
  const kind = labels.clauseKinds[node.kind];
  const severity = issues.some((issue) => issue.severity === 'error') ? 'error' : issues.length > 0 ? 'warning' : undefined;
  return (
    <article className="pcb-clause" aria-labelledby={titleId} data-kind={node.kind} data-invalid={severity === 'error' || undefined} data-severity={severity}>
      <header className="pcb-clause-header">
        <h3 id={titleId} className="pcb-clause-title">
          {`${name[0]!.toUpperCase()}${name.slice(1)}: ${kind}`}
        </h3>
        <p className="pcb-clause-summary">{describeNode(node)}</p>
        {!readOnly && (
          <div className="pcb-clause-actions">
            <button type="button" onClick={() => actions.duplicate(id)} disabled={disabled} aria-label={labels.duplicate(name)}>
              {labels.duplicateText}
            </button>
            <button type="button" onClick={() => actions.remove(id)} disabled={disabled} aria-label={labels.remove(name)}>
              {labels.removeText}
            </button>
          </div>
        )}
      </header>
      <ClauseBody node={node} name={name} />
      <NodeIssues id={id} />
    </article>
  );
});
