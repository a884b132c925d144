import { useMemo } from 'react';
import type { JsonValue, QueryNode } from '../query/ast';
import type { QueryIssue } from '../query/issues';
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

/** How the reasons a text is not a clause are worded (the builder's labels). */
export interface ClauseTextWords {
  /** Why the JSON is not a clause, from the parser's first issue. */
  issue: (issue: QueryIssue) => string;
  /** The JSON is not a clause and the parser said nothing more. */
  notAClause: string;
}

/**
 * Reads text typed as a clause: JSON first (a syntax error keeps the JavaScript engine's own
 * message, which says where), then the library's parser, worded by `words`.
 */
export function useParseClauseText(words: ClauseTextWords): ClauseText {
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
        return clause ? { ok: true, value: json } : { ok: false, message: issues[0] ? words.issue(issues[0]) : words.notAClause };
      },
      clauseOf: (json) => parseClause(json, { idGenerator: ids }).clause,
    }),
    [ids, words],
  );
}
