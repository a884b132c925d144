import { useCallback } from 'react';
import type { QueryNode } from '../query/ast';
import { parseClause } from '../serialize/parse';
import { useQueryStore } from './QueryStoreContext';

/** The outcome of reading text typed into a raw JSON clause. */
export type ClauseTextResult = { clause: QueryNode; error?: undefined } | { clause?: undefined; error: string };

/** Reads text typed as a clause: JSON first, then the library's parser (a known form becomes typed). */
export function useParseClauseText(): (text: string) => ClauseTextResult {
  const store = useQueryStore();
  return useCallback(
    (text: string) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        return { error: (error as Error).message };
      }
      const { clause, issues } = parseClause(json, { idGenerator: store.getState().ids });
      return clause ? { clause } : { error: issues[0]?.message ?? 'This is not a clause.' };
    },
    [store],
  );
}
