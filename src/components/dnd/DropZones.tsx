import { memo, useMemo, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { NodeId } from '../../query/ast';
import { useDropMark, useNewGroupMark } from '../../hooks/useView';
import { useBuilderConfig } from '../BuilderConfig';
import { intoId, NEW_GROUP_ID, type DropData } from './dragController';

/**
 * The inside of a group as a drop target: a clause dropped in its gaps lands by the nearest
 * member, a group dropped here is refused (groups do not nest). Its own component, so that the
 * re-renders dnd-kit causes during a drag stop here and do not reach the group's members.
 */
export const GroupDropZone = memo(function GroupDropZone({ id, marked, children }: { id: NodeId; marked: boolean; children: ReactNode }) {
  const data = useMemo<DropData>(() => ({ kind: 'into', groupId: id }), [id]);
  const { setNodeRef } = useDroppable({ id: intoId(id), data });
  const mark = useDropMark(id);
  const inside = marked && (mark === 'inside' || mark === 'refused') ? mark : undefined;
  return (
    <div ref={setNodeRef} className="pcb-drop-zone" data-drop={inside}>
      {children}
    </div>
  );
});

const NEW_GROUP_DATA: DropData = { kind: 'new-group' };

/** Where a clause is dropped to start a new OR group at the top level. */
export const NewGroupZone = memo(function NewGroupZone() {
  const { setNodeRef } = useDroppable({ id: NEW_GROUP_ID, data: NEW_GROUP_DATA });
  const mark = useNewGroupMark();
  const { labels } = useBuilderConfig();
  return (
    <div ref={setNodeRef} className="pcb-new-group-zone" data-drop={mark}>
      {labels.newGroupZone}
    </div>
  );
});
