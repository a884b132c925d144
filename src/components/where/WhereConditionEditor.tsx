import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { IdGenerator, NodeId, WhereNode } from '../../query/ast';
import { createIdGenerator } from '../../query/ids';
import type { ConditionChoice, PropertyOption, PropertyType } from '../../query/property-types';
import { mergeLabels, type WhereLabels } from '../labels';
import { useControllableState } from '../useControllableState';
import { ConditionEditor } from './ConditionEditor';
import { propertyListId, useWhereAids, WhereAidsProvider } from './WhereAids';
import { WhereContext, type WhereContextValue } from './whereContext';
import { WhereNodeEditor } from './WhereNodeEditor';
import { WhereSlot } from './WhereSlot';
import { removeWhere, repeatedPropertiesKey, updateWhere } from './whereTree';

/** Props of `WhereConditionEditor`. */
export interface WhereConditionEditorProps {
  /** The where tree (controlled); `undefined` is no condition, so `value={undefined}` is controlled. */
  value?: WhereNode;
  /** The starting tree when uncontrolled. */
  defaultValue?: WhereNode;
  /** Called with the new tree; `undefined` when the last condition is removed. */
  onChange?: (where: WhereNode | undefined) => void;
  /** The host's property catalogue; memoize it, as every row reads it. Unknown paths are allowed. */
  properties?: readonly PropertyOption[];
  /** Makes ids for new conditions and groups. */
  idGenerator?: IdGenerator;
  /** The operators to offer per property type, instead of the defaults of `property-types`. */
  operators?: Partial<Record<PropertyType, readonly ConditionChoice[]>>;
  /** The accessible name of the editor; include the clause's position where several repeat. */
  label?: string;
  /** Replace any of the editor's strings (`defaultFieldLabels.where`): operator words, button texts, accessible names, messages. */
  labels?: Partial<WhereLabels>;
  /** Not editable and not focusable; no add or remove buttons. */
  disabled?: boolean;
  /** Shown and focusable but not editable; no add or remove buttons. */
  readOnly?: boolean;
  /** Added to the root element. */
  className?: string;
}

function WhereConditionEditorBase(props: WhereConditionEditorProps) {
  const { properties, operators, disabled = false, readOnly = false, className } = props;
  const ownId = useId();
  // Ids of new conditions from the instance, not a module counter: two editors share nothing.
  const [ownIds] = useState(() => createIdGenerator(`${ownId}w`));
  const idGenerator = props.idGenerator ?? ownIds;
  const labels = useMemo(() => mergeLabels('where', props.labels), [props.labels]);
  const label = props.label ?? labels.label;
  const [value, setValue] = useControllableState<WhereNode | undefined>({
    controlled: 'value' in props,
    value: props.value,
    defaultValue: props.defaultValue,
    onChange: props.onChange,
    component: 'WhereConditionEditor',
  });
  // Stable, so the memoized rows re-render only when their own node changes.
  const update = useCallback((id: NodeId, change: (node: WhereNode) => WhereNode) => setValue((prev) => updateWhere(prev, id, change)), [setValue]);
  const remove = useCallback((id: NodeId) => setValue((prev) => removeWhere(prev, id)), [setValue]);
  const repeatedKey = repeatedPropertiesKey(value);
  const repeated = useMemo(() => new Set(repeatedKey === '' ? [] : repeatedKey.split('\n')), [repeatedKey]);
  // Inside a builder, the builder's datalist and hint serve every clause when they say the same.
  const outer = useWhereAids();
  const shared = outer && outer.properties === properties && outer.valueHint === labels.addValueHint ? outer : undefined;
  const datalistId = shared ? shared.datalistId : propertyListId(ownId, properties);
  const [focusRequest] = useState<{ current: NodeId | undefined }>(() => ({ current: undefined }));
  const ctx = useMemo<WhereContextValue>(
    () => ({ properties, datalistId, operators, labels, ids: idGenerator, disabled, readOnly, repeated, update, remove, focusRequest, NodeEditor: WhereNodeEditor, ConditionEditor }),
    [properties, datalistId, operators, labels, idGenerator, disabled, readOnly, repeated, update, remove, focusRequest],
  );

  const body = (
    <WhereContext.Provider value={ctx}>
      <WhereSlot
        value={value}
        onChange={setValue}
        subject={label}
        position=""
        emptyText={labels.empty}
        emptyAddText={labels.addCondition}
        emptyAddLabel={labels.addConditionTo(label)}
      />
    </WhereContext.Provider>
  );
  return (
    <div
      role="group"
      aria-label={label}
      className={className ? `pcb-where ${className}` : 'pcb-where'}
      data-state={value ? value.kind : 'empty'}
      data-disabled={disabled ? '' : undefined}
    >
      {shared ? body : (
        <WhereAidsProvider id={ownId} properties={properties} valueHint={labels.addValueHint}>
          {body}
        </WhereAidsProvider>
      )}
    </div>
  );
}

/** Edits a whole where tree: conditions on event properties, nested "all of" / "any of" groups and function conditions. */
export const WhereConditionEditor = memo(WhereConditionEditorBase);
