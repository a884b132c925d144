import { createContext, useContext, useMemo } from 'react';
import type { NodeId } from '../query/ast';
import type { PasteTarget } from '../query/paste';
import type { QueryActions, QueryStore, ViewStore } from '../hooks/storeTypes';
import { useClipboardJson, type ClipboardJson } from '../hooks/useClipboardJson';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useQueryActions } from '../hooks/useQueryActions';
import { useViewStore } from '../hooks/useView';
import type { BuilderAnnouncements } from './announcements';
import { useArrangeContext, type ArrangeContextValue, type ArrangeControl } from './arrangeContext';
import type { BuilderLabels } from './builderLabels';
import { useBuilderConfig } from './BuilderConfig';
import { nodeName } from './placeWords';

/** What stands in for the clipboard when the browser refuses it: JSON to copy by hand, or a box to paste into. */
export type ClipboardPanelState =
  | { mode: 'copy'; id: NodeId; name: string; text: string }
  | { mode: 'paste'; target: PasteTarget; returnTo?: { id: NodeId; control: ArrangeControl } };

/**
 * Copy and paste as the menus and the keyboard run them: announced, refusals shown, focus moved.
 * All but `copyInto` load their code on first use (the actions module; see lazy/loadActions.ts).
 */
export interface ClipboardActions {
  /** Copies a clause or group as JSON through the Clipboard API; where it is refused, shows the JSON to copy by hand. */
  copy: (id: NodeId) => Promise<void>;
  /** Puts a clause or group into a copy event's clipboard (no permission needed); false for an unknown id. Within the event: no loading. */
  copyInto: (data: DataTransfer, id: NodeId) => boolean;
  /**
   * Pastes text at a place; false when nothing was pasted (the reason is shown and announced). Async
   * because its code and the reader are loaded by the first paste: read the text before calling it.
   */
  pasteText: (target: PasteTarget, text: string) => Promise<boolean>;
  /** Reads the clipboard through the Clipboard API and pastes; where it is refused, shows a box to paste into. */
  pasteFromClipboard: (target: PasteTarget, returnTo?: { id: NodeId; control: ArrangeControl }) => Promise<void>;
}

/** What the clipboard commands of the actions module need from their builder. */
export interface ClipboardDeps {
  store: QueryStore;
  view: ViewStore;
  actions: QueryActions;
  json: ClipboardJson;
  focusControl: ArrangeContextValue['focusControl'];
  labels: BuilderLabels;
  announcements: BuilderAnnouncements;
  openPanel: (panel: ClipboardPanelState | undefined) => void;
}

/** The commands of the actions module that ClipboardActions runs (actions/clipboardCommands.ts), loaded on first use. */
export interface ClipboardCommands {
  copy: (deps: ClipboardDeps, id: NodeId) => Promise<void>;
  pasteText: (deps: ClipboardDeps, target: PasteTarget, text: string) => Promise<boolean>;
  pasteFromClipboard: (deps: ClipboardDeps, target: PasteTarget, returnTo?: { id: NodeId; control: ArrangeControl }) => Promise<void>;
}

const ClipboardContext = createContext<ClipboardActions | null>(null);

/** Provides a builder's clipboard actions (ClipboardRoot does). */
export const ClipboardProvider = ClipboardContext.Provider;

/** The clipboard actions of the nearest builder; undefined outside its query (a host's own menu, say). */
export function useClipboard(): ClipboardActions | null {
  return useContext(ClipboardContext);
}

/**
 * The clipboard actions of one builder; `openPanel` shows the stand-in when the browser refuses the
 * clipboard, `commands` gives the commands (at once once they have arrived, else when they have).
 */
export function useClipboardActions(
  openPanel: (panel: ClipboardPanelState | undefined) => void,
  commands: () => ClipboardCommands | Promise<ClipboardCommands>,
): ClipboardActions {
  const store = useQueryStore();
  const view = useViewStore();
  const actions = useQueryActions();
  const json = useClipboardJson();
  const { focusControl } = useArrangeContext();
  const { labels, announcements } = useBuilderConfig();
  return useMemo(() => {
    const deps: ClipboardDeps = { store, view, actions, json, focusControl, labels, announcements, openPanel };
    return {
      copy: async (id) => (await commands()).copy(deps, id),
      copyInto: (data, id) => {
        const text = json.textOf(id);
        if (text === undefined) return false;
        data.setData('text/plain', text);
        view.getState().clearNotice();
        view.getState().announce(announcements.copied(nodeName(store.getState().query, id, labels)));
        return true;
      },
      pasteText: async (target, text) => (await commands()).pasteText(deps, target, text),
      pasteFromClipboard: async (target, returnTo) => (await commands()).pasteFromClipboard(deps, target, returnTo),
    };
  }, [store, view, actions, json, focusControl, labels, announcements, openPanel, commands]);
}
