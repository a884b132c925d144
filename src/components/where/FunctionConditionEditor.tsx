import { memo, useCallback, useId, useMemo } from 'react';
import type { Condition, FunctionCondition, WhereNode } from '../../query/ast';
import { conditionForType, findProperty, propertyTypeOf, type PropertyOption } from '../../query/property-types';
import { PropertyDatalist, PropertyPicker } from './PropertyPicker';
import { WhereContext, useWhereContext } from './whereContext';
import { WhereSlot } from './WhereSlot';

/** Props of `FunctionConditionEditor`. */
export interface FunctionConditionEditorProps {
  condition: FunctionCondition;
  /** The name of the array property's condition ("properties.article.tags"). */
  subject: string;
  position: string;
  /** The properties of each element of the array, relative to it (`key`, `value`, `price`). */
  itemProperties?: readonly PropertyOption[];
  onChange: (condition: Condition) => void;
}

/**
 * A condition over an array of objects: which item property to test and how, plus an optional
 * where over the other properties of the same item. The function itself (any / all) is the
 * condition's operator, picked in the operator select beside this editor.
 */
export const FunctionConditionEditor = memo(function FunctionConditionEditor(props: FunctionConditionEditorProps) {
  const { condition, subject, position, itemProperties, onChange } = props;
  const ctx = useWhereContext();
  const { labels, ConditionEditor } = ctx;
  const id = useId();
  const listId = itemProperties && itemProperties.length > 0 ? id : '';
  // The item's where is numbered from this condition and suggests the item's own properties.
  const nested = useMemo(() => ({ ...ctx, properties: itemProperties, datalistId: listId }), [ctx, itemProperties, listId]);
  const itemType = propertyTypeOf(itemProperties, condition.property, condition.condition);
  const itemSubject = labels.itemSubject(condition.property, subject);

  const onProperty = useCallback(
    (path: string) => {
      const type = propertyTypeOf(itemProperties, path, condition.condition);
      onChange({ ...condition, property: path, condition: conditionForType(condition.condition, type, ctx.operators?.[type]) });
    },
    [onChange, condition, itemProperties, ctx.operators],
  );
  const onItemCondition = useCallback((next: Condition) => onChange({ ...condition, condition: next }), [onChange, condition]);
  const onWhere = useCallback(
    (where: WhereNode | undefined) => {
      if (where) {
        onChange({ ...condition, where });
        return;
      }
      const rest = { ...condition };
      delete rest.where;
      onChange(rest);
    },
    [onChange, condition],
  );

  return (
    <span className="pcb-function" data-state={condition.function}>
      <PropertyDatalist id={listId} properties={itemProperties} />
      <PropertyPicker
        value={condition.property}
        onChange={onProperty}
        label={labels.itemPropertyLabel(subject)}
        listId={listId}
        properties={itemProperties}
        requiredMessage={labels.propertyRequired}
        disabled={ctx.disabled}
        readOnly={ctx.readOnly}
      />
      <ConditionEditor
        condition={condition.condition}
        type={itemType}
        subject={itemSubject}
        position={position}
        itemProperties={findProperty(itemProperties, condition.property)?.itemProperties}
        onChange={onItemCondition}
      />
      <WhereContext.Provider value={nested}>
        <WhereSlot
          value={condition.where}
          onChange={onWhere}
          subject={labels.itemFilter(subject)}
          position={position}
          emptyAddText={labels.addItemFilter}
          emptyAddLabel={labels.addItemFilterTo(subject)}
        />
      </WhereContext.Provider>
    </span>
  );
});
