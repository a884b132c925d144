import { memo, type ReactNode } from 'react';
import type { NodeId } from '../../query/ast';
import { useDropMark, useNewGroupMark } from '../../hooks/useView';
import { useBuilderConfig } from '../BuilderConfig';
import { dropAttributes } from './measureTargets';

/**
 * The inside of a group as a drop target: a clause dropped in its gaps lands by the nearest
 * member, a group dropped here is refused (groups do not nest). Only its mark re-renders it.
 */
export const GroupDropZone = memo(function GroupDropZone({ id, marked, children }: { id: NodeId; marked: boolean; children: ReactNode }) {
  const mark = useDropMark(id);
  const inside = marked && (mark === 'inside' || mark === 'refused') ? mark : undefined;
  return (
    <div className="pcb-drop-zone" data-drop={inside} {...dropAttributes.into(id)}>
      {children}
    </div>
  );
});

/** Where a clause is dropped to start a new OR group at the top level. */
export const NewGroupZone = memo(function NewGroupZone() {
  const mark = useNewGroupMark();
  const { labels } = useBuilderConfig();
  return (
    <div className="pcb-new-group-zone" data-drop={mark} {...dropAttributes.newGroup}>
      {labels.newGroupZone}
    </div>
  );
});
