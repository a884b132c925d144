import { memo, useDeferredValue, useId } from 'react';
import type { AnyNode, NodeId } from '../query/ast';
import { describeNode } from '../query/describe';
import { useNode, useNodeIssues } from '../hooks/useNode';
import { useCollapsed, useQuiet, useViewStore } from '../hooks/useView';
import { NodeMenu } from './NodeMenu';
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
const ClauseBody = memo(function ClauseBody({ node, name, showIssues }: { node: AnyNode; name: string; showIssues: boolean }) {
  switch (node.kind) {
    case 'expression':
      return <ExpressionClauseCard node={node} name={name} showIssues={showIssues} />;
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
  const { phrasebook } = useBuilderConfig();
  return <p className="pcb-clause-summary">{describeNode(shown, { phrasebook })}</p>;
});

/** One clause: its handle, title, summary, fold toggle and actions menu, the editors of its kind and its issues. */
export const ClauseCard = memo(function ClauseCard({ id, path }: { id: NodeId; path: string }) {
  const node = useNode(id);
  const issues = useNodeIssues(id);
  const folded = useCollapsed(id);
  const { classNames, labels, readOnly, showErrors } = useBuilderConfig();
  const titleId = useId();
  const bodyId = useId();
  // A clause just added (or a new cohort's first) keeps its errors to itself until a field in it
  // loses focus or a save is attempted (`showErrors`): a new cohort does not open red. A clause a
  // host loaded shows its issues at once, whatever it holds.
  const quiet = useQuiet(id);
  const view = useViewStore();
  if (!node || node.kind === 'group' || node.kind === 'where-group' || node.kind === 'where-condition') return null;
  const name = labels.clause(path);
  const kind = labels.clauseKinds[node.kind];
  const showIssues = showErrors || !quiet;
  const shown = showIssues ? issues : [];
  const severity = shown.some((issue) => issue.severity === 'error') ? 'error' : shown.length > 0 ? 'warning' : undefined;
  return (
    <article
      className={classNames.clause ? `pcb-clause ${classNames.clause}` : 'pcb-clause'}
      aria-labelledby={titleId}
      data-pcb-clause={id}
      data-kind={node.kind}
      data-invalid={flag(severity === 'error')}
      data-severity={severity}
      data-state={folded ? 'closed' : 'open'}
      onBlur={quiet ? () => view.getState().speak(id) : undefined}
    >
      <header className="pcb-clause-header">
        <DragHandle name={name} />
        <h3 id={titleId} className="pcb-clause-title">
          {labels.clauseTitle(labels.heading(name), kind)}
        </h3>
        {/* Open, the clause reads as a sentence of its own fields; folded, this line says it. */}
        {folded && <ClauseSentence node={node} />}
        {folded && <IssueCount id={id} />}
        <div className="pcb-clause-actions">
          <FoldToggle id={id} name={name} controls={bodyId} />
          {!readOnly && <NodeMenu id={id} name={name} clause />}
        </div>
      </header>
      {/* Folding hides rather than unmounts: a JSON draft survives, and unfolding gives back the same DOM. */}
      <div id={bodyId} className="pcb-clause-body" hidden={folded}>
        <ClauseBody node={node} name={name} showIssues={showIssues} />
        {showIssues && <NodeIssues id={id} />}
      </div>
    </article>
  );
});
