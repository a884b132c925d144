import { useId } from 'react';
import type { FieldChange } from '../../hooks/cohortFields';
import type { EditorChanges } from '../../hooks/useCohortEditor';
import type { QueryNode } from '../../query/ast';
import { describeNode } from '../../query/describe';
import type { DescribeOptions } from '../../query/describe-where';
import type { EditorLabels } from './editorLabels';

/** Props of `ChangeList`. */
export interface ChangeListProps {
  changes: EditorChanges;
  labels: EditorLabels;
  /** Property labels for clause descriptions, as the summary uses them. */
  describeOptions?: DescribeOptions;
}

function shown(value: FieldChange['before'], labels: EditorLabels): string {
  if (value === undefined || value === '') return labels.noValue;
  if (typeof value === 'string') return `"${value}"`;
  return value.length === 0 ? labels.noValue : value.join(', ');
}

function fieldLines(changes: EditorChanges, labels: EditorLabels): string[] {
  return changes.fields.map(
    ({ field, before, after }) => `${labels.changedField[field]}: ${shown(before, labels)} → ${shown(after, labels)}`,
  );
}

function queryLines(changes: EditorChanges, labels: EditorLabels, options: DescribeOptions | undefined): string[] {
  const diff = changes.query;
  if (!changes.queryChanged) return [];
  const text = (node: QueryNode) => describeNode(node, options);
  const lines = diff
    ? [
        ...diff.removed.map((at) => labels.clauseRemoved(at.position, text(at.node))),
        ...diff.added.map((at) => labels.clauseAdded(at.position, text(at.node))),
        ...diff.changed.map(({ before, after }) => labels.clauseChanged(after.position, text(before.node), text(after.node))),
        ...(diff.structureChanged ? [labels.structureChanged] : []),
      ]
    : [];
  // No clause-level line (a query that cannot be read, or a diff one render behind): still say so.
  return lines.length > 0 ? lines : [labels.queryChanged];
}

/** What saving would change: each edited field (before → after) and each clause added, removed or changed. */
export function ChangeList({ changes, labels, describeOptions }: ChangeListProps) {
  const headingId = useId();
  const lines = [...fieldLines(changes, labels), ...queryLines(changes, labels, describeOptions)];
  if (lines.length === 0) return null;
  return (
    <div className="pcb-changes" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="pcb-changes__title">
        {labels.changes}
      </h3>
      <ul className="pcb-changes__list">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
