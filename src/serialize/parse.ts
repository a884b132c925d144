import type { IdGenerator, JsonObject, JsonValue, Query, QueryNode, WhereNode } from '../query/ast';
import { defaultIdGenerator } from '../query/ids';
import type { QueryIssue } from '../query/issues';
import { validateNode, validateQuery } from '../query/validate';
import { checkWhere } from '../query/validate-where';
import { DEFAULT_LIMITS, scanJson, type JsonLimits } from './bounds';
import { parseNode } from './parse-clause';
import { parseWhereNode } from './parse-where';

/** Options of the parsers. */
export interface ParseOptions {
  /** Makes the ids of new nodes; defaults to the process-wide `defaultIdGenerator`. */
  idGenerator?: IdGenerator;
  /** Most nesting levels of arrays and objects (default 256, at most 2,000); deeper input is refused. */
  maxDepth?: number;
  /** Most JSON values in the input (default 250,000); larger input is refused. */
  maxNodes?: number;
}

/** What `parseQuery` returns: the AST (undefined when the input is refused) and every issue found. */
export interface ParseQueryResult {
  query: Query | undefined;
  issues: QueryIssue[];
}

/** What `parseClause` returns: one query-tree member and its issues (paths relative to it). */
export interface ParseClauseResult {
  clause: QueryNode | undefined;
  issues: QueryIssue[];
}

/** What `parseWhere` returns: one where tree and its issues (paths relative to it). */
export interface ParseWhereResult {
  where: WhereNode | undefined;
  issues: QueryIssue[];
}

// The parser, validator and serializer recurse once per level after the scan, so the depth a host
// may allow is capped well inside any engine's call stack.
const MAX_DEPTH_CAP = 2_000;

function limitsOf(options: ParseOptions): JsonLimits {
  const depth = options.maxDepth;
  const nodes = options.maxNodes;
  return {
    maxDepth: depth !== undefined && depth >= 1 ? Math.min(depth, MAX_DEPTH_CAP) : DEFAULT_LIMITS.maxDepth,
    // NaN fails every comparison, so it would switch the bound off; it falls back to the default.
    maxNodes: nodes !== undefined && nodes >= 1 ? nodes : DEFAULT_LIMITS.maxNodes,
  };
}

// The scan and the parser handle every JSON value; this catches only what the scan cannot see
// without running user code (a getter or a Proxy that throws), and would catch a validator bug.
function unreadable(): QueryIssue {
  return {
    severity: 'error',
    code: 'not-json-object',
    path: [],
    message: 'The query could not be read (reading one of its values threw an error); pass a plain copy, such as the result of JSON.parse.',
  };
}

/**
 * Reads Cohort API query JSON into an AST, losslessly, and reports every issue. Never throws:
 * input that is not a JSON object, or is deeper or larger than the limits, gets one error issue
 * and `query: undefined`.
 */
export function parseQuery(input: unknown, options: ParseOptions = {}): ParseQueryResult {
  try {
    const refused = scanJson(input, limitsOf(options), true);
    if (refused !== undefined) return { query: undefined, issues: [refused] };
    const query = parseNode(input as JsonObject, options.idGenerator ?? defaultIdGenerator);
    return { query, issues: validateQuery(query) };
  } catch {
    return { query: undefined, issues: [unreadable()] };
  }
}

/**
 * Reads one member of a query tree (what the raw JSON clause editor holds), under the same
 * contract as `parseQuery`. Any JSON value is accepted: one that is no clause stays raw, with an error.
 */
export function parseClause(input: unknown, options: ParseOptions = {}): ParseClauseResult {
  try {
    const refused = scanJson(input, limitsOf(options), false);
    if (refused !== undefined) return { clause: undefined, issues: [refused] };
    const clause = parseNode(input as JsonValue, options.idGenerator ?? defaultIdGenerator);
    return { clause, issues: validateNode(clause) };
  } catch {
    return { clause: undefined, issues: [unreadable()] };
  }
}

/** Reads one where tree, under the same contract as `parseQuery`; paths in the issues are relative to it. */
export function parseWhere(input: unknown, options: ParseOptions = {}): ParseWhereResult {
  try {
    const refused = scanJson(input, limitsOf(options), false);
    if (refused !== undefined) return { where: undefined, issues: [refused] };
    const where = parseWhereNode(input as JsonValue, options.idGenerator ?? defaultIdGenerator);
    return { where, issues: validateWhereTree(where) };
  } catch {
    return { where: undefined, issues: [unreadable()] };
  }
}

// validate.ts has no entry point for a lone where tree; its where checker takes a context and the
// tree's path, which here is the root.
function validateWhereTree(where: WhereNode): QueryIssue[] {
  const ctx = { issues: [] as QueryIssue[] };
  checkWhere(ctx, where, []);
  return ctx.issues;
}
