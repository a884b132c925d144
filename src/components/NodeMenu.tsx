import { memo, useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { NodeId } from '../query/ast';
import { neighbourAfterRemove, shownMember, stepTarget } from '../query/places';
import type { QueryStoreState } from '../hooks/storeTypes';
import { useStoreSelector } from '../hooks/useStoreSelector';
import { useSiblingPlace } from '../hooks/useNode';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useQueryActions } from '../hooks/useQueryActions';
import { useArrangeContext } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import type { MenuItem } from './MenuButton';
import { MovePanel } from './MoveToGroup';
import { useArrange } from './useArrange';

/**
 * The secondary actions of a clause or group in one menu button ("Actions for clause 1.2"): move up,
 * move down, move to another group (clauses), duplicate (clauses), remove. One tab stop instead of
 * five. After each, focus goes where the person will want it: back to this menu after a move, to
 * the copy's first field after a duplicate, to a neighbour after a remove.
 */
export const NodeMenu = memo(function NodeMenu({ id, name, clause }: { id: NodeId; name: string; clause: boolean }) {
  const store = useQueryStore();
  // A clause shown alone in place of its group of one moves as that group.
  const movedId = useStoreSelector(store, useCallback((state: QueryStoreState) => shownMember(state.query, id), [id]));
  const place = useSiblingPlace(movedId);
  const actions = useQueryActions();
  const arrange = useArrange();
  const { focusControl, focusFirstField } = useArrangeContext();
  const { components: C, classNames, labels, disabled } = useBuilderConfig();
  const [moving, setMoving] = useState(false);
  const first = place === 'first' || place === 'only';
  const last = place === 'last' || place === 'only';

  const items = useMemo<MenuItem[]>(() => {
    const move = (delta: -1 | 1) => {
      const step = stepTarget(store.getState().query, id, delta);
      if (!step) return;
      arrange(step.movedId, step.target);
      focusControl(id, 'menu');
    };
    const remove = () => {
      const query = store.getState().query;
      const neighbour = neighbourAfterRemove(query, id);
      flushSync(() => actions.remove(id));
      if (neighbour && focusControl(neighbour, 'menu')) return;
      focusControl(store.getState().query.id, 'add');
    };
    const duplicate = () => {
      const copy = flushSync(() => actions.duplicate(id));
      if (copy) focusFirstField(copy);
    };
    return [
      { key: 'up', label: labels.moveUpItem, onSelect: () => move(-1), disabled: first },
      { key: 'down', label: labels.moveDownItem, onSelect: () => move(1), disabled: last },
      ...(clause
        ? [
            { key: 'move-to', label: labels.moveToItem, onSelect: () => setMoving(true) },
            { key: 'duplicate', label: labels.duplicateText, onSelect: duplicate },
          ]
        : []),
      { key: 'remove', label: labels.removeText, onSelect: remove },
    ];
  }, [store, actions, arrange, focusControl, focusFirstField, labels, id, clause, first, last]);

  const data = useMemo(() => ({ 'data-pcb-action': 'menu', 'data-pcb-node': id }) as const, [id]);
  return (
    <>
      <C.MenuButton className={classNames.menuButton} label={labels.actions(name)} items={items} disabled={disabled} data={data}>
        {labels.actionsText}
      </C.MenuButton>
      {moving && <MovePanel id={id} name={name} onClose={() => setMoving(false)} />}
    </>
  );
});
