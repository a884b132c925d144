/**
 * Reads text from the clipboard as clauses to paste: JSON first, then the library's own parser,
 * so unknown keys and kinds are kept as they are when a query is loaded, and the pasted clauses
 * carry their issues. Where they go is src/query/paste.ts's business.
 */
import type { QueryNode } from '../query/ast';
import type { IssueCode, QueryIssue } from '../query/issues';
import { parseClause, type ParseOptions } from './parse';

/**
 * What clipboard text holds: the nodes to paste (one for a clause, a group or a query; one per
 * item of a list), or why there is nothing to paste: the text is empty, is not JSON, or holds a
 * value that is no clause (with the parser's issue, which says why).
 */
export type PastedText =
  | { ok: true; nodes: QueryNode[] }
  | { ok: false; problem: 'empty' | 'not-json' }
  | { ok: false; problem: 'not-a-clause'; issue: QueryIssue };

/**
 * Reads clipboard text: one clause, a list of clauses, an OR group or a whole query. A value the
 * parser can only keep as an error (a number, a string, an empty object, a group with both "and"
 * and "or") is no clause, and nothing is pasted; a clause of a kind the library does not know is
 * kept as raw JSON with its warning, as it is when a query is loaded. Never throws.
 */
export function readPastedText(text: string, options: ParseOptions = {}): PastedText {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const items: unknown[] = Array.isArray(json) ? json : [json];
  if (items.length === 0) return { ok: false, problem: 'empty' };
  const nodes: QueryNode[] = [];
  for (const item of items) {
    const { clause, issues } = parseClause(item, options);
    if (!clause) return issues[0] ? { ok: false, problem: 'not-a-clause', issue: issues[0] } : { ok: false, problem: 'not-json' };
    const reason = clause.kind === 'raw' ? clause.reason : undefined;
    if (reason?.severity === 'error') {
      return { ok: false, problem: 'not-a-clause', issue: { severity: 'error', code: reason.code as IssueCode, path: [], message: reason.message } };
    }
    nodes.push(clause);
  }
  return { ok: true, nodes };
}
