import { useMemo } from 'react';
import type { JsonValue, QueryNode } from '../query/ast';
import { parseClause } from '../serialize/parse';
import { useIdGenerator } from './QueryStoreContext';
import type { TextReading } from './useTextDraft';

/** Reads text typed into a raw JSON clause, and makes the clause its JSON stands for. */
export interface ClauseText {
  /** The JSON of a text that reads as a clause, or why it does not; makes no ids (safe in render). */
  read: (text: string) => TextReading<JsonValue>;
  /** The clause a JSON stands for, with ids of the builder (a known form becomes typed). */
  clauseOf: (json: JsonValue) => QueryNode | undefined;
}

// Reading runs during render, which must not draw ids from the builder (a server render and
// hydration would then disagree); it only checks that the JSON makes a clause, so any id will do.
const scratchIds = () => 'draft';

/** Reads text typed as a clause: JSON first, then the library's parser. */
export function useParseClauseText(): ClauseText {
  const ids = useIdGenerator();
  return useMemo(
    () => ({
      read: (text) => {
        let json: JsonValue;
        try {
          json = JSON.parse(text) as JsonValue;
        } catch (error) {
          return { ok: false, message: (error as Error).message };
        }
        const { clause, issues } = parseClause(json, { idGenerator: scratchIds });
        return clause ? { ok: true, value: json } : { ok: false, message: issues[0]?.message ?? 'This is not a clause.' };
      },
      clauseOf: (json) => parseClause(json, { idGenerator: ids }).clause,
    }),
    [ids],
  );
}
