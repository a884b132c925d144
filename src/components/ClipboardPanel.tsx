import { useId, useState, type KeyboardEvent } from 'react';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useArrangeContext } from './arrangeContext';
import { useBuilderConfig } from './BuilderConfig';
import type { ClipboardActions, ClipboardPanelState } from './useClipboard';

/**
 * What stands in for the clipboard when the browser refuses it (no Clipboard API on an insecure
 * page, or permission refused): the JSON of a clause or group, read-only and selected, to copy by
 * hand; or a box to paste JSON into, which is pasted where the paste was meant to go. Escape,
 * Close and Cancel give focus back to the control the person came from.
 */
export function ClipboardPanel({ panel, clipboard, onClose }: { panel: ClipboardPanelState; clipboard: ClipboardActions; onClose: () => void }) {
  const { labels, announcements: a } = useBuilderConfig();
  const store = useQueryStore();
  const { focusControl } = useArrangeContext();
  const messageId = useId();
  const areaId = useId();
  const [text, setText] = useState('');
  const close = () => {
    onClose();
    const back = panel.mode === 'copy' ? { id: panel.id, control: 'menu' as const } : panel.returnTo;
    if (!back || !focusControl(back.id, back.control)) focusControl(store.getState().query.id, 'add');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  const copy = panel.mode === 'copy';
  return (
    <div
      className="pcb-move-panel pcb-clipboard-panel"
      role="group"
      aria-label={copy ? labels.copyByHand(panel.name) : labels.pasteByHand}
      aria-describedby={messageId}
      data-pcb-clipboard=""
      onKeyDown={onKeyDown}
    >
      <p id={messageId}>{copy ? a.copyFailed(panel.name) : a.pasteUnreadable}</p>
      <label className="pcb-label" htmlFor={areaId}>
        {copy ? labels.jsonOf(panel.name) : labels.jsonToPaste}
      </label>
      {copy ? (
        <textarea id={areaId} className="pcb-input pcb-json" readOnly rows={8} value={panel.text} autoFocus onFocus={(event) => event.currentTarget.select()} />
      ) : (
        <textarea id={areaId} className="pcb-input pcb-json" rows={6} value={text} autoFocus spellCheck={false} onChange={(event) => setText(event.target.value)} />
      )}
      {!copy && (
        <button type="button" onClick={() => void clipboard.pasteText(panel.target, text)}>
          {labels.pasteItem}
        </button>
      )}
      <button type="button" onClick={close}>
        {copy ? labels.close : labels.cancel}
      </button>
    </div>
  );
}
