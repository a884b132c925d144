import { useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { NodeId } from '../query/ast';
import { pasteTargetFor } from '../query/paste';
import { useQueryStore } from '../hooks/QueryStoreContext';
import type { ArrangeControl } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import type { ClipboardActions } from './useClipboard';

// Where the browser's own copy and paste must win: text being typed or chosen, and the panel
// that stands in for a refused clipboard.
const TEXT_ENTRY =
  'textarea, select, [contenteditable]:not([contenteditable="false"]), [role="combobox"], [data-pcb-clipboard], input:not([type="button"], [type="checkbox"], [type="radio"], [type="submit"], [type="reset"], [type="range"], [type="color"], [type="file"])';

/** Which clipboard command a key press asks for: Ctrl/Cmd+C copies, Ctrl/Cmd+V pastes. */
export function clipboardShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'copy' | 'paste' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined;
  const key = event.key.toLowerCase();
  return key === 'c' ? 'copy' : key === 'v' ? 'paste' : undefined;
}

// The clause or group whose control has focus: a handle or menu button names its node; any other
// control of a clause card or of a group's member names that card. `action` says which control.
function nodeAt(element: Element): { id?: NodeId; action?: string } {
  const control = element.closest<HTMLElement>('[data-pcb-action][data-pcb-node]');
  if (control) return { id: control.dataset.pcbNode, action: control.dataset.pcbAction };
  const card = element.closest<HTMLElement>('[data-pcb-clause]');
  if (card) return { id: card.dataset.pcbClause };
  return { id: element.closest<HTMLElement>('[data-pcb-drop-node]')?.dataset.pcbDropNode };
}

/**
 * Ctrl/Cmd+C and Ctrl/Cmd+V on the query's own controls (a handle, an actions menu, an add
 * control; never inside a text field, where the browser's own copy and paste win): copy the
 * clause or group, or paste into a group, after a clause, or at the top level.
 *
 * The browser's own copy and paste events come first: they carry the clipboard without asking the
 * person for permission. A browser that sends none to a button (Safari sends them only to text)
 * gets the Clipboard API instead, from a task queued by the key press: the events, when they come,
 * arrive before it and call it off.
 */
export function useClipboardKeys(clipboard: ClipboardActions): {
  onKeyDown: (event: KeyboardEvent) => void;
  onCopy: (event: ClipboardEvent) => void;
  onPaste: (event: ClipboardEvent) => void;
} {
  const store = useQueryStore();
  const { readOnly, disabled } = useBuilderConfig();
  const pending = useRef<object | undefined>(undefined);
  return useMemo(() => {
    const off = readOnly || disabled;
    const copyId = (element: Element) => {
      const { id, action } = nodeAt(element);
      return id === undefined || action === 'add' || id === store.getState().query.id ? undefined : id;
    };
    const targetAt = (element: Element) => pasteTargetFor(store.getState().query, nodeAt(element).id);
    // Where focus goes back to if the paste box has to stand in for the clipboard.
    const returnTo = (element: Element): { id: NodeId; control: ArrangeControl } | undefined => {
      const { id, action } = nodeAt(element);
      return id === undefined ? undefined : { id, control: action === 'handle' || action === 'add' ? action : 'menu' };
    };
    const later = (run: () => void) => {
      const token = {};
      pending.current = token;
      setTimeout(() => {
        if (pending.current !== token) return;
        pending.current = undefined;
        run();
      }, 0);
    };
    return {
      onKeyDown: (event) => {
        const command = clipboardShortcut(event);
        const element = event.target as Element;
        if (!command || off || event.defaultPrevented || element.closest(TEXT_ENTRY)) return;
        if (command === 'paste') return later(() => void clipboard.pasteFromClipboard(targetAt(element), returnTo(element)));
        const id = copyId(element);
        if (id !== undefined) later(() => void clipboard.copy(id));
      },
      onCopy: (event) => {
        const element = event.target as Element;
        const id = off || element.closest(TEXT_ENTRY) ? undefined : copyId(element);
        if (id === undefined || !clipboard.copyInto(event.clipboardData, id)) return;
        pending.current = undefined;
        event.preventDefault();
      },
      onPaste: (event) => {
        const element = event.target as Element;
        if (off || element.closest(TEXT_ENTRY)) return;
        pending.current = undefined;
        event.preventDefault();
        // Read in the event (its clipboardData is empty after it), then parsed.
        void clipboard.pasteText(targetAt(element), event.clipboardData.getData('text/plain'));
      },
    };
  }, [store, clipboard, readOnly, disabled]);
}
