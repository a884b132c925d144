// Part 4: the node index's map, the hash trie src/query/nodeIndex.ts uses (PersistentMap) against
// a plain Map copied per edit behind the same API (indexMap/copied.ts). indexMap/child.ts is
// bundled once per variant, an esbuild plugin putting the copied Map behind nodeIndex.ts's import, and
// each bundle runs in processes of its own (one map per process, as in an app, and no garbage of
// one variant collected on the other's time), taking turns so a busy moment hits both.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import type { Samples } from './indexMap/child';
import { BENCH_DIR, OUT_DIR } from './paths';
import { median, p95, round } from './stats';

/** The variants: the module each puts behind `./persistentMap` in src/query/nodeIndex.ts (undefined: src's own). */
const VARIANTS = { 'copied Map': 'indexMap/copied.ts', PersistentMap: undefined } as const;
/** A map the node index can be built with. */
export type Variant = keyof typeof VARIANTS;
/** The variants by the name `--index-map=` takes. */
export const INDEX_MAPS: Record<string, Variant> = { copied: 'copied Map', persistent: 'PersistentMap' };

/** Median and 95th percentile of one timed action, in milliseconds. */
export interface Timing {
  medianMs: number;
  p95Ms: number;
}

/** One variant's figures, at 500 clauses x 5 where conditions. */
export interface IndexMapResult {
  variant: Variant;
  /** The index of a query nobody indexed yet (a mount, a foreign value). */
  build: Timing;
  /** The store's setField of a clause's where tree (one keystroke in a property input). */
  keystroke: Timing;
  /** The store's moveTo of a clause to another group. */
  move: Timing;
  /** The store's undo of an edit of one clause. */
  undo: Timing;
  /** Heap a new store on the query holds (its AST, index, issues), median over runs. */
  storeHeapMb: number;
  /** Heap that 100 edits of different clauses (a 100-step history) add to it. */
  historyHeapMb: number;
  processes: number;
}

/** The esbuild plugins that build src/query/nodeIndex.ts with `variant`'s map (the browser pages take them too). */
export function mapPlugins(variant: Variant | undefined): Plugin[] {
  const file = variant && VARIANTS[variant];
  if (!file) return [];
  return [
    {
      name: 'index-map',
      setup(b) {
        b.onResolve({ filter: /^\.\/persistentMap$/ }, (args) => (args.importer.endsWith('nodeIndex.ts') ? { path: join(BENCH_DIR, file) } : undefined));
      },
    },
  ];
}

async function bundle(variant: Variant): Promise<string> {
  const outfile = join(OUT_DIR, `index-map-${variant.replace(/\W+/g, '-')}.mjs`);
  await build({
    entryPoints: [join(BENCH_DIR, 'indexMap', 'child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: mapPlugins(variant),
    logLevel: 'error',
  });
  return outfile;
}

const run = promisify(execFile);
const timing = (samples: number[]): Timing => ({ medianMs: round(median(samples), 3), p95Ms: round(p95(samples), 3) });
const mb = (bytes: number[]) => round(median(bytes) / 1024 / 1024, 2);

/** Part 4: `processes` processes per variant, taking turns, each timing `rounds` rounds of 10 of each action. */
export async function measureIndexMap(processes = 4, rounds = 20, heapRuns = 3): Promise<IndexMapResult[]> {
  const names = Object.keys(VARIANTS) as Variant[];
  const files = new Map<Variant, string>();
  for (const name of names) files.set(name, await bundle(name));
  const pooled = new Map<Variant, Samples>(names.map((name) => [name, { build: [], keystroke: [], move: [], undo: [], storeHeap: [], historyHeap: [] }]));
  for (let p = 0; p < processes; p++) {
    // Which variant goes first alternates too.
    for (const name of p % 2 === 0 ? names : [...names].reverse()) {
      const { stdout } = await run(process.execPath, ['--expose-gc', files.get(name)!, String(rounds), String(heapRuns)], { cwd: BENCH_DIR, maxBuffer: 64 * 1024 * 1024 });
      const samples = JSON.parse(stdout) as Samples;
      const into = pooled.get(name)!;
      for (const key of Object.keys(into) as (keyof Samples)[]) into[key].push(...samples[key]);
    }
  }
  return names.map((variant) => {
    const s = pooled.get(variant)!;
    return {
      variant,
      build: timing(s.build),
      keystroke: timing(s.keystroke),
      move: timing(s.move),
      undo: timing(s.undo),
      storeHeapMb: mb(s.storeHeap),
      historyHeapMb: mb(s.historyHeap),
      processes,
    };
  });
}
