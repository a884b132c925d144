import { memo } from 'react';
import type { NodeId } from '../query/ast';
import { useNodeIssues } from '../hooks/useNode';
import { useBuilderConfig } from './BuilderConfig';

/** The issues of one node, shown next to it: errors and warnings look and read differently. */
export const NodeIssues = memo(function NodeIssues({ id, domId }: { id: NodeId; domId?: string }) {
  const issues = useNodeIssues(id);
  const { labels } = useBuilderConfig();
  if (issues.length === 0) return null;
  return (
    <ul className="pcb-issues" id={domId} aria-label={labels.issues}>
      {issues.map((issue, index) => (
        <li key={`${issue.code}-${index}`} className="pcb-issue" data-severity={issue.severity}>
          <strong>{issue.severity === 'error' ? labels.error : labels.warning}:</strong> {labels.issue(issue)}
        </li>
      ))}
    </ul>
  );
});
