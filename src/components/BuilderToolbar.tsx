import { memo } from 'react';
import { foldableIds } from '../query/arrange';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useHistoryState, useViewStore } from '../hooks/useView';
import { useBuilderConfig } from './BuilderConfig';
import { useUndoRedo } from './useUndoRedo';
import type { CodeMode } from './code/useCodeMode';

/**
 * Undo, redo, collapse all, expand all, and the code-mode switch (a toggle button: pressed while
 * the query shows as JSON text). Undo and redo stay focusable when there is nothing to do
 * (aria-disabled), so pressing Undo until the start does not drop focus to the page.
 */
export const BuilderToolbar = memo(function BuilderToolbar({ code }: { code?: CodeMode }) {
  const { canUndo, canRedo } = useHistoryState();
  const { undo, redo } = useUndoRedo();
  const store = useQueryStore();
  const view = useViewStore();
  const { labels, readOnly, disabled } = useBuilderConfig();
  return (
    <div className="pcb-toolbar" role="group" aria-label={labels.tools}>
      {!readOnly && (
        <>
          <button type="button" aria-disabled={!canUndo || undefined} aria-keyshortcuts="Control+Z Meta+Z" disabled={disabled} onClick={undo}>
            {labels.undo}
          </button>
          <button
            type="button"
            aria-disabled={!canRedo || undefined}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
            disabled={disabled}
            onClick={redo}
          >
            {labels.redo}
          </button>
        </>
      )}
      <button type="button" disabled={disabled} onClick={() => view.getState().collapseAll(foldableIds(store.getState().query))}>
        {labels.collapseAll}
      </button>
      <button type="button" disabled={disabled} onClick={() => view.getState().expandAll()}>
        {labels.expandAll}
      </button>
      {code && (
        <button type="button" className="pcb-code-toggle" aria-pressed={code.active} disabled={disabled} onClick={code.toggle}>
          {labels.codeView}
        </button>
      )}
    </div>
  );
});
