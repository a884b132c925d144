// Builds the bench pages with esbuild: production React, identifiers kept so CPU profiles read.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapPlugins, type Variant } from './indexMap';
import { BENCH_DIR } from './paths';

/** The pages: this library, and react-querybuilder (its DnD variant is the same page with `?dnd`). */
export const PAGES = ['ours', 'rqb'] as const;

const html = (name: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${name}</title><link rel="stylesheet" href="${name}.css"></head>` +
  `<body><div id="root"></div><script src="hook.js"></script><script type="module" src="${name}.js"></script></body></html>`;

/**
 * Builds every page into `outdir` (emptied first); `readable` keeps lines, so profiles point at a
 * line of source; `indexMap` builds the node index with another map (`--index-map=`, see indexMap.ts).
 */
export async function buildPages(outdir: string, readable = false, indexMap?: Variant): Promise<void> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(PAGES.map((name) => [name, join(BENCH_DIR, 'pages', `${name}.tsx`)])),
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minifySyntax: !readable,
    minifyWhitespace: !readable,
    keepNames: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: mapPlugins(indexMap),
    logLevel: 'error',
  });
  // The React DevTools hook must exist before react-dom loads: a classic script, run before the module.
  await build({ entryPoints: [join(BENCH_DIR, 'pages', 'hook.ts')], outfile: join(outdir, 'hook.js'), bundle: true, format: 'iife', target: 'es2022', logLevel: 'error' });
  await Promise.all(PAGES.map((name) => writeFile(join(outdir, `${name}.html`), html(name))));
}
