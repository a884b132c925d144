import { memo, useCallback, useId, useState } from 'react';
import type { Combinator, NodeId } from '../query/ast';
import { useChildIds, useCombinator, useNodeIssues, useNodeKind } from '../hooks/useNode';
import { useQueryActions } from '../hooks/useQueryActions';
import { useCollapsed, useDropMark, useIsDragged } from '../hooks/useView';
import { useBuilderConfig } from './BuilderConfig';
import { AddControl } from './AddControl';
import { CombinatorToggle } from './CombinatorToggle';
import { ClauseCard } from './ClauseCard';
import { NodeIssues } from './NodeIssues';
import { GroupHeader } from './GroupHeader';
import { MemberProvider } from './dnd/DragHandle';
import { GroupDropZone, NewGroupZone } from './dnd/DropZones';
import { dropAttributes } from './dnd/measureTargets';
import { flag } from './dataFlag';

/**
 * An and/or group of clauses (and, at the top level, of groups). The top level has no chrome of its
 * own; a nested group of one member shows that member alone, followed by "+ Or" (the JSON keeps
 * the AND of ORs the API documents); a larger group has a header, an "or" between its members and
 * its "+ Or". The AND/OR choice shows only where a group does not combine as the AND of ORs expects.
 */
export const GroupCard = memo(function GroupCard({ id, path, isRoot }: { id: NodeId; path: string; isRoot: boolean }) {
  const childIds = useChildIds(id);
  const combinator = useCombinator(id) ?? 'and';
  const issues = useNodeIssues(id);
  const folded = useCollapsed(id) && !isRoot;
  const actions = useQueryActions();
  const { classNames, labels, readOnly } = useBuilderConfig();
  const bodyId = useId();
  const groupClass = classNames.group ? `pcb-group ${classNames.group}` : 'pcb-group';
  const name = isRoot ? labels.rootName : labels.group(path);
  // Once used, the toggle stays while the group is shown: choosing the usual combinator must not
  // take away the control that has focus (nor the way back).
  const [toggled, setToggled] = useState(false);
  const setCombinator = useCallback(
    (next: Combinator) => {
      setToggled(true);
      actions.setCombinator(id, next);
    },
    [actions, id],
  );
  const editable = !readOnly;
  const invalid = issues.some((issue) => issue.severity === 'error');
  const usual = combinator === (isRoot ? 'and' : 'or');
  const members = (
    <GroupDropZone id={id} marked={isRoot}>
      {childIds.length === 0 ? (
        <p className="pcb-empty">{labels.emptyGroup}</p>
      ) : (
        <ol className="pcb-members">
          {childIds.map((childId, index) => (
            <NodeCard
              key={childId}
              id={childId}
              path={childIds.length === 1 && !isRoot ? path : path ? `${path}.${index + 1}` : `${index + 1}`}
              connector={index > 0 ? combinator : undefined}
            />
          ))}
        </ol>
      )}
    </GroupDropZone>
  );

  if (!isRoot && childIds.length === 1) {
    return (
      <div className={groupClass} data-single="" data-combinator={combinator} data-invalid={flag(invalid)}>
        {members}
        <NodeIssues id={id} />
        {editable && <AddControl targetId={id} combinator="or" name={labels.clause(path)} />}
      </div>
    );
  }
  return (
    <div
      className={groupClass}
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
        {(!usual || toggled) && <CombinatorToggle value={combinator} onChange={setCombinator} name={name} />}
        {members}
        {isRoot && editable && <NewGroupZone />}
        <NodeIssues id={id} />
        {editable && <AddControl targetId={id} combinator={combinator} name={name} />}
      </div>
    </div>
  );
});

/**
 * One member of a group: a drop target holding a nested group or a clause card. A drag re-renders
 * only the member it starts from and those its mark passes over (see dnd/dragBridge.ts).
 */
// It lives beside GroupCard because the two render each other: one file keeps the import graph acyclic.
const NodeCard = memo(function NodeCard({ id, path, connector }: { id: NodeId; path: string; connector: Combinator | undefined }) {
  const kind = useNodeKind(id);
  const mark = useDropMark(id);
  const dragged = useIsDragged(id);
  const { components: C, classNames, labels } = useBuilderConfig();
  if (kind === undefined) return null;
  return (
    <li className="pcb-member" data-dragging={flag(dragged)} data-drop={mark} {...dropAttributes.node(id)}>
      {connector && (
        <C.Connector combinator={connector} className={classNames.connector}>
          {labels.connector[connector]}
        </C.Connector>
      )}
      <MemberProvider value={id}>{kind === 'group' ? <GroupCard id={id} path={path} isRoot={false} /> : <ClauseCard id={id} path={path} />}</MemberProvider>
    </li>
  );
});
