import { memo } from 'react';
import { RawJson } from '../RawJson';
import { WhereConditionRow } from './WhereConditionRow';
import { WhereGroupEditor } from './WhereGroupEditor';
import { useWhereContext, type WhereNodeEditorProps } from './whereContext';

/** The editor of one where node: a group, a condition, or a raw node shown as JSON (kept, removable). */
export const WhereNodeEditor = memo(function WhereNodeEditor({ node, position, rootSubject }: WhereNodeEditorProps) {
  const { labels, remove, disabled, readOnly } = useWhereContext();
  if (node.kind === 'where-group') return <WhereGroupEditor group={node} position={position} subject={rootSubject ?? labels.group(position)} />;
  if (node.kind === 'where-condition') return <WhereConditionRow node={node} position={position} />;
  const name = labels.condition(position);
  return (
    <div role="group" aria-label={name} className="pcb-where-raw" data-state="raw">
      <span className="pcb-hint">{node.reason ? labels.rawReason(node.reason) : labels.rawCondition}</span>
      <RawJson json={node.json} />
      {readOnly ? null : (
        <button type="button" className="pcb-button pcb-button--remove" aria-label={labels.removeNamed(name)} onClick={() => remove(node.id)} disabled={disabled}>
          {labels.remove}
        </button>
      )}
    </div>
  );
});
