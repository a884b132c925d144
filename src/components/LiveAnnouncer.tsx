import { memo, useCallback } from 'react';
import type { QueryStoreState, ViewState } from '../hooks/storeTypes';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useStoreSelector } from '../hooks/useStoreSelector';
import { useViewStore } from '../hooks/useView';
import { useBuilderConfig } from './BuilderConfig';

const selectAnnouncement = (state: ViewState) => state.announcement;
const selectNotice = (state: ViewState) => state.notice;

/** The builder's one live region for arranging (drags, moves, undo), labelled so it can be told from dnd-kit's. */
export const LiveAnnouncer = memo(function LiveAnnouncer() {
  const { text, seq } = useStoreSelector(useViewStore(), selectAnnouncement);
  const { labels } = useBuilderConfig();
  return (
    <div className="pcb-visually-hidden" role="status" aria-live="assertive" aria-atomic="true" aria-label={labels.announcements}>
      {/* A trailing no-break space on every other message makes a repeated sentence a change screen readers speak. */}
      {text}
      {seq % 2 === 1 ? '\u00a0' : ''}
    </div>
  );
});

/** Why the latest move was refused, in view, until the next edit. Not live: the live region has said it already. */
export const ArrangeNotice = memo(function ArrangeNotice() {
  const notice = useStoreSelector(useViewStore(), selectNotice);
  // A yes/no rather than the revision itself: without a notice, edits do not re-render this.
  const current = useStoreSelector(useQueryStore(), useCallback((state: QueryStoreState) => notice?.revision === state.revision, [notice]));
  if (!notice || !current) return null;
  return (
    <p className="pcb-arrange-notice" data-state="refused">
      {notice.text}
    </p>
  );
});
