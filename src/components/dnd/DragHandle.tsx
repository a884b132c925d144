import { createContext, memo, useContext, useMemo } from 'react';
import type { NodeId } from '../../query/ast';
import { useIsDragged } from '../../hooks/useView';
import { useBuilderConfig } from '../BuilderConfig';
import { activate, useDragBridge } from './dragBridge';

// The id of the member a card sits in: the root's own card has no member, so no handle.
const MemberContext = createContext<NodeId | null>(null);

/** Tells the cards inside a group member which node the member is. */
export const MemberProvider = MemberContext.Provider;

/** The drag handle of the nearest group member: a real button, named "Drag clause 1.2"; nothing outside a member. */
export const DragHandle = memo(function DragHandle({ name }: { name: string }) {
  const id = useContext(MemberContext);
  const bridge = useDragBridge();
  const { labels, readOnly, disabled } = useBuilderConfig();
  const dragged = useIsDragged(id);
  const handlers = useMemo(
    () =>
      id && bridge
        ? {
            onMouseDown: activate.bind(null, bridge, id, 'onMouseDown'),
            onTouchStart: activate.bind(null, bridge, id, 'onTouchStart'),
            onKeyDown: activate.bind(null, bridge, id, 'onKeyDown'),
          }
        : undefined,
    [bridge, id],
  );
  if (!id || !bridge || readOnly) return null;
  return (
    <button
      type="button"
      className="pcb-drag-handle"
      {...(disabled ? undefined : handlers)}
      aria-label={labels.drag(name)}
      aria-roledescription={labels.draggable}
      aria-describedby={bridge.instructionsId}
      aria-pressed={dragged || undefined}
      disabled={disabled}
      data-pcb-action="handle"
      data-pcb-node={id}
    >
      {/* The glyph as the button's own text: aria-label names the button, so no hidden span is needed. */}
      ⠿
    </button>
  );
});
