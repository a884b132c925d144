import { useMemo } from 'react';
import { flushSync } from 'react-dom';
import type { NodeId } from '../query/ast';
import type { ArrangeTarget, MoveCheck } from '../query/arrange';
import type { QueryStore, ViewStore } from '../hooks/storeTypes';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useViewStore } from '../hooks/useView';
import type { BuilderAnnouncements } from './announcements';
import { useArrangeContext, type ArrangeContextValue, type ArrangeControl } from './arrangeContext';
import type { BuilderLabels } from './builderLabels';
import { useBuilderConfig } from './BuilderConfig';
import { nodeName, placeName } from './placeWords';

/** Moves a node as every arrange control does; see `useArrange`. */
export type Arrange = (id: NodeId, target: ArrangeTarget, focus?: ArrangeControl) => MoveCheck;

/** What a move needs from its builder: its stores, its words and its focus helper. */
export interface ArrangeDeps {
  store: QueryStore;
  view: ViewStore;
  labels: BuilderLabels;
  announcements: BuilderAnnouncements;
  focusControl: ArrangeContextValue['focusControl'];
}

/** `useArrange`'s move for code that is no component (the actions menu, loaded on first use). */
export function arrangeWith({ store, view, labels, announcements: a, focusControl }: ArrangeDeps): Arrange {
  return (id, target, focus) => {
    const before = store.getState().query;
    const item = nodeName(before, id, labels);
    const place = placeName(before, id, target, { ...a, group: labels.group });
    // Synchronous, so the moved node is in the DOM when focus goes to it.
    const check = flushSync(() => store.getState().moveTo(id, target));
    const v = view.getState();
    if (!check.ok) {
      const text = a.refused(item, a.reasons[check.reason]);
      v.announce(text);
      v.showNotice(text, store.getState().revision);
      return check;
    }
    const after = store.getState().query;
    v.clearNotice();
    v.announce(after === before ? a.unchanged(item) : a.moved(item, place, nodeName(after, id, labels)));
    if (focus) focusControl(id, focus);
    return check;
  };
}

/**
 * Moves a node the way every arrange control does (buttons, "Move to group…", drops): checks the
 * shape, moves, says what happened in the live region, shows why a refused move was refused, and
 * puts focus back on the moved node's `focus` control.
 */
export function useArrange(): Arrange {
  const store = useQueryStore();
  const view = useViewStore();
  const { labels, announcements } = useBuilderConfig();
  const { focusControl } = useArrangeContext();
  return useMemo(() => arrangeWith({ store, view, labels, announcements, focusControl }), [store, view, labels, announcements, focusControl]);
}
