import { memo, useCallback, useEffect, useRef } from 'react';
import type { Condition, WhereCondition } from '../../query/ast';
import { conditionForType, findProperty, propertyTypeOf } from '../../query/property-types';
import { PropertyPicker } from './PropertyPicker';
import { conditionSubject, useWhereContext } from './whereContext';

/** Props of `WhereConditionRow`. */
export interface WhereConditionRowProps {
  node: WhereCondition;
  position: string;
}

/** One condition on an event property: the property, the operator, the value, and remove. */
export const WhereConditionRow = memo(function WhereConditionRow({ node, position }: WhereConditionRowProps) {
  const ctx = useWhereContext();
  const { labels, properties, operators, update, remove, ConditionEditor, disabled, readOnly } = ctx;
  const type = propertyTypeOf(properties, node.property, node.condition);
  const subject = conditionSubject(ctx, node.property, position);
  const name = labels.condition(position);
  const property = useRef<HTMLInputElement>(null);
  // A row just added by a button takes focus on its property (see focusRequest).
  useEffect(() => {
    if (ctx.focusRequest.current !== node.id) return;
    ctx.focusRequest.current = undefined;
    property.current?.focus();
    // Only when the row mounts: later renders never move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onProperty = useCallback(
    (path: string) =>
      update(node.id, (current) => {
        if (current.kind !== 'where-condition') return current;
        // A property of another type keeps the condition when its operator still fits, else carries the values over.
        const nextType = propertyTypeOf(properties, path, current.condition);
        return { ...current, property: path, condition: conditionForType(current.condition, nextType, operators?.[nextType]) };
      }),
    [update, node.id, properties, operators],
  );
  const onCondition = useCallback(
    (condition: Condition) => update(node.id, (current) => (current.kind === 'where-condition' ? { ...current, condition } : current)),
    [update, node.id],
  );

  return (
    <div role="group" aria-label={name} className="pcb-where-condition" data-state={node.condition.kind} data-disabled={disabled ? '' : undefined}>
      <PropertyPicker
        inputRef={property}
        value={node.property}
        onChange={onProperty}
        // Named by position, not by path: the name must not change while the person types the path.
        label={labels.propertyLabel(name)}
        listId={ctx.datalistId}
        properties={properties}
        placeholder={labels.propertyPlaceholder}
        requiredMessage={labels.propertyRequired}
        disabled={disabled}
        readOnly={readOnly}
      />
      <ConditionEditor
        condition={node.condition}
        type={type}
        subject={subject}
        position={position}
        itemProperties={findProperty(properties, node.property)?.itemProperties}
        onChange={onCondition}
      />
      {readOnly ? null : (
        <button type="button" className="pcb-button pcb-button--remove" aria-label={labels.removeNamed(subject)} onClick={() => remove(node.id)} disabled={disabled}>
          {labels.remove}
        </button>
      )}
    </div>
  );
});
