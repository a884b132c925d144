import { memo, useDeferredValue, useId } from 'react';
import type { AnyNode, NodeId } from '../query/ast';
import { describeNode } from '../query/describe';
import { useNode, useNodeIssues } from '../hooks/useNode';
import { useQueryActions } from '../hooks/useQueryActions';
import { useCollapsed } from '../hooks/useView';
import { ArrangeActions } from './ArrangeActions';
import { useBuilderConfig } from './BuilderConfig';
import { DragHandle } from './dnd/DragHandle';
import { FoldToggle, IssueCount } from './FoldControls';
import { EngagedCompletionClauseCard, EngagedTimeClauseCard, EngagedViewsClauseCard } from './EngagementClauseCards';
import { ExpressionClauseCard } from './ExpressionClauseCard';
import { InSegmentClauseCard, MembershipClauseCard } from './MembershipClauseCard';
import { NodeIssues } from './NodeIssues';
import { RawJsonClause } from './RawJsonClause';
import { TransitionClauseCard } from './TransitionClauseCard';
import { flag } from './dataFlag';

// Memoized: folding re-renders the card, and the editors inside need not follow.
const ClauseBody = memo(function ClauseBody({ node, name }: { node: AnyNode; name: string }) {
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
});

// The one-line sentence follows the clause after the keystroke has painted: changing its text in
// the keystroke's own render would make the browser lay the page out a second time before the
// paint (its editing code re-lays out after an input event whose handlers changed the DOM).
const ClauseSentence = memo(function ClauseSentence({ node }: { node: AnyNode }) {
  const shown = useDeferredValue(node);
  return <p className="pcb-clause-summary">{describeNode(shown)}</p>;
});

/** One clause: its handle, title, summary, arrange and fold actions, the editors of its kind and its issues. */
export const ClauseCard = memo(function ClauseCard({ id, path }: { id: NodeId; path: string }) {
  const node = useNode(id);
  const issues = useNodeIssues(id);
  const folded = useCollapsed(id);
  const actions = useQueryActions();
  const { labels, readOnly, disabled } = useBuilderConfig();
  const titleId = useId();
  const bodyId = useId();
  if (!node || node.kind === 'group' || node.kind === 'where-group' || node.kind === 'where-condition') return null;
  const name = labels.clause(path);
  const kind = labels.clauseKinds[node.kind];
  const severity = issues.some((issue) => issue.severity === 'error') ? 'error' : issues.length > 0 ? 'warning' : undefined;
  return (
    <article
      className="pcb-clause"
      aria-labelledby={titleId}
      data-kind={node.kind}
      data-invalid={flag(severity === 'error')}
      data-severity={severity}
      data-state={folded ? 'closed' : 'open'}
    >
      <header className="pcb-clause-header">
        <DragHandle name={name} />
        <h3 id={titleId} className="pcb-clause-title">
          {`${name[0]!.toUpperCase()}${name.slice(1)}: ${kind}`}
        </h3>
        <ClauseSentence node={node} />
        {folded && <IssueCount id={id} />}
        <div className="pcb-clause-actions">
          <FoldToggle id={id} name={name} controls={bodyId} />
          {!readOnly && (
            <>
              <ArrangeActions id={id} name={name} moveTo />
              <button type="button" onClick={() => actions.duplicate(id)} disabled={disabled} aria-label={labels.duplicate(name)}>
                {labels.duplicateText}
              </button>
              <button type="button" onClick={() => actions.remove(id)} disabled={disabled} aria-label={labels.remove(name)}>
                {labels.removeText}
              </button>
            </>
          )}
        </div>
      </header>
      {/* Folding hides rather than unmounts: a JSON draft survives, and unfolding gives back the same DOM. */}
      <div id={bodyId} className="pcb-clause-body" hidden={folded}>
        <ClauseBody node={node} name={name} />
        <NodeIssues id={id} />
      </div>
    </article>
  );
});
