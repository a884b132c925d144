// Where things are: run.mjs sets BENCH_ROOT, since the bundled bench no longer sits beside its sources.
import { join } from 'node:path';

/** The repository root. */
export const ROOT = process.env.BENCH_ROOT ?? process.cwd();
/** The bench sources. */
export const BENCH_DIR = join(ROOT, 'test', 'bench');
/** Build output and profiles (git-ignored). */
export const OUT_DIR = join(ROOT, '.bench');
