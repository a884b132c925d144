import { memo } from 'react';
import type { NodeId } from '../query/ast';
import { describeNode } from '../query/describe';
import { useIssueCounts, useNode } from '../hooks/useNode';
import { useCollapsed, useViewStore } from '../hooks/useView';
import { useBuilderConfig } from './BuilderConfig';

/** Folds a clause or group to its one-line summary and back: a disclosure button ("Details of clause 1.2"). */
export const FoldToggle = memo(function FoldToggle({ id, name, controls }: { id: NodeId; name: string; controls: string }) {
  const folded = useCollapsed(id);
  const view = useViewStore();
  const { labels, disabled } = useBuilderConfig();
  return (
    <button
      type="button"
      className="pcb-fold"
      aria-expanded={!folded}
      aria-controls={controls}
      aria-label={labels.details(name)}
      disabled={disabled}
      onClick={() => view.getState().setCollapsed(id, !folded)}
    >
      {/* The glyph as the button's own text: aria-label names the button, so no hidden span is needed. */}
      {folded ? '▸' : '▾'}
    </button>
  );
});

/** The errors and warnings inside a folded node ("2 errors, 1 warning"), so folding hides no problem. */
export const IssueCount = memo(function IssueCount({ id }: { id: NodeId }) {
  const { errors, warnings } = useIssueCounts(id);
  const { labels } = useBuilderConfig();
  if (errors + warnings === 0) return null;
  return (
    <span className="pcb-issue-count" data-severity={errors > 0 ? 'error' : 'warning'}>
      {labels.issueCount(errors, warnings)}
    </span>
  );
});

/** The one-line summary of a folded group (a clause card always shows its own). */
export const NodeSummary = memo(function NodeSummary({ id }: { id: NodeId }) {
  const node = useNode(id);
  const { phrasebook } = useBuilderConfig();
  return node ? <p className="pcb-group-summary">{describeNode(node, { phrasebook })}</p> : null;
});
