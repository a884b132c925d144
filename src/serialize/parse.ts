import type { IdGenerator, Query, QueryNode, WhereNode } from '../query/ast';
import { defaultIdGenerator } from '../query/ids';
import type { QueryIssue } from '../query/issues';
import { validateNode, validateQuery } from '../query/validate';
import { checkWhere } from '../query/validate-where';
import { DEFAULT_LIMITS, failedIssue, type JsonLimits } from './bounds';
import { parseNode } from './parse-clause';
import { parseWhereNode } from './parse-where';
import { snapshotJson } from './snapshot';

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

// The snapshot turns whatever a getter or Proxy throws into issues; each parser's catch (and its
// failedIssue) is there for a parser or validator bug only, so that "never throws" holds whatever happens.

/**
 * Reads Cohort API query JSON into an AST, losslessly, and reports every issue. Never throws.
 * The input is read once, property by property (a getter or Proxy trap runs once), into a plain
 * copy that the parser works on. Input that is not a JSON object, holds values JSON cannot (each
 * gets an error issue at its path), or is deeper or larger than the limits, gives `query: undefined`.
 */
export function parseQuery(input: unknown, options: ParseOptions = {}): ParseQueryResult {
  try {
    const snapshot = snapshotJson(input, limitsOf(options), true);
    if (!snapshot.ok) return { query: undefined, issues: snapshot.issues };
    const query = parseNode(snapshot.value, options.idGenerator ?? defaultIdGenerator);
    return { query, issues: validateQuery(query) };
  } catch {
    return { query: undefined, issues: [failedIssue()] };
  }
}

/**
 * Reads one member of a query tree (what the raw JSON clause editor holds), under the same
 * contract as `parseQuery`. Any JSON value is accepted: one that is no clause stays raw, with an error.
 */
export function parseClause(input: unknown, options: ParseOptions = {}): ParseClauseResult {
  try {
    const snapshot = snapshotJson(input, limitsOf(options), false);
    if (!snapshot.ok) return { clause: undefined, issues: snapshot.issues };
    const clause = parseNode(snapshot.value, options.idGenerator ?? defaultIdGenerator);
    return { clause, issues: validateNode(clause) };
  } catch {
    return { clause: undefined, issues: [failedIssue()] };
  }
}

/** Reads one where tree, under the same contract as `parseQuery`; paths in the issues are relative to it. */
export function parseWhere(input: unknown, options: ParseOptions = {}): ParseWhereResult {
  try {
    const snapshot = snapshotJson(input, limitsOf(options), false);
    if (!snapshot.ok) return { where: undefined, issues: snapshot.issues };
    const where = parseWhereNode(snapshot.value, options.idGenerator ?? defaultIdGenerator);
    return { where, issues: validateWhereTree(where) };
  } catch {
    return { where: undefined, issues: [failedIssue()] };
  }
}

// validate.ts has no entry point for a lone where tree; its where checker takes a context and the
// tree's path, which here is the root.
function validateWhereTree(where: WhereNode): QueryIssue[] {
  const ctx = { issues: [] as QueryIssue[] };
  checkWhere(ctx, where, []);
  return ctx.issues;
}
