import { useId } from 'react';
import type { CohortEditorState } from '../../hooks/useCohortEditor';
import type { EditorLabels } from './editorLabels';

/** Props of `DraftBanner`. */
export interface DraftBannerProps {
  draft: CohortEditorState['draft'];
  /** The version of the cohort now loaded, to tell whether the draft was made from an older one. */
  currentVersion?: string;
  labels: EditorLabels;
}

/**
 * A draft this editor must not write over until the person chooses: one kept from an earlier
 * visit ("You have unsaved changes from <time>": Restore or Discard), or newer edits another tab
 * stored (Use those changes, or Keep mine).
 */
export function DraftBanner({ draft, currentVersion, labels }: DraftBannerProps) {
  const textId = useId();
  const { offered, newer } = draft;
  const shown = offered ?? newer;
  if (!shown) return null;
  const stale = shown.basedOn !== undefined && currentVersion !== undefined && shown.basedOn !== currentVersion;
  const time = labels.formatTime(new Date(shown.savedAt));
  return (
    <div className="pcb-draft-banner" role="group" aria-labelledby={textId}>
      <p id={textId}>{offered ? labels.draftFound(time) : labels.newerDraft(time)}</p>
      {stale && <p>{labels.draftStale}</p>}
      <p className="pcb-hint">{labels.draftHeld}</p>
      <div className="pcb-draft-banner__actions">
        <button type="button" className="pcb-button" onClick={offered ? draft.restore : draft.takeNewer}>
          {offered ? labels.restore : labels.takeNewer}
        </button>
        <button type="button" className="pcb-button" onClick={offered ? draft.discard : draft.keepMine}>
          {offered ? labels.discard : labels.keepMine}
        </button>
      </div>
    </div>
  );
}
