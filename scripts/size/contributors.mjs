// Who the bytes of an app belong to: by npm package, and by module of the package's dist/lib, from
// the output's own module info (rolldown's renderedLength: each module's code as rendered into its
// chunk, after tree-shaking and before minification).
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { transform } from 'esbuild';
import { packageOf } from './esbuild-bundle.mjs';

const PACKAGE = 'permutive-cohort-builder';

/** The package a module id belongs to: an npm package, this package (dist/), the app's own code, or the bundler's. */
function ownerOf(id, root) {
  if (id.startsWith('\0') || !id.startsWith('/')) return '(vite/rolldown runtime)';
  const npm = packageOf(id);
  if (npm) return npm;
  if (id.startsWith(`${root}${sep}dist${sep}`)) return PACKAGE;
  return '(app code)';
}

/**
 * The modules of this package's dist a file holds. tsup emits one file per source module (dist/lib/…,
 * or a shared chunk-*.js holding a module that several entries import), and marks each module's code
 * with a `// src/…` comment; a file without one holds the bundler's helpers.
 */
function distModulesOf(id, root) {
  if (id.endsWith('.css')) return relative(`${root}/dist`, id);
  const sources = [...readFileSync(id, 'utf8').matchAll(/^\/\/ src\/(.+)\.tsx?$/gm)].map(([, path]) => `lib/${path}`);
  return sources.length > 0 ? sources.join(' + ') : `(tsup helpers: ${relative(`${root}/dist`, id)})`;
}

/** Minified size of one module's rendered code (a fragment: top-level names are kept), for apportioning a chunk's gzip. */
async function minifiedLength(code) {
  if (!code) return 0;
  try {
    return (await transform(code, { minify: true, loader: 'js', logLevel: 'silent' })).code.length;
  } catch {
    return code.length;
  }
}

/**
 * Totals the eager modules of a built app by package, by folder of dist/lib and by dist module: rendered bytes (rolldown's
 * renderedLength) and an estimate of their gzipped share (each chunk's gzipped size split over its
 * modules in proportion to their minified code).
 */
export async function contributors(app, root) {
  const chunkGzip = new Map(app.js.map((file) => [file.file, file.gzip]));
  const modules = [];
  for (const module of app.modules) modules.push({ ...module, min: await minifiedLength(module.code) });
  const minByChunk = new Map();
  for (const m of modules) minByChunk.set(m.chunk, (minByChunk.get(m.chunk) ?? 0) + m.min);
  const total = (key, list) => {
    const sums = new Map();
    for (const m of list) {
      const name = key(m);
      const sum = sums.get(name) ?? { name, renderedLength: 0, gzip: 0 };
      sum.renderedLength += m.renderedLength;
      sum.gzip += (chunkGzip.get(m.chunk) * m.min) / (minByChunk.get(m.chunk) || 1);
      sums.set(name, sum);
    }
    const rendered = list.reduce((sum, m) => sum + m.renderedLength, 0);
    return [...sums.values()]
      .map((s) => ({ ...s, gzip: Math.round(s.gzip), share: rendered > 0 ? s.renderedLength / rendered : 0 }))
      .sort((a, b) => b.renderedLength - a.renderedLength || a.name.localeCompare(b.name));
  };
  const withOwner = modules.map((m) => ({ ...m, owner: ownerOf(m.id, root) }));
  const ours = withOwner.filter((m) => m.owner === PACKAGE && m.renderedLength > 0).map((m) => ({ ...m, module: distModulesOf(m.id, root) }));
  return {
    packages: total((m) => m.owner, withOwner),
    folders: total((m) => (m.module.startsWith('lib/') ? m.module.replace(/\/[^/]+$/, '/') : m.module), ours),
    modules: total((m) => m.module, ours),
  };
}
