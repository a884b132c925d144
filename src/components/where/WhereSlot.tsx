import { memo } from 'react';
import type { WhereNode } from '../../query/ast';
import { createWhereCondition, createWhereGroup } from '../../query/nodes';
import { defaultConditionFor } from '../../query/property-types';
import { useWhereContext } from './whereContext';

/** Props of `WhereSlot`. */
export interface WhereSlotProps {
  value: WhereNode | undefined;
  onChange: (where: WhereNode | undefined) => void;
  /** The slot's name: the editor's label, or "items of …" inside a function condition. */
  subject: string;
  /** The position the slot's nodes are numbered from ('' at the top). */
  position: string;
  emptyText?: string;
  /** The add button while the slot is empty: its text and its full accessible name. */
  emptyAddText: string;
  emptyAddLabel: string;
}

/** A place that holds one where tree (or none): the root of the editor, or a function condition's `where`. */
export const WhereSlot = memo(function WhereSlot({ value, onChange, subject, position, emptyText, emptyAddText, emptyAddLabel }: WhereSlotProps) {
  const ctx = useWhereContext();
  const { labels, ids, NodeEditor } = ctx;
  const blank = () => {
    const condition = createWhereCondition(ids, { condition: defaultConditionFor('string', ctx.operators?.string) });
    ctx.focusRequest.current = condition.id;
    return condition;
  };
  const canEdit = !ctx.readOnly;
  const addButton = (text: string, name: string, onClick: () => void) =>
    canEdit ? (
      <button type="button" className="pcb-button" aria-label={name} onClick={onClick} disabled={ctx.disabled}>
        {text}
      </button>
    ) : null;

  if (!value) {
    return (
      <div className="pcb-where-slot" data-state="empty">
        {emptyText ? <p className="pcb-hint">{emptyText}</p> : null}
        {addButton(emptyAddText, emptyAddLabel, () => onChange(blank()))}
      </div>
    );
  }
  if (value.kind === 'where-group') {
    return <NodeEditor node={value} position={position} rootSubject={subject} />;
  }
  return (
    <div className="pcb-where-slot" data-state="single">
      <NodeEditor node={value} position={position ? `${position}.1` : '1'} />
      {/* A second condition needs a group to sit in: "all of" both, which the person can switch to "any of". */}
      {addButton(labels.addCondition, labels.addConditionTo(subject), () => onChange(createWhereGroup(ids, 'and', [value, blank()])))}
    </div>
  );
});
