import { useMemo } from 'react';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useViewStore } from '../hooks/useView';
import { useBuilderConfig } from './BuilderConfig';

/** Undo and redo as the toolbar and the keyboard shortcuts run them: through the store, announced in the live region. */
export function useUndoRedo(): { undo: () => void; redo: () => void } {
  const store = useQueryStore();
  const view = useViewStore();
  const { announcements } = useBuilderConfig();
  return useMemo(() => {
    const step = (done: boolean, text: string) => {
      if (!done) return;
      view.getState().clearNotice();
      view.getState().announce(text);
    };
    return {
      undo: () => step(store.getState().undo(), announcements.undone),
      redo: () => step(store.getState().redo(), announcements.redone),
    };
  }, [store, view, announcements]);
}

/** Which history step a key press asks for: Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo. */
export function historyShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return undefined;
}
