import { createContext, useContext, useMemo } from 'react';
import { flushSync } from 'react-dom';
import type { NodeId, Query } from '../query/ast';
import { shownNode, type PasteRefusal, type PasteTarget } from '../query/paste';
import { useClipboardJson } from '../hooks/useClipboardJson';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useQueryActions } from '../hooks/useQueryActions';
import { useViewStore } from '../hooks/useView';
import type { BuilderAnnouncements } from './announcements';
import { useArrangeContext, type ArrangeControl } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import { nodeName } from './placeWords';

/** What stands in for the clipboard when the browser refuses it: JSON to copy by hand, or a box to paste into. */
export type ClipboardPanelState =
  | { mode: 'copy'; id: NodeId; name: string; text: string }
  | { mode: 'paste'; target: PasteTarget; returnTo?: { id: NodeId; control: ArrangeControl } };

/** Copy and paste as the menus and the keyboard run them: announced, refusals shown, focus moved. */
export interface ClipboardActions {
  /** Copies a clause or group as JSON through the Clipboard API; where it is refused, shows the JSON to copy by hand. */
  copy: (id: NodeId) => Promise<void>;
  /** Puts a clause or group into a copy event's clipboard (no permission needed); false for an unknown id. */
  copyInto: (data: DataTransfer, id: NodeId) => boolean;
  /**
   * Pastes text at a place; false when nothing was pasted (the reason is shown and announced). Async
   * only because the reader is loaded by the first paste: read the text before calling it.
   */
  pasteText: (target: PasteTarget, text: string) => Promise<boolean>;
  /** Reads the clipboard through the Clipboard API and pastes; where it is refused, shows a box to paste into. */
  pasteFromClipboard: (target: PasteTarget, returnTo?: { id: NodeId; control: ArrangeControl }) => Promise<void>;
}

const ClipboardContext = createContext<ClipboardActions | null>(null);

/** Provides a builder's clipboard actions (ClipboardRoot does). */
export const ClipboardProvider = ClipboardContext.Provider;

/** The clipboard actions of the nearest builder; undefined outside its query (a host's own menu, say). */
export function useClipboard(): ClipboardActions | null {
  return useContext(ClipboardContext);
}

type Reason = PasteRefusal | 'empty' | 'not-json';
const why = (a: BuilderAnnouncements, reason: Reason) =>
  reason === 'empty' || reason === 'not-json' || reason === 'nothing' || reason === 'empty-group' ? a.pasteReasons[reason] : a.reasons[reason];

/** The node to focus after a paste: the first pasted one as the builder shows it (the first member of a pasted query). */
function focusAfterPaste(query: Query, id: NodeId): NodeId {
  const first = id === query.id && query.kind === 'group' ? query.children[0]?.id : id;
  return first === undefined ? id : shownNode(query, first);
}

/** The clipboard actions of one builder; `openPanel` shows the stand-in when the browser refuses the clipboard. */
export function useClipboardActions(openPanel: (panel: ClipboardPanelState | undefined) => void): ClipboardActions {
  const store = useQueryStore();
  const view = useViewStore();
  const actions = useQueryActions();
  const json = useClipboardJson();
  const { focusControl } = useArrangeContext();
  const { labels, announcements: a } = useBuilderConfig();
  return useMemo(() => {
    const nameOf = (id: NodeId) => nodeName(store.getState().query, id, labels);
    const tell = (text: string) => {
      view.getState().clearNotice();
      view.getState().announce(text);
    };
    // Said and shown until the next edit, as a refused move is.
    const refuse = (text: string) => {
      view.getState().announce(text);
      view.getState().showNotice(text, store.getState().revision);
      return false;
    };
    const pasteText = async (target: PasteTarget, text: string) => {
      const read = await json.read(text);
      if (!read.ok) return refuse(read.problem === 'not-a-clause' ? a.pasteNotAClause(labels.issue(read.issue)) : a.pasteRefused(why(a, read.problem)));
      const before = store.getState().query;
      // Synchronous, so the pasted nodes are in the DOM when focus goes to them.
      const { check, ids } = flushSync(() => actions.paste(read.nodes, target));
      if (!check.ok) return refuse(a.pasteRefused(why(a, check.reason)));
      const after = store.getState().query;
      openPanel(undefined);
      const replaced = after.id !== before.id && after.id === ids[0];
      tell(replaced && after.kind === 'group' ? a.pastedQuery : a.pasted(nameOf(shownNode(after, ids[0]!)), ids.length));
      focusControl(focusAfterPaste(after, ids[0]!), 'menu');
      return true;
    };
    return {
      copy: async (id) => {
        const text = json.textOf(id);
        if (text === undefined) return;
        const item = nameOf(id);
        try {
          await navigator.clipboard.writeText(text);
          tell(a.copied(item));
        } catch {
          // No Clipboard API (an insecure page), or the browser refused: the text to copy by hand.
          openPanel({ mode: 'copy', id, name: item, text });
          tell(a.copyFailed(item));
        }
      },
      copyInto: (data, id) => {
        const text = json.textOf(id);
        if (text === undefined) return false;
        data.setData('text/plain', text);
        tell(a.copied(nameOf(id)));
        return true;
      },
      pasteText,
      pasteFromClipboard: async (target, returnTo) => {
        let text: string;
        try {
          text = await navigator.clipboard.readText();
        } catch {
          openPanel({ mode: 'paste', target, returnTo });
          tell(a.pasteUnreadable);
          return;
        }
        await pasteText(target, text);
      },
    };
  }, [store, view, actions, json, focusControl, labels, a, openPanel]);
}
