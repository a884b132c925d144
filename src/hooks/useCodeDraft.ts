import { useDeferredValue, useMemo, useState } from 'react';
import type { IdGenerator, JsonObject, Query } from '../query/ast';
import { jsonEqual } from '../query/equal';
import { reconcileQuery } from '../query/reconcile';
import type { QueryIssue } from '../query/issues';
import { indexJsonText, syntaxErrorPosition, type TextPosition } from '../serialize/jsonPositions';
import { parseQuery } from '../serialize/parse';
import { serializeQueryShared } from '../serialize/serializeShared';
import type { QueryStoreState } from '../store/createQueryStore';
import { useQueryStore } from './QueryStoreContext';
import { useStoreSelector } from './useStoreSelector';

/** An issue of the typed query at its place in the text. */
export interface CodeIssue {
  issue: QueryIssue;
  position: TextPosition;
}

/** Why a text is not a query: not JSON (the engine's message, and where it stopped), or JSON the parser refuses. */
export type CodeProblem = { kind: 'syntax'; message: string; position?: TextPosition } | { kind: 'refused'; issues: CodeIssue[] };

/** The whole query as JSON text, as the person typed it. */
export interface CodeDraft {
  text: string;
  /** Why the text is not a query; undefined when it is one (and so is the builder's query). */
  problem?: CodeProblem;
  /** The query's issues at their places in the text, in reading order (none while there is a problem). */
  issues: readonly CodeIssue[];
  /** Takes a new text typed by the person. */
  change: (text: string) => void;
}

/** Every keystroke of a code session joins one undo step. */
export const CODE_SESSION = 'code';

const format = (json: JsonObject) => JSON.stringify(json, null, 2);
const selectQuery = (state: QueryStoreState) => state.query;
const selectIssues = (state: QueryStoreState) => state.issues;

function locate(text: string, issues: readonly QueryIssue[]): CodeIssue[] {
  if (issues.length === 0) return [];
  const index = indexJsonText(text);
  return issues.map((issue) => ({ issue, position: index.positionOf(issue.path) })).sort((a, b) => a.position.offset - b.position.offset);
}

function read(text: string, ids: IdGenerator): { query: Query } | { problem: CodeProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { problem: { kind: 'syntax', message, position: syntaxErrorPosition(text, message) } };
  }
  const { query, issues } = parseQuery(json, { idGenerator: ids });
  return query ? { query } : { problem: { kind: 'refused', issues: locate(text, issues) } };
}

// Whether a text that reads as JSON says the same as the query's JSON (only asked after an outside change).
function says(text: string, json: JsonObject): boolean {
  try {
    return jsonEqual(JSON.parse(text) as JsonObject, json);
  } catch {
    return false;
  }
}

interface DraftState {
  text: string;
  /** The builder's query the text was last set against. */
  seen: Query;
  problem?: CodeProblem;
}

/**
 * The builder's query as JSON text. Every text that reads as a query replaces the builder's query
 * as it is typed (one undo step for the whole session, ids of unchanged clauses kept), so a Save
 * right after typing sends it; text that does not read stays, with why, and is never applied.
 * A change from outside (undo, redo, the host) replaces the text unless the text says it already.
 */
export function useCodeDraft(): CodeDraft {
  const store = useQueryStore();
  const query = useStoreSelector(store, selectQuery);
  const storeIssues = useStoreSelector(store, selectIssues);
  const [draft, setDraft] = useState<DraftState>(() => ({ text: format(serializeQueryShared(query)), seen: query }));
  let current = draft;
  if (draft.seen !== query) {
    // State that follows the store, adjusted while rendering (React's pattern): idempotent.
    const json = serializeQueryShared(query);
    current = !draft.problem && says(draft.text, json) ? { text: draft.text, seen: query } : { text: format(json), seen: query };
    setDraft(current);
  }
  const { text, problem } = current;
  // Placing the issues scans the whole text: after the keystroke has painted, as the summary does.
  const shown = useDeferredValue(useMemo(() => ({ text, problem, storeIssues }), [text, problem, storeIssues]));
  const issues = useMemo(() => (shown.problem ? [] : locate(shown.text, shown.storeIssues)), [shown]);
  const change = (next: string) => {
    const reading = read(next, store.ids);
    if ('query' in reading) {
      // Clauses the text did not change keep their ids and objects (fold state, focus).
      store.getState().replaceQuery(reconcileQuery(store.getState().query, reading.query), CODE_SESSION);
      setDraft({ text: next, seen: store.getState().query });
    } else {
      setDraft((d) => ({ text: next, seen: d.seen, problem: reading.problem }));
    }
  };
  return { text, problem, issues, change };
}
