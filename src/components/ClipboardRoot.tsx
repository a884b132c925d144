import { lazy, Suspense, useState, type ReactNode } from 'react';
import { ClipboardProvider, useClipboardActions, type ClipboardPanelState } from './useClipboard';
import { useClipboardKeys } from './useClipboardKeys';

// The stand-in for a refused clipboard is loaded the first time the browser refuses it, so a page
// that never sees a refusal does not carry it; a server render never reaches it (no panel is open).
const ClipboardPanel = lazy(() => import('./ClipboardPanel').then((module) => ({ default: module.ClipboardPanel })));

/**
 * Copy and paste for the query below it: the actions the menus use (by context), Ctrl/Cmd+C and
 * Ctrl/Cmd+V on its controls, and the stand-in for a clipboard the browser refuses. Around the
 * query only, so the toolbar and other views of the builder keep the browser's own keys.
 */
export function ClipboardRoot({ children }: { children: ReactNode }) {
  const [panel, setPanel] = useState<ClipboardPanelState | undefined>(undefined);
  const clipboard = useClipboardActions(setPanel);
  const keys = useClipboardKeys(clipboard);
  return (
    <ClipboardProvider value={clipboard}>
      {/* Key and clipboard events bubble here from the query's own controls; this box is not one. */}
      <div className="pcb-query" onKeyDown={keys.onKeyDown} onCopy={keys.onCopy} onPaste={keys.onPaste}>
        {panel && (
          <Suspense fallback={null}>
            <ClipboardPanel panel={panel} clipboard={clipboard} onClose={() => setPanel(undefined)} />
          </Suspense>
        )}
        {children}
      </div>
    </ClipboardProvider>
  );
}
