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

/** "You have unsaved changes from <time>": Restore or Discard a draft kept from an earlier visit. */
export function DraftBanner({ draft, currentVersion, labels }: DraftBannerProps) {
  const textId = useId();
  const offered = draft.offered;
  if (!offered) return null;
  const stale = offered.basedOn !== undefined && currentVersion !== undefined && offered.basedOn !== currentVersion;
  return (
    <div className="pcb-draft-banner" role="group" aria-labelledby={textId}>
      <p id={textId}>{labels.draftFound(labels.formatTime(new Date(offered.savedAt)))}</p>
      {stale && <p>{labels.draftStale}</p>}
      <div className="pcb-draft-banner__actions">
        <button type="button" className="pcb-button" onClick={draft.restore}>
          {labels.restore}
        </button>
        <button type="button" className="pcb-button" onClick={draft.discard}>
          {labels.discard}
        </button>
      </div>
    </div>
  );
}
