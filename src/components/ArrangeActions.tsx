import { memo } from 'react';
import type { NodeId } from '../query/ast';
import { findParent } from '../query/walk';
import { useSiblingPlace } from '../hooks/useNode';
import { useQueryStore } from '../hooks/QueryStoreContext';
import type { ArrangeControl } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import { MoveToGroup } from './MoveToGroup';
import { useArrange } from './useArrange';

/**
 * "Move up", "Move down" (and, for clauses, "Move to…"): moving without dragging. At an end the
 * button stays focusable with aria-disabled, so focus never drops to the page after a move.
 */
export const ArrangeActions = memo(function ArrangeActions({ id, name, moveTo }: { id: NodeId; name: string; moveTo: boolean }) {
  const place = useSiblingPlace(id);
  const store = useQueryStore();
  const arrange = useArrange();
  const { labels, disabled } = useBuilderConfig();
  if (!place) return null;
  const first = place === 'first' || place === 'only';
  const last = place === 'last' || place === 'only';
  const move = (delta: number, control: ArrangeControl) => {
    const query = store.getState().query;
    const parent = findParent(query, id);
    if (parent?.kind !== 'group') return;
    const index = parent.children.findIndex((child) => child.id === id) + delta;
    if (index < 0 || index >= parent.children.length) return;
    arrange(id, { parentId: parent.id, index }, control);
  };
  const button = (control: 'up' | 'down', blocked: boolean, label: string, text: string, delta: number) => (
    <button
      type="button"
      className="pcb-move"
      aria-label={label}
      aria-disabled={blocked || undefined}
      disabled={disabled}
      data-pcb-action={control}
      data-pcb-node={id}
      onClick={() => !blocked && move(delta, control)}
    >
      {/* No aria-hidden span: a button's content is presentational and its aria-label names it, and a span per button is 1,000 elements in a big builder. */}
      {text}
    </button>
  );
  return (
    <>
      {button('up', first, labels.moveUp(name), labels.moveUpText, -1)}
      {button('down', last, labels.moveDown(name), labels.moveDownText, 1)}
      {moveTo && <MoveToGroup id={id} name={name} />}
    </>
  );
});
