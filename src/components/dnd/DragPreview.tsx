import { memo, useCallback } from 'react';
import type { NodeId } from '../../query/ast';
import { describeNode } from '../../query/describe';
import type { QueryStoreState, ViewState } from '../../hooks/storeTypes';
import { useNode } from '../../hooks/useNode';
import { useQueryStore } from '../../hooks/QueryStoreContext';
import { useStoreSelector } from '../../hooks/useStoreSelector';
import { useViewStore } from '../../hooks/useView';
import { useBuilderConfig } from '../BuilderConfig';
import { nodeName } from '../placeWords';

const selectRefused = (state: ViewState) => !!state.drag?.refused;

/**
 * What follows the pointer during a drag: the node's name and one-line summary. Hidden from
 * assistive technology, which hears the live region instead of a second copy of the card.
 */
export const DragPreview = memo(function DragPreview({ id }: { id: NodeId }) {
  const node = useNode(id);
  const { labels, phrasebook } = useBuilderConfig();
  const name = useStoreSelector(useQueryStore(), useCallback((state: QueryStoreState) => nodeName(state.query, id, labels), [id, labels]));
  const refused = useStoreSelector(useViewStore(), selectRefused);
  if (!node) return null;
  return (
    <div className="pcb-drag-preview" aria-hidden="true" data-drop={refused ? 'refused' : undefined}>
      <span className="pcb-drag-preview__grip">⠿</span>
      <strong>{labels.heading(name)}</strong> <span>{describeNode(node, { phrasebook })}</span>
      {refused && <span className="pcb-drag-preview__refused">{labels.cannotDrop}</span>}
    </div>
  );
});
