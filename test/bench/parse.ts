// Part 3: parse, validate and serialize against JSON.parse + JSON.stringify of the same document.
import { performance } from 'node:perf_hooks';
import type { Clause, JsonObject, Query } from '../../src/query/ast';
import { defaultIdGenerator } from '../../src/query/ids';
import { updateNode } from '../../src/query/ops';
import { validateQuery } from '../../src/query/validate';
import { walkQuery } from '../../src/query/walk';
import { WireQuery } from '../../src/schema/wire';
import { parseQuery } from '../../src/serialize/parse';
import { parseNode } from '../../src/serialize/parse-clause';
import { serializeQuery } from '../../src/serialize/serialize';
import { deepWhereQuery, largeQuery } from './fixtures';
import { median, round } from './stats';

/** The medians of one document, in milliseconds, and their ratios to the floor. */
export interface ParseResult {
  document: string;
  bytes: number;
  floorMs: number;
  /** parseQuery: bounds scan, AST and its validation (parseQuery reports every issue). */
  parseMs: number;
  /** validateQuery on an AST never validated before. */
  validateMs: number;
  serializeMs: number;
  /** parse + validate + serialize (validation counted twice, as parse includes one): the goal is at most 5x the floor. */
  totalMs: number;
  totalRatio: number;
  /** What the store does after each edit: one clause changed, validate the whole query again. */
  revalidateMs: number;
  /** The exported zod schema's safeParse, for reference (not part of the goal). */
  zodMs: number;
}

/** A timed operation; `prepare` makes its input outside the timed region (one per run). */
interface Task {
  run: (input: unknown) => unknown;
  prepare?: () => unknown;
}

// Runs `task` `batch` times and returns the time per run: small documents need batches to rise above the timer's grain.
function sample(task: Task, batch: number): number {
  const inputs = Array.from({ length: batch }, () => task.prepare?.());
  const start = performance.now();
  for (let i = 0; i < batch; i++) task.run(inputs[i]);
  return (performance.now() - start) / batch;
}

/** Measures one document: the tasks run interleaved, round after round, so drift hits them alike. */
export function measureDocument(document: string, json: JsonObject, rounds: number): ParseResult {
  const text = JSON.stringify(json);
  const parsed = parseQuery(json);
  if (!parsed.query) throw new Error(`${document}: the fixture does not parse: ${parsed.issues[0]?.message}`);
  const query: Query = parsed.query;
  const clauseIds: string[] = [];
  walkQuery(query, (node) => void (node.kind === 'expression' && clauseIds.push(node.id)));
  let edits = 0;
  const tasks: Record<string, Task> = {
    floor: { run: () => JSON.stringify(JSON.parse(text)) },
    parse: { run: () => parseQuery(json) },
    // A fresh AST each run: validation remembers the clauses it has seen.
    validate: { prepare: () => parseNode(json, defaultIdGenerator), run: (ast) => validateQuery(ast as Query) },
    serialize: { run: () => serializeQuery(query) },
    revalidate: {
      prepare: () => updateNode(query, clauseIds[edits++ % clauseIds.length]!, (node) => ({ ...(node as Clause & { event: string }), event: `Edited${edits}` })),
      run: (edited) => validateQuery(edited as Query),
    },
    zod: { run: () => WireQuery.safeParse(json) },
  };
  const names = Object.keys(tasks);
  for (let i = 0; i < 20; i++) for (const name of names) sample(tasks[name]!, 1); // warm-up: let the JIT settle
  // A batch makes one sample of the slowest task last about 5 ms.
  const slowest = Math.max(...names.map((name) => sample(tasks[name]!, 1)));
  const batch = Math.max(1, Math.round(5 / Math.max(slowest, 0.001)));
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) for (const name of names) times[name]!.push(sample(tasks[name]!, batch));
  const m = (name: string) => median(times[name]!);
  const total = m('parse') + m('validate') + m('serialize');
  const ms = (value: number) => round(value, value < 1 ? 3 : 2);
  return {
    document,
    bytes: text.length,
    floorMs: ms(m('floor')),
    parseMs: ms(m('parse')),
    validateMs: ms(m('validate')),
    serializeMs: ms(m('serialize')),
    totalMs: ms(total),
    totalRatio: round(total / m('floor'), 2),
    revalidateMs: ms(m('revalidate')),
    zodMs: ms(m('zod')),
  };
}

/** Part 3 for both documents. */
export function measureParsing(rounds = 60): ParseResult[] {
  return [measureDocument('2,000 clauses', largeQuery(2000), rounds), measureDocument('40-level where', deepWhereQuery(40), rounds)];
}
