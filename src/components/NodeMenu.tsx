import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { NodeId } from '../query/ast';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useQueryActions } from '../hooks/useQueryActions';
import { useViewStore } from '../hooks/useView';
import { useActionsSource, type ActionsModule } from './lazy/loadActions';
import { useArrangeContext } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import { MovePanelSlot, prefetchMovePanel } from './lazy/MovePanelSlot';
import { useArrange } from './useArrange';
import { useClipboard } from './useClipboard';

/**
 * The secondary actions of a clause or group in one menu button ("Actions for clause 1.2"): move up,
 * move down, move to another group (clauses), duplicate (clauses), make a group (a clause of the
 * top-level AND) or ungroup (groups), copy as JSON, paste, remove. One tab stop instead of nine.
 *
 * Its items are built when it opens, from the query as it is then (actions/nodeMenuItems.ts says
 * what each does), by the actions module: loaded when the browser is idle, or by the first opening,
 * which shows the items as soon as they are there. Nothing of it runs at mount or on a keystroke.
 */
export const NodeMenu = memo(function NodeMenu({ id, name, clause }: { id: NodeId; name: string; clause: boolean }) {
  const store = useQueryStore();
  const view = useViewStore();
  const actions = useQueryActions();
  const { focusControl, focusFirstField } = useArrangeContext();
  const { components: C, classNames, labels, announcements, disabled } = useBuilderConfig();
  const clipboard = useClipboard();
  // Here, not in the actions module: a module only lazy chunks share becomes a chunk of its own in a
  // host's Vite build, which then splits the page's eager code in two (about 1.4 kB more gzip).
  const arrange = useArrange();
  const source = useActionsSource();
  const [moving, setMoving] = useState(false);
  // "Move to another group…" is loaded when the page is idle (once), or when first chosen.
  useEffect(() => {
    if (clause) prefetchMovePanel();
  }, [clause]);

  const items = useCallback(() => {
    const deps = { store, view, actions, arrange, labels, announcements, clipboard, focusControl, focusFirstField, openMove: () => setMoving(true) };
    const build = (module: ActionsModule) => module.nodeMenuItems(deps, id, clause);
    const now = source.now();
    return now ? build(now) : source.get().then(build);
  }, [store, view, actions, arrange, labels, announcements, clipboard, focusControl, focusFirstField, source, id, clause]);

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
