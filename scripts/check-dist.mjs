// Checks the build from plain Node (no DOM): every entry's files exist and ./core works without React.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// The same esbuild bundle as the bench's size table (test/bench/size.ts).
import { bundle } from './size/esbuild-bundle.mjs';

const expected = ['index', 'core', 'testing', 'testing/msw'].flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`]);
const missing = expected.filter((file) => !existsSync(file));
if (missing.length > 0) throw new Error(`build output missing: ${missing.join(', ')}`);
if (typeof globalThis.document !== 'undefined') throw new Error('expected plain Node without a DOM');

const core = await import('../dist/core.js');
const input = { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 2 }, unknown_key: [1] }] }] };
const { query, issues } = core.parseQuery(input);
const back = core.serializeQuery(query);
if (JSON.stringify(back) !== JSON.stringify(input)) throw new Error(`ESM round trip changed the query: ${JSON.stringify(back)}`);
if (!issues.some((issue) => issue.code === 'unknown-keys')) throw new Error('expected an unknown-keys warning');

const require = createRequire(import.meta.url);
const cjs = require('../dist/core.cjs');
if (typeof cjs.parseQuery !== 'function') throw new Error('CJS build of ./core lacks parseQuery');
// One copy of the core per format: a class from `.` is the class from `./core`.
const cjsIndex = require('../dist/index.cjs');
if (cjsIndex.CohortApiError !== cjs.CohortApiError) throw new Error('CJS: CohortApiError from . is not the one from ./core (two copies of the core)');
const esmIndex = await import('../dist/index.js');
if (esmIndex.CohortApiError !== core.CohortApiError) throw new Error('ESM: CohortApiError from . is not the one from ./core');
// ./testing (and the bin built on it) load without msw, an optional peer: no file it loads names msw.
const loads = (entry, seen = new Set()) => {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, dep] of readFileSync(`dist/${entry}`, 'utf8').matchAll(/(?:from\s*|require\(|import\()\s*["']\.\/([^"']+)["']/g)) loads(dep, seen);
  return seen;
};
for (const entry of ['testing.js', 'testing.cjs']) {
  const withMsw = [...loads(entry)].filter((file) => /["']msw(\/[^"']*)?["']/.test(readFileSync(`dist/${file}`, 'utf8')));
  if (withMsw.length > 0) throw new Error(`${entry} loads msw through ${withMsw.join(', ')}`);
}
const testing = await import('../dist/testing.js');
if (typeof testing.createCohortsBackend !== 'function' || 'createMswHandlers' in testing) throw new Error('./testing: expected the backend and no MSW handlers');
// No source maps: the tarball does not ship the sources they would point at.
const maps = readdirSync('dist', { recursive: true }).filter((file) => String(file).endsWith('.map'));
if (maps.length > 0) throw new Error(`source maps in dist: ${maps.slice(0, 3).join(', ')}`);
// Module boundaries kept (dist/lib): a bundler drops the zod schemas from an app that only parses.
if (!existsSync('dist/lib/schema/wire.js')) throw new Error('expected one file per module under dist/lib');
// zod is for the query's exported wire schemas (WireQuery…): neither the builder, nor parsing, nor
// the editor with its client pulls it in (bodies and responses are read by schema/cohort.ts).
for (const [app, contents] of [
  ['CohortQueryBuilder', "export { CohortQueryBuilder } from './dist/index.js';"],
  ['parse, serialize, validate', "export { parseQuery, serializeQuery, validateQuery } from './dist/core.js';"],
  ['CohortEditor and createCohortsClient', "export { CohortEditor, createCohortsClient } from './dist/index.js';"],
]) {
  if ((await bundle(contents, process.cwd())).packages.has('zod')) throw new Error(`an app that uses only ${app} bundles zod`);
}
console.log(`dist ok: ${expected.length} files, one copy of the core per format, one file per module, no source maps, no zod in the builder, the parser or the editor with its client; ./core parses and serializes in plain Node (${core.describeQuery(query)})`);
