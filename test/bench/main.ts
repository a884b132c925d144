// `npm run bench`: sizes, the browser scenario, parsing and the node index's map, then one table and the same figures as JSON.
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { BUILDERS, measureBrowser, type BuilderName, type BuilderResult } from './browser';
import { measureHostile, type HostileResult } from './hostile';
import { INDEX_MAPS, measureIndexMap, type IndexMapResult } from './indexMap';
import { measureParsing, type ParseResult } from './parse';
import { BENCH_DIR } from './paths';
import { measureSizes, type SizeResult } from './size';
import { markdownTable, rowsOf } from './table';
// @ts-expect-error: a plain .mjs helper shared with the test runner, without type declarations.
import { findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/find-chromium.mjs';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const parts = (value('only') ?? 'size,browser,parse,index').split(',');
const quick = flag('quick');

/** Runs the parts asked for (`--only=size,browser,parse,index`), prints the table and writes results.json. */
export async function main(): Promise<void> {
  const started = new Date();
  const atStart = loadavg();
  const figures: { sizes?: SizeResult[]; builders?: BuilderResult[]; parsing?: ParseResult[]; hostile?: HostileResult[]; indexMap?: IndexMapResult[] } = {};
  const failures: string[] = [];
  // A part that fails (say, a builder that throws on the tree as it is) is reported; the others still run.
  const part = async (name: string, run: () => Promise<void>) => {
    if (!parts.includes(name)) return;
    try {
      await run();
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await part('size', async () => {
    console.error('bench: bundle sizes…');
    figures.sizes = await measureSizes();
  });
  await part('browser', async () => {
    const chromium = findChromium() as string | undefined;
    if (!chromium) throw new Error(HOW_TO_GET_CHROMIUM);
    console.error(`bench: editing in ${chromium}…`);
    const builders = (value('builders')?.split(',') ?? Object.keys(BUILDERS)) as BuilderName[];
    const indexMap = value('index-map');
    if (indexMap && !INDEX_MAPS[indexMap]) throw new Error(`--index-map= takes ${Object.keys(INDEX_MAPS).join(' or ')}`);
    figures.builders = await measureBrowser(chromium, { mounts: quick ? 1 : 3, keystrokes: quick ? 15 : 50, countKeystrokes: quick ? 3 : 10, profile: flag('profile'), builders, indexMap: indexMap ? INDEX_MAPS[indexMap] : undefined });
  });
  await part('parse', async () => {
    console.error('bench: parse, validate, serialize…');
    figures.parsing = measureParsing(quick ? 15 : 60);
    figures.hostile = measureHostile(quick ? 3 : 7);
  });
  await part('index', async () => {
    console.error('bench: the node index map, copied Map against PersistentMap…');
    figures.indexMap = await measureIndexMap(quick ? 2 : 4, quick ? 10 : 20, quick ? 2 : 3);
  });
  const table = markdownTable(rowsOf(figures));
  console.log(table);
  const out = value('json') ?? join(BENCH_DIR, 'results.json');
  // The machine's load says how far to trust this run: the ratios hold better than the absolute times.
  const meta = { date: started.toISOString(), node: process.version, loadAverage: { atStart, atEnd: loadavg() }, command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}` };
  await writeFile(out, `${JSON.stringify({ ...meta, ...figures, failures, table }, null, 2)}\n`);
  console.error(`bench: figures written to ${out}`);
  for (const failure of failures) console.error(`bench: FAILED ${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}
