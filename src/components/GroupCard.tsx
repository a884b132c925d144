import { memo, useCallback } from 'react';
import type { Combinator, NodeId } from '../query/ast';
import { createExpressionClause, createGroup } from '../query/nodes';
import { createClause, type NewClauseKind } from '../query/newClause';
import { useChildIds, useCombinator, useNodeIssues, useNodeKind } from '../hooks/useNode';
import { useQueryActions } from '../hooks/useQueryActions';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useBuilderConfig } from './BuilderConfig';
import { AddClauseControl } from './AddClauseControl';
import { CombinatorToggle } from './CombinatorToggle';
import { ClauseCard } from './ClauseCard';
import { NodeIssues } from './NodeIssues';

/** An and/or group of clauses (and, at the root, of groups): its toggle, members and add controls. */
export const GroupCard = memo(function GroupCard({ id, path, isRoot }: { id: NodeId; path: string; isRoot: boolean }) {
  const childIds = useChildIds(id);
  const combinator = useCombinator(id) ?? 'and';
  const issues = useNodeIssues(id);
  const store = useQueryStore();
  const actions = useQueryActions();
  const { labels, readOnly, disabled } = useBuilderConfig();
  const name = isRoot ? labels.builder.toLowerCase() : labels.group(path);
  const setCombinator = useCallback((next: Combinator) => actions.setCombinator(id, next), [actions, id]);
  const addClause = useCallback((kind: NewClauseKind) => actions.add(id, createClause(kind, store.getState().ids)), [actions, id, store]);
  const addGroup = useCallback(() => {
    const ids = store.getState().ids;
    // The API documents an AND of ORs, so a group added under the root is an OR with one clause.
    actions.add(id, createGroup(ids, combinator === 'and' ? 'or' : 'and', [createExpressionClause(ids)]));
  }, [actions, combinator, id, store]);
  const editable = !readOnly;
  const invalid = issues.some((issue) => issue.severity === 'error');

  return (
    <div className="pcb-group" role="group" aria-label={name} data-combinator={combinator} data-invalid={invalid || undefined} data-root={isRoot || undefined}>
      <CombinatorToggle value={combinator} onChange={setCombinator} name={name} />
      {childIds.length === 0 ? (
        <p className="pcb-empty">{labels.emptyGroup}</p>
      ) : (
        <ol className="pcb-members">
          {childIds.map((childId, index) => (
            <NodeCard key={childId} id={childId} path={path ? `${path}.${index + 1}` : `${index + 1}`} />
          ))}
        </ol>
      )}
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
  );
});

/** One member of a group: a nested group or a clause card. Re-renders only if its kind changes. */
// It lives beside GroupCard because the two render each other: one file keeps the import graph acyclic.
const NodeCard = memo(function NodeCard({ id, path }: { id: NodeId; path: string }) {
  const kind = useNodeKind(id);
  if (kind === undefined) return null;
  return <li className="pcb-member">{kind === 'group' ? <GroupCard id={id} path={path} isRoot={false} /> : <ClauseCard id={id} path={path} />}</li>;
});
