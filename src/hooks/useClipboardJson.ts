import { useMemo } from 'react';
import type { NodeId, QueryNode } from '../query/ast';
import { indexQuery } from '../query/nodeIndex';
import type { PastedText } from '../serialize/parse-paste';
import { serializeClause } from '../serialize/serialize';
import { useQueryStore } from './QueryStoreContext';

/** A builder's clauses as clipboard text, both ways. */
export interface ClipboardJson {
  /** A clause or group as Cohort API JSON text (what "Copy as JSON" copies); undefined for an unknown id. */
  textOf: (id: NodeId) => string | undefined;
  /**
   * Clipboard text read by the library's parser, with ids of this builder (so they never clash with
   * its own). The reader is loaded by the first paste (a page that never pastes does not carry it),
   * so the text must already be read: a paste event's clipboardData is readable only in the event.
   */
  read: (text: string) => Promise<PastedText>;
}

/** Loads the clipboard text reader (its own chunk in a host's bundle). */
const loadReader = () => import('../serialize/parse-paste');

/** Reads and writes clipboard text for the nearest builder. Called from event handlers, never in render. */
export function useClipboardJson(): ClipboardJson {
  const store = useQueryStore();
  return useMemo(
    () => ({
      textOf: (id) => {
        const entry = indexQuery(store.getState().query).get(id);
        return entry && entry.layer === 'query' ? JSON.stringify(serializeClause(entry.node as QueryNode), null, 2) : undefined;
      },
      read: async (text) => (await loadReader()).readPastedText(text, { idGenerator: store.ids }),
    }),
    [store],
  );
}
