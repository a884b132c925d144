import { memo } from 'react';
import type { QueryStoreState } from '../hooks/storeTypes';
import { useQueryStore } from '../hooks/QueryStoreContext';
import { useNodeKind } from '../hooks/useNode';
import { useStoreSelector } from '../hooks/useStoreSelector';
import { useBuilderConfig } from './BuilderConfig';
import { ClauseCard } from './ClauseCard';
import { GroupCard } from './GroupCard';
import { AddControl } from './AddControl';
import { ClipboardRoot } from './ClipboardRoot';

const selectRootId = (state: QueryStoreState) => state.query.id;

/** The root of a query: a group card, or a single clause that a new clause wraps into an AND. */
export const RootNode = memo(function RootNode() {
  const store = useQueryStore();
  const rootId = useStoreSelector(store, selectRootId);
  const kind = useNodeKind(rootId);
  const { labels, readOnly } = useBuilderConfig();
  if (kind === 'group') {
    return (
      <ClipboardRoot>
        <GroupCard id={rootId} path="" isRoot />
      </ClipboardRoot>
    );
  }
  // A lone clause has no group to add to: the store wraps it in an AND first.
  return (
    <ClipboardRoot>
      <div className="pcb-group" role="group" aria-label={labels.rootName} data-root>
        <ol className="pcb-members">
          <li className="pcb-member">
            <ClauseCard id={rootId} path="1" />
          </li>
        </ol>
        {!readOnly && <AddControl targetId={rootId} combinator="and" name={labels.rootName} />}
      </div>
    </ClipboardRoot>
  );
});
