import { flushSync } from 'react-dom';
import type { NodeId } from '../../query/ast';
import { canMakeGroup, makeGroupIntent, ungroupIntent, ungroupPlan } from '../../query/grouping';
import { pasteTargetFor, shownNode } from '../../query/paste';
import { neighbourAfterRemove, stepTarget } from '../../query/places';
import { findNode } from '../../query/walk';
import type { QueryActions, QueryStore, ViewStore } from '../../hooks/storeTypes';
import type { BuilderAnnouncements } from '../announcements';
import type { ArrangeContextValue } from '../arrangeContext';
import type { BuilderLabels } from '../builderLabels';
import type { MenuItem } from '../MenuButton';
import { nodeName } from '../placeWords';
import type { Arrange } from '../useArrange';
import type { ClipboardActions } from '../useClipboard';

/** What a node's actions menu needs from its builder (NodeMenu gathers it when the menu opens). */
export interface NodeMenuDeps extends ArrangeContextValue {
  store: QueryStore;
  view: ViewStore;
  actions: QueryActions;
  /** The builder's move (`useArrange`). */
  arrange: Arrange;
  labels: BuilderLabels;
  announcements: BuilderAnnouncements;
  /** The builder's copy and paste; null outside its query. */
  clipboard: ClipboardActions | null;
  /** Opens "Move to another group…" for this clause. */
  openMove: () => void;
}

/**
 * The items of the actions menu of clause or group `id`, as the query is when the menu opens: move
 * up and down (disabled at either end), move to another group and duplicate (clauses), make a group
 * (a clause of the top-level AND) or ungroup (groups; "each must match" where the meaning changes,
 * refused with the reason where it cannot), copy, paste, remove. After each, focus goes where the
 * person will want it: back to this menu after a move or a copy, to the copy's first field after a
 * duplicate, to the new group's "+ Or" after making a group, to the first clause after an ungroup or
 * a paste, to a neighbour after a remove.
 */
export function nodeMenuItems(deps: NodeMenuDeps, id: NodeId, clause: boolean): MenuItem[] {
  const { store, view, actions, arrange, labels, announcements: a, clipboard, focusControl, focusFirstField } = deps;
  const query = store.getState().query;
  const move = (delta: -1 | 1) => {
    const step = stepTarget(store.getState().query, id, delta);
    if (!step) return;
    arrange(step.movedId, step.target);
    focusControl(id, 'menu');
  };
  const remove = () => {
    const neighbour = neighbourAfterRemove(store.getState().query, id);
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
    const group = flushSync(() => actions.applyIntent(makeGroupIntent(id))).id;
    if (group === undefined) return;
    say(a.grouped(nodeName(store.getState().query, id, labels), labels.addOr));
    // Its "+ Or", since alternatives are what a group of one is for.
    focusControl(group, 'add');
  };
  const ungroup = () => {
    const before = store.getState().query;
    const item = nodeName(before, id, labels);
    const node = findNode(before, id);
    const first = node?.kind === 'group' ? node.children[0]?.id : undefined;
    const { plan } = flushSync(() => actions.applyIntent(ungroupIntent(id)));
    if (!plan.ok) return say(a.ungroupRefused(item, a.ungroupReasons[plan.reason]), true);
    const after = store.getState().query;
    if (after === before) return;
    const shown = first === undefined || !findNode(after, first) ? undefined : shownNode(after, first);
    say((plan.meaning === 'each' ? a.ungroupedEach : a.ungrouped)(item, shown === undefined ? labels.rootName : nodeName(after, shown, labels)));
    if (shown === undefined || !focusControl(shown, 'menu')) focusControl(after.id, 'add');
  };
  const items: MenuItem[] = [
    { key: 'up', label: labels.moveUpItem, onSelect: () => move(-1), disabled: !stepTarget(query, id, -1) },
    { key: 'down', label: labels.moveDownItem, onSelect: () => move(1), disabled: !stepTarget(query, id, 1) },
  ];
  if (clause) {
    items.push({ key: 'move-to', label: labels.moveToItem, onSelect: deps.openMove }, { key: 'duplicate', label: labels.duplicateText, onSelect: duplicate });
    if (canMakeGroup(query, id)) items.push({ key: 'make-group', label: labels.makeGroupItem, onSelect: makeGroup });
  } else {
    const plan = ungroupPlan(query, id);
    items.push({ key: 'ungroup', label: plan.ok && plan.meaning === 'each' ? labels.ungroupEachItem : labels.ungroupItem, onSelect: ungroup });
  }
  if (clipboard) {
    items.push(
      { key: 'copy', label: labels.copyItem, onSelect: () => void clipboard.copy(id) },
      { key: 'paste', label: labels.pasteItem, onSelect: () => void clipboard.pasteFromClipboard(pasteTargetFor(store.getState().query, id), { id, control: 'menu' }) },
    );
  }
  items.push({ key: 'remove', label: labels.removeText, onSelect: remove });
  return items;
}
