// One process's share of the index-map bench, for the variant it was bundled with (../indexMap.ts):
// times the store's actions and weighs its heap, then prints the raw samples as JSON.
// Run as `node --expose-gc <bundle> <rounds> <heapRuns>`.
import { performance } from 'node:perf_hooks';
import { buildIndex, editing, freshQuery, type Editing } from './scenario';

/** Raw samples in milliseconds, heap in bytes. */
export interface Samples {
  build: number[];
  keystroke: number[];
  move: number[];
  undo: number[];
  storeHeap: number[];
  historyHeap: number[];
}

const gc = (globalThis as { gc?: () => void }).gc;

function collect(): void {
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

const time = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const PER_ROUND = 10;

// One round: two index builds, then keystrokes, moves and undos on the same store.
function round(s: Editing, out: Samples | undefined): void {
  for (const query of [freshQuery(), freshQuery()]) {
    const ms = time(() => buildIndex(query));
    out?.build.push(ms);
  }
  for (let i = 0; i < PER_ROUND; i++) {
    const ms = time(() => s.keystroke());
    out?.keystroke.push(ms);
  }
  for (let i = 0; i < PER_ROUND; i++) {
    const ms = time(() => s.move());
    out?.move.push(ms);
  }
  for (let i = 0; i < PER_ROUND; i++) {
    // An edit of another clause opens a step of its own, then undo takes it back.
    s.keystroke(s.clauses[i]!);
    const ms = time(() => s.undo());
    out?.undo.push(ms);
  }
}

// In a function of its own: a finished call's frame holds nothing, so the previous run's store is
// garbage by the time this one weighs.
function weigh(out: Samples): void {
  const query = freshQuery();
  collect();
  const before = process.memoryUsage().heapUsed;
  const s = editing(query);
  collect();
  const mounted = process.memoryUsage().heapUsed;
  // 100 edits of 100 different clauses: 100 undo steps, each query with its own index.
  for (let i = 0; i < 100; i++) s.keystroke(s.clauses[i * 5]!);
  collect();
  const edited = process.memoryUsage().heapUsed;
  if (s.store.getState().history.past.length !== 100) throw new Error('the history does not hold 100 steps');
  out.storeHeap.push(mounted - before);
  out.historyHeap.push(edited - mounted);
}

function measure(rounds: number, heapRuns: number): Samples {
  const out: Samples = { build: [], keystroke: [], move: [], undo: [], storeHeap: [], historyHeap: [] };
  const s = editing();
  // Five rounds warm the JIT and are not counted.
  for (let r = 0; r < 5; r++) round(s, undefined);
  for (let r = 0; r < rounds; r++) round(s, out);
  for (let r = 0; r < heapRuns; r++) weigh(out);
  return out;
}

const [rounds = '20', heapRuns = '3'] = process.argv.slice(2);
process.stdout.write(JSON.stringify(measure(Number(rounds), Number(heapRuns))));
