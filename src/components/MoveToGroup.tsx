import { useCallback, useId, useState } from 'react';
import type { NodeId } from '../query/ast';
import { moveDestinations, type MoveDestination } from '../query/arrange';
import type { QueryStoreState } from '../hooks/storeTypes';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useStoreSelector } from '../hooks/useStoreSelector';
import { useBuilderConfig } from './BuilderConfig';
import { useArrange } from './useArrange';
import { useArrangeContext } from './arrangeContext';

const sameDestinations = (a: MoveDestination[], b: MoveDestination[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * "Move to another group…": the groups the clause may go to, and a new group. Rendered only while
 * open (a 500-clause builder does not hold 500 lists of every group); Escape or Cancel close it.
 */
export function MovePanel({ id, name, onClose }: { id: NodeId; name: string; onClose: () => void }) {
  const panelId = useId();
  const store = useQueryStore();
  const destinations = useStoreSelector(store, useCallback((state: QueryStoreState) => moveDestinations(state.query, id), [id]), sameDestinations);
  const [choice, setChoice] = useState(0);
  const arrange = useArrange();
  const { labels } = useBuilderConfig();
  const selectId = useId();
  const label = (d: MoveDestination) =>
    'newGroup' in d.target ? labels.newGroup : !d.position ? labels.topLevel : d.single ? labels.alternativeTo(labels.clause(d.position)) : labels.heading(labels.group(d.position));
  const { focusControl } = useArrangeContext();
  const close = () => {
    onClose();
    focusControl(id, 'menu');
  };
  const confirm = () => {
    const destination = destinations[Math.min(choice, destinations.length - 1)];
    if (!destination) return;
    onClose();
    arrange(id, destination.target, 'menu');
  };
  return (
    <div
      id={panelId}
      className="pcb-move-panel"
      role="group"
      aria-label={labels.moveTo(name)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <label htmlFor={selectId}>{labels.moveDestination(name)}</label>
      <select id={selectId} value={choice} onChange={(event) => setChoice(Number(event.target.value))} autoFocus>
        {destinations.map((destination, index) => (
          <option key={index} value={index}>
            {label(destination)}
          </option>
        ))}
      </select>
      <button type="button" onClick={confirm} disabled={destinations.length === 0}>
        {labels.moveConfirm}
      </button>
      <button type="button" onClick={close}>
        {labels.cancel}
      </button>
    </div>
  );
}

