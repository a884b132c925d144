import { flushSync } from 'react-dom';
import type { NodeId, Query } from '../../query/ast';
import { pasteIntent, shownNode, type PasteRefusal, type PasteTarget } from '../../query/paste';
import type { BuilderAnnouncements } from '../announcements';
import type { ArrangeControl } from '../arrangeContext';
import { nodeName } from '../placeWords';
import type { ClipboardDeps } from '../useClipboard';

// Copy and paste as ClipboardActions runs them, loaded on first use with the actions menu.

type Reason = PasteRefusal | 'empty' | 'not-json';
const why = (a: BuilderAnnouncements, reason: Reason) =>
  reason === 'empty' || reason === 'not-json' || reason === 'nothing' || reason === 'empty-group' ? a.pasteReasons[reason] : a.reasons[reason];

/** The node to focus after a paste: the first pasted one as the builder shows it (the first member of a pasted query). */
function focusAfterPaste(query: Query, id: NodeId): NodeId {
  const first = id === query.id && query.kind === 'group' ? query.children[0]?.id : id;
  return first === undefined ? id : shownNode(query, first);
}

const tell = ({ view }: ClipboardDeps, text: string) => {
  view.getState().clearNotice();
  view.getState().announce(text);
};

// Said and shown until the next edit, as a refused move is.
const refuse = ({ view, store }: ClipboardDeps, text: string) => {
  view.getState().announce(text);
  view.getState().showNotice(text, store.getState().revision);
  return false;
};

/** Copies a clause or group as JSON through the Clipboard API; where it is refused, shows the JSON to copy by hand. */
export async function copy(deps: ClipboardDeps, id: NodeId): Promise<void> {
  const { json, store, labels, announcements: a, openPanel } = deps;
  const text = json.textOf(id);
  if (text === undefined) return;
  const item = nodeName(store.getState().query, id, labels);
  try {
    await navigator.clipboard.writeText(text);
    tell(deps, a.copied(item));
  } catch {
    // No Clipboard API (an insecure page), or the browser refused: the text to copy by hand.
    openPanel({ mode: 'copy', id, name: item, text });
    tell(deps, a.copyFailed(item));
  }
}

/** Pastes text at a place; false when nothing was pasted (the reason is shown and announced). */
export async function pasteText(deps: ClipboardDeps, target: PasteTarget, text: string): Promise<boolean> {
  const { json, store, actions, labels, announcements: a, openPanel, focusControl } = deps;
  const read = await json.read(text);
  if (!read.ok) return refuse(deps, read.problem === 'not-a-clause' ? a.pasteNotAClause(labels.issue(read.issue)) : a.pasteRefused(why(a, read.problem)));
  const before = store.getState().query;
  // Synchronous, so the pasted nodes are in the DOM when focus goes to them.
  const { check, ids } = flushSync(() => actions.applyIntent(pasteIntent(read.nodes, target)));
  if (!check.ok) return refuse(deps, a.pasteRefused(why(a, check.reason)));
  const after = store.getState().query;
  openPanel(undefined);
  const replaced = after.id !== before.id && after.id === ids[0];
  tell(deps, replaced && after.kind === 'group' ? a.pastedQuery : a.pasted(nodeName(after, shownNode(after, ids[0]!), labels), ids.length));
  focusControl(focusAfterPaste(after, ids[0]!), 'menu');
  return true;
}

/** Reads the clipboard through the Clipboard API and pastes; where it is refused, shows a box to paste into. */
export async function pasteFromClipboard(deps: ClipboardDeps, target: PasteTarget, returnTo?: { id: NodeId; control: ArrangeControl }): Promise<void> {
  let text: string;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    deps.openPanel({ mode: 'paste', target, returnTo });
    tell(deps, deps.announcements.pasteUnreadable);
    return;
  }
  await pasteText(deps, target, text);
}
