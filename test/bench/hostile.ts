// Part 3b: hostile documents (issue: 100,000 levels deep, 1,000,000 nodes) must be refused with an
// error issue, not a stack overflow, within a second. Timed here, never in the tests.
import { performance } from 'node:perf_hooks';
import type { JsonObject, JsonValue } from '../../src/query/ast';
import { parseQuery } from '../../src/serialize/parse';
import { median, round } from './stats';

/** One hostile document: how parseQuery answered it, and how fast. */
export interface HostileResult {
  document: string;
  /** The code of the error issue parseQuery returned (too-deep, too-large), or 'none'. */
  code: string;
  medianMs: number;
  maxMs: number;
}

function deepGroups(levels: number): JsonObject {
  let deep: JsonObject = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
  for (let i = 0; i < levels; i++) deep = { or: [deep] };
  return deep;
}

function deepArrays(levels: number): JsonObject {
  let deep: JsonValue = 1;
  for (let i = 0; i < levels; i++) deep = [deep];
  return { and: deep };
}

function wideClauses(count: number): JsonObject {
  const clause = { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } };
  return { or: Array.from({ length: count }, () => ({ ...clause })) };
}

/** Parses each hostile document `rounds` times. */
export function measureHostile(rounds = 7): HostileResult[] {
  const documents: [string, JsonObject][] = [
    ['100,000 nested OR groups', deepGroups(100_000)],
    ['100,000 nested arrays', deepArrays(100_000)],
    ['1,000,000 clauses', wideClauses(1_000_000)],
  ];
  return documents.map(([document, json]) => {
    const times: number[] = [];
    let code = 'none';
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      const { issues } = parseQuery(json);
      times.push(performance.now() - start);
      code = issues.find((issue) => issue.severity === 'error')?.code ?? 'none';
    }
    return { document, code, medianMs: round(median(times), 2), maxMs: round(Math.max(...times), 2) };
  });
}
