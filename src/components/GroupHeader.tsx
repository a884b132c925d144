import { memo } from 'react';
import type { NodeId } from '../query/ast';
import { useBuilderConfig } from './BuilderConfig';
import { NodeMenu } from './NodeMenu';
import { DragHandle } from './dnd/DragHandle';
import { FoldToggle, IssueCount, NodeSummary } from './FoldControls';

/** The header of a nested group: its handle, name, fold toggle and actions menu; folded, its summary and issue count too. */
export const GroupHeader = memo(function GroupHeader({ id, name, folded, bodyId }: { id: NodeId; name: string; folded: boolean; bodyId: string }) {
  const { labels, readOnly } = useBuilderConfig();
  return (
    <div className="pcb-group-header">
      <DragHandle name={name} />
      <span className="pcb-group-title">{labels.heading(name)}</span>
      {folded && <NodeSummary id={id} />}
      {folded && <IssueCount id={id} />}
      <div className="pcb-arrange-actions">
        <FoldToggle id={id} name={name} controls={bodyId} />
        {!readOnly && <NodeMenu id={id} name={name} clause={false} />}
      </div>
    </div>
  );
});
