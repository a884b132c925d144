// `npm run check-size [-- --enforce]`: builds small apps with Vite from the built package (dist/,
// imported by its public entries as a host would) and measures what each page loads before any
// interaction: the entry chunk, every chunk it imports statically, and the CSS index.html links,
// each gzipped on its own (zlib level 9). Chunks only a dynamic import() reaches are "lazy".
// Prints a markdown table and the builder-only app's top contributors, writes
// test/bench/size-results.json, and with --enforce exits 1 when an app is over its budget, or, for an
// app still over its budget, over its ceiling (the no-growth limit in scripts/size/apps.mjs).
// kB = 1000 bytes, as in the bench's table (test/bench/table.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { APPS } from './size/apps.mjs';
import { contributors } from './size/contributors.mjs';
import { buildApp, createWorkspace } from './size/vite-build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const RESULTS = join(ROOT, 'test', 'bench', 'size-results.json');
const enforce = process.argv.includes('--enforce');
const TOP = 15;

for (const file of ['dist/index.js', 'dist/core.js', 'dist/styles.css']) {
  if (!existsSync(join(ROOT, file))) {
    console.error(`check-size: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const sum = (files) => files.reduce((total, file) => total + file.gzip, 0);
const version = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

// Build one app at a time (two cores), in a folder under the system's temp dir, nothing written.
const workspace = createWorkspace(ROOT);
const built = new Map();
try {
  for (const app of APPS) built.set(app.id, await buildApp(workspace.app(app.id, app.main)));
} finally {
  workspace.remove();
}

const apps = APPS.map((app) => {
  const { js, css, lazy } = built.get(app.id);
  const total = sum(js) + sum(css);
  return { id: app.id, name: app.name, js, css, lazy, jsGzip: sum(js), cssGzip: sum(css), totalGzip: total, lazyGzip: sum(lazy), over: app.over ?? null, budget: app.budget ?? null, ceiling: app.ceiling ?? null };
});
const byId = new Map(apps.map((app) => [app.id, app]));
for (const app of apps) {
  app.overBaseline = app.over ? app.totalGzip - byId.get(app.over).totalGzip : null;
  app.met = app.budget === null ? null : app.overBaseline <= app.budget;
  // An app over its budget may not grow past its ceiling; one within its budget may not leave it.
  app.limit = app.met === false && app.ceiling !== null ? app.ceiling : app.budget;
  app.withinLimit = app.limit === null ? null : app.overBaseline <= app.limit;
}

const rows = apps.map((app) => [
  app.over ? app.name : `${app.name} (baseline)`,
  kB(app.jsGzip),
  kB(app.cssGzip),
  kB(app.totalGzip),
  app.over ? `${kB(app.overBaseline)} (over ${byId.get(app.over).name})` : '',
  app.budget === null ? '' : `≤ ${kB(app.budget)}`,
  app.met === null ? '' : app.met ? 'yes' : `NO (+${kB(app.overBaseline - app.budget)})`,
  app.met === false && app.ceiling !== null ? `≤ ${kB(app.ceiling)}: ${app.withinLimit ? 'yes' : 'NO'}` : '',
  app.lazy.length > 0 ? kB(app.lazyGzip) : '–',
]);
const table = (head, body) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');

console.log(`Sizes before any interaction: Vite ${version('vite')} production builds of the built package (dist/), React ${version('react')}, react-querybuilder ${version('react-querybuilder')}.`);
console.log('Each JS chunk the entry loads statically and each CSS file index.html links, gzipped on its own (zlib level 9) and summed; lazy = chunks and CSS only a dynamic import() reaches. kB = 1000 bytes.\n');
console.log(table(['App', 'JS gz', 'CSS gz', 'Total before interaction', 'Over baseline', 'Budget', 'Met', 'Ceiling until met (CI)', 'Lazy gz'], rows));

// Where the builder-only app's bytes come from, so reductions can be aimed.
const builder = built.get('builder');
const reactOnly = new Set((await contributors(built.get('react'), ROOT)).packages.map((p) => p.name));
const { packages, folders, modules } = await contributors(builder, ROOT);
const share = (p) => `${(p.share * 100).toFixed(1)} %`;
console.log(`\nTop contributors to the CohortQueryBuilder app's JS, by package (rendered = rolldown's renderedLength: after tree-shaking, before minification; gz ≈ the chunk's gzipped size split by minified size):\n`);
console.log(table(['Package', 'Rendered', 'Share', '≈ gz', 'In React-only app'], packages.map((p) => [p.name, kB(p.renderedLength), share(p), kB(p.gzip), reactOnly.has(p.name) ? 'yes' : ''])));
console.log(`\npermutive-cohort-builder's part of that app by folder of dist/lib (share of the package's rendered bytes):\n`);
console.log(table(['Folder', 'Rendered', 'Share', '≈ gz'], folders.map((m) => [m.name, kB(m.renderedLength), share(m), kB(m.gzip)])));
console.log(`\nTop ${TOP} modules of permutive-cohort-builder's dist/lib in that app (share of the package's rendered bytes):\n`);
console.log(table(['Module', 'Rendered', 'Share', '≈ gz'], modules.slice(0, TOP).map((m) => [m.name, kB(m.renderedLength), share(m), kB(m.gzip)])));

const round = (list) => list.map(({ name, renderedLength, gzip, share: s }) => ({ name, renderedLength, gzip, share: Math.round(s * 10000) / 10000 }));
const results = {
  about: 'npm run check-size: Vite production builds of small apps over the built package; bytes gzipped per file (zlib level 9) before any interaction; kB = 1000 bytes',
  versions: { vite: version('vite'), react: version('react'), 'react-dom': version('react-dom'), 'react-querybuilder': version('react-querybuilder'), '@react-querybuilder/dnd': version('@react-querybuilder/dnd') },
  apps: apps.map(({ id, name, over, budget, ceiling, limit, withinLimit, jsGzip, cssGzip, totalGzip, overBaseline, met, lazyGzip, js, css, lazy }) => ({ id, name, over, budget, ceiling, limit, withinLimit, jsGzip, cssGzip, totalGzip, overBaseline, met, lazyGzip, js, css, lazy })),
  builderContributors: { packages: round(packages), folders: round(folders), modules: round(modules) },
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${join('test', 'bench', 'size-results.json')}.`);

for (const app of apps.filter((a) => a.met === false)) {
  console.log(`Budget not met: ${app.name} is ${kB(app.overBaseline)} over ${byId.get(app.over).name}, budget ${kB(app.budget)} (+${kB(app.overBaseline - app.budget)}).`);
}
const failed = apps.filter((app) => app.withinLimit === false);
for (const app of failed) {
  const what = app.limit === app.budget ? 'budget' : 'ceiling (no growth until the budget is met)';
  console.log(`Over its ${what}: ${app.name} is ${kB(app.overBaseline)} over ${byId.get(app.over).name}, limit ${kB(app.limit)} (+${kB(app.overBaseline - app.limit)}).`);
}
if (enforce && failed.length > 0) process.exit(1);
if (enforce) console.log('Every app is within its budget or, while over it, its ceiling.');
