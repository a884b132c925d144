import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import type { NodeId } from '../query/ast';
import type { ArrangeTarget, MoveCheck } from '../query/arrange';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useViewStore } from '../hooks/useView';
import { useArrangeContext, type ArrangeControl } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import { nodeName, placeName } from './placeWords';

/**
 * Moves a node the way every arrange control does (buttons, "Move to group…", drops): checks the
 * shape, moves, says what happened in the live region, shows why a refused move was refused, and
 * puts focus back on the moved node's `focus` control.
 */
export function useArrange(): (id: NodeId, target: ArrangeTarget, focus?: ArrangeControl) => MoveCheck {
  const store = useQueryStore();
  const view = useViewStore();
  const { labels, announcements: a } = useBuilderConfig();
  const { focusControl } = useArrangeContext();
  return useCallback(
    (id, target, focus) => {
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
    },
    [store, view, labels, a, focusControl],
  );
}
