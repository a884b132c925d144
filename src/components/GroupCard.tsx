import { memo, useCallback, useId } from 'react';
import type { Combinator, NodeId } from '../query/ast';
import type { NewClauseKind } from '../query/newClause';
import { useChildIds, useCombinator, useNodeIssues, useNodeKind } from '../hooks/useNode';
import { useQueryActions } from '../hooks/useQueryActions';
import { useCollapsed, useDropMark, useIsDragged } from '../hooks/useView';
import { useBuilderConfig } from './BuilderConfig';
import { AddClauseControl } from './AddClauseControl';
import { CombinatorToggle } from './CombinatorToggle';
import { ClauseCard } from './ClauseCard';
import { NodeIssues } from './NodeIssues';
import { GroupHeader } from './GroupHeader';
import { MemberProvider } from './dnd/DragHandle';
import { GroupDropZone, NewGroupZone } from './dnd/DropZones';
import { dropAttributes } from './dnd/measureTargets';
import { flag } from './dataFlag';

/** An and/or group of clauses (and, at the root, of groups): its header, toggle, members and add controls. */
export const GroupCard = memo(function GroupCard({ id, path, isRoot }: { id: NodeId; path: string; isRoot: boolean }) {
  const childIds = useChildIds(id);
  const combinator = useCombinator(id) ?? 'and';
  const issues = useNodeIssues(id);
  const folded = useCollapsed(id) && !isRoot;
  const actions = useQueryActions();
  const { labels, readOnly, disabled } = useBuilderConfig();
  const bodyId = useId();
  const name = isRoot ? labels.builder.toLowerCase() : labels.group(path);
  const setCombinator = useCallback((next: Combinator) => actions.setCombinator(id, next), [actions, id]);
  const addClause = useCallback((kind: NewClauseKind) => void actions.addClause(id, kind), [actions, id]);
  const addGroup = useCallback(() => void actions.addGroup(id), [actions, id]);
  const editable = !readOnly;
  const invalid = issues.some((issue) => issue.severity === 'error');

  return (
    <div
      className="pcb-group"
      role="group"
      aria-label={name}
      data-combinator={combinator}
      data-invalid={flag(invalid)}
      data-root={flag(isRoot)}
      data-state={isRoot ? undefined : folded ? 'closed' : 'open'}
    >
      {!isRoot && <GroupHeader id={id} name={name} folded={folded} bodyId={bodyId} />}
      {/* Folding hides rather than unmounts: drafts inside survive, and unfolding gives back the same DOM. */}
      <div id={bodyId} className="pcb-group-body" hidden={folded}>
        <CombinatorToggle value={combinator} onChange={setCombinator} name={name} />
        <GroupDropZone id={id} marked={isRoot}>
          {childIds.length === 0 ? (
            <p className="pcb-empty">{labels.emptyGroup}</p>
          ) : (
            <ol className="pcb-members">
              {childIds.map((childId, index) => (
                <NodeCard key={childId} id={childId} path={path ? `${path}.${index + 1}` : `${index + 1}`} />
              ))}
            </ol>
          )}
        </GroupDropZone>
        {isRoot && editable && <NewGroupZone />}
        <NodeIssues id={id} />
        {editable && (
          <div className="pcb-group-actions">
            <AddClauseControl onAdd={addClause} name={name} />
            {isRoot && (
              <button type="button" onClick={addGroup} disabled={disabled}>
                {labels.addGroup}
              </button>
            )}
            {!isRoot && (
              <button type="button" onClick={() => actions.remove(id)} disabled={disabled}>
                {labels.remove(name)}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
});

/**
 * One member of a group: a drop target holding a nested group or a clause card. A drag re-renders
 * only the member it starts from and those its mark passes over (see dnd/dragBridge.ts).
 */
// It lives beside GroupCard because the two render each other: one file keeps the import graph acyclic.
const NodeCard = memo(function NodeCard({ id, path }: { id: NodeId; path: string }) {
  const kind = useNodeKind(id);
  const mark = useDropMark(id);
  const dragged = useIsDragged(id);
  if (kind === undefined) return null;
  return (
    <li className="pcb-member" data-dragging={flag(dragged)} data-drop={mark} {...dropAttributes.node(id)}>
      <MemberProvider value={id}>{kind === 'group' ? <GroupCard id={id} path={path} isRoot={false} /> : <ClauseCard id={id} path={path} />}</MemberProvider>
    </li>
  );
});
