import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { NodeId, Query } from '../query/ast';
import { canMakeGroup, ungroupPlan } from '../query/intents';
import { pasteTargetFor, shownNode } from '../query/paste';
import { neighbourAfterRemove, shownMember, stepTarget } from '../query/places';
import { findNode } from '../query/walk';
import type { QueryStoreState } from '../hooks/storeTypes';
import { useStoreSelector } from '../hooks/useStoreSelector';
import { useSiblingPlace } from '../hooks/useNode';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useQueryActions } from '../hooks/useQueryActions';
import { useArrangeContext } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import type { MenuItem } from './MenuButton';
import { MovePanelSlot, prefetchMovePanel } from './lazy/MovePanelSlot';
import { useArrange } from './useArrange';
import { useClipboard } from './useClipboard';
import { useViewStore } from '../hooks/useView';
import { nodeName } from './placeWords';

// What the grouping item of a node's menu does: make a group of a clause (where that applies);
// ungroup a group keeping the meaning, or with each clause then to match, or refused (it says why).
function groupingOf(query: Query, id: NodeId, clause: boolean): 'make' | 'same' | 'each' | 'refused' | undefined {
  if (clause) return canMakeGroup(query, id) ? 'make' : undefined;
  const plan = ungroupPlan(query, id);
  return plan.ok ? plan.meaning : 'refused';
}

/**
 * The secondary actions of a clause or group in one menu button ("Actions for clause 1.2"): move up,
 * move down, move to another group (clauses), duplicate (clauses), make a group (a clause of the
 * top-level AND) or ungroup (groups), copy as JSON, paste, remove. One tab stop instead of nine.
 * After each, focus goes where the person will want it: back to this menu after a move or a copy,
 * to the copy's first field after a duplicate, to the new group's "+ Or" after making a group, to
 * the first clause after an ungroup or a paste, to a neighbour after a remove.
 */
export const NodeMenu = memo(function NodeMenu({ id, name, clause }: { id: NodeId; name: string; clause: boolean }) {
  const store = useQueryStore();
  // A clause shown alone in place of its group of one moves as that group.
  const movedId = useStoreSelector(store, useCallback((state: QueryStoreState) => shownMember(state.query, id), [id]));
  const place = useSiblingPlace(movedId);
  const actions = useQueryActions();
  const arrange = useArrange();
  const { focusControl, focusFirstField } = useArrangeContext();
  const { components: C, classNames, labels, announcements: a, disabled } = useBuilderConfig();
  const [moving, setMoving] = useState(false);
  const view = useViewStore();
  const clipboard = useClipboard();
  // Asked when this node, its parent or its place changes, not on every keystroke of every clause.
  const grouping = useStoreSelector(
    store,
    useCallback((state: QueryStoreState) => groupingOf(state.query, id, clause), [id, clause]),
    Object.is,
    useCallback((listener: () => void) => store.subscribeNode(id, listener), [store, id]),
  );
  // "Move to another group…" is loaded when the page is idle (once), or when first chosen.
  useEffect(() => {
    if (clause) prefetchMovePanel();
  }, [clause]);
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
    const say = (text: string, refused = false) => {
      const v = view.getState();
      v.announce(text);
      if (refused) v.showNotice(text, store.getState().revision);
      else v.clearNotice();
    };
    const makeGroup = () => {
      const group = flushSync(() => actions.makeGroup(id));
      if (group === undefined) return;
      say(a.grouped(nodeName(store.getState().query, id, labels), labels.addOr));
      // Its "+ Or", since alternatives are what a group of one is for.
      focusControl(group, 'add');
    };
    const ungroup = () => {
      const before = store.getState().query;
      const plan = ungroupPlan(before, id);
      const item = nodeName(before, id, labels);
      if (!plan.ok) return say(a.ungroupRefused(item, a.ungroupReasons[plan.reason]), true);
      const node = findNode(before, id);
      const first = node?.kind === 'group' ? node.children[0]?.id : undefined;
      flushSync(() => (plan.meaning === 'each' ? actions.ungroupEach(id) : actions.ungroup(id)));
      const after = store.getState().query;
      if (after === before) return;
      const shown = first === undefined || !findNode(after, first) ? undefined : shownNode(after, first);
      say((plan.meaning === 'each' ? a.ungroupedEach : a.ungrouped)(item, shown === undefined ? labels.rootName : nodeName(after, shown, labels)));
      if (shown === undefined || !focusControl(shown, 'menu')) focusControl(after.id, 'add');
    };
    const power: MenuItem[] = [];
    if (grouping === 'make') power.push({ key: 'make-group', label: labels.makeGroupItem, onSelect: makeGroup });
    else if (grouping !== undefined) power.push({ key: 'ungroup', label: grouping === 'each' ? labels.ungroupEachItem : labels.ungroupItem, onSelect: ungroup });
    if (clipboard) {
      power.push(
        { key: 'copy', label: labels.copyItem, onSelect: () => void clipboard.copy(id) },
        { key: 'paste', label: labels.pasteItem, onSelect: () => void clipboard.pasteFromClipboard(pasteTargetFor(store.getState().query, id), { id, control: 'menu' }) },
      );
    }
    return [
      { key: 'up', label: labels.moveUpItem, onSelect: () => move(-1), disabled: first },
      { key: 'down', label: labels.moveDownItem, onSelect: () => move(1), disabled: last },
      ...(clause
        ? [
            { key: 'move-to', label: labels.moveToItem, onSelect: () => setMoving(true) },
            { key: 'duplicate', label: labels.duplicateText, onSelect: duplicate },
          ]
        : []),
      ...power,
      { key: 'remove', label: labels.removeText, onSelect: remove },
    ];
  }, [store, view, actions, arrange, clipboard, focusControl, focusFirstField, labels, a, id, clause, first, last, grouping]);

  const data = useMemo(() => ({ 'data-pcb-action': 'menu', 'data-pcb-node': id }) as const, [id]);
  return (
    <>
      <C.MenuButton className={classNames.menuButton} label={labels.actions(name)} items={items} disabled={disabled} data={data}>
        {labels.actionsText}
      </C.MenuButton>
      {moving && <MovePanelSlot id={id} name={name} onClose={() => setMoving(false)} />}
    </>
  );
});
