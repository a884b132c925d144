import { useEffect, useState } from 'react';
import type { NodeId } from '../../query/ast';
import { whenIdle } from '../dnd/loadDnd';
import type { MovePanel } from '../MoveToGroup';

type Panel = typeof MovePanel;
let loaded: Panel | undefined;
let loading: Promise<Panel> | undefined;

/** Loads "Move to another group…" (its own chunk in a host's bundle); a failed load is forgotten, so the next try loads again. */
function loadMovePanel(): Promise<Panel> {
  return (loading ??= import('../MoveToGroup').then(
    (module) => (loaded = module.MovePanel),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

let prefetching = false;

/** Loads the panel when the browser is next idle (once a page), so it is there before anyone asks for it. */
export function prefetchMovePanel(): void {
  if (prefetching || loaded) return;
  prefetching = true;
  whenIdle(() => void loadMovePanel().catch(() => (prefetching = false)));
}

/**
 * "Move to another group…" for a clause, loaded on first use: rendered at once when it is loaded
 * (the prefetch or an earlier use loaded it), else as soon as it is. Only ever rendered by a
 * person's choice, never on a server.
 */
export function MovePanelSlot(props: { id: NodeId; name: string; onClose: () => void }) {
  const [Panel, setPanel] = useState<Panel | undefined>(() => loaded);
  useEffect(() => {
    if (Panel) return;
    let live = true;
    loadMovePanel().then(
      (panel) => live && setPanel(() => panel),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [Panel]);
  return Panel ? <Panel {...props} /> : null;
}
