import { memo, useCallback, useId } from 'react';
import type { Combinator, WhereGroup } from '../../query/ast';
import { createWhereCondition, createWhereGroup } from '../../query/nodes';
import { defaultConditionFor } from '../../query/property-types';
import { useWhereContext } from './whereContext';

/** Props of `WhereGroupEditor`. */
export interface WhereGroupEditorProps {
  group: WhereGroup;
  position: string;
  /** "Where" at the root of a slot, else "group 2". */
  subject: string;
}

/** An "all of" (and) / "any of" (or) group of conditions with its children and actions. */
export const WhereGroupEditor = memo(function WhereGroupEditor({ group, position, subject }: WhereGroupEditorProps) {
  const ctx = useWhereContext();
  const { labels, ids, update, remove, NodeEditor, disabled, readOnly } = ctx;
  const name = useId();
  const setCombinator = useCallback(
    (combinator: Combinator) => update(group.id, (node) => (node.kind === 'where-group' ? { ...node, combinator } : node)),
    [update, group.id],
  );
  const blank = () => {
    const condition = createWhereCondition(ids, { condition: defaultConditionFor('string', ctx.operators?.string) });
    ctx.focusRequest.current = condition.id;
    return condition;
  };
  const add = (child: WhereGroup['children'][number]) =>
    update(group.id, (node) => (node.kind === 'where-group' ? { ...node, children: [...node.children, child] } : node));
  // A new group takes the other combinator: the same one would only repeat its parent.
  const other: Combinator = group.combinator === 'and' ? 'or' : 'and';

  const radio = (combinator: Combinator, text: string) => (
    <label className="pcb-radio" data-state={group.combinator === combinator ? 'checked' : 'unchecked'}>
      <input
        type="radio"
        name={name}
        value={combinator}
        checked={group.combinator === combinator}
        onChange={() => setCombinator(combinator)}
        disabled={disabled || (readOnly && group.combinator !== combinator)}
      />
      {text}
    </label>
  );
  return (
    // The root group sits in the editor's own named group; naming it again would only repeat it.
    <div role={position === '' ? undefined : 'group'} aria-label={position === '' ? undefined : subject} className="pcb-where-group" data-state={group.combinator} data-disabled={disabled ? '' : undefined}>
      <div role="radiogroup" aria-label={labels.matchLabel(subject)} className="pcb-combinator">
        {radio('and', labels.all)}
        {radio('or', labels.any)}
      </div>
      <ul className="pcb-where-group__children">
        {group.children.map((child, i) => (
          <li key={child.id} className="pcb-where-group__child">
            <NodeEditor node={child} position={position ? `${position}.${i + 1}` : String(i + 1)} />
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <div className="pcb-actions">
          <button type="button" className="pcb-button" aria-label={labels.addConditionTo(subject)} onClick={() => add(blank())} disabled={disabled}>
            {labels.addCondition}
          </button>
          <button type="button" className="pcb-button" aria-label={labels.addGroupTo(subject)} onClick={() => add(createWhereGroup(ids, other, [blank()]))} disabled={disabled}>
            {labels.addGroup}
          </button>
          <button type="button" className="pcb-button pcb-button--remove" aria-label={labels.removeNamed(subject)} onClick={() => remove(group.id)} disabled={disabled}>
            {labels.remove}
          </button>
        </div>
      )}
    </div>
  );
});
