import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig } from 'tsup';

// The public entries (package.json "exports").
const entries = { index: 'src/index.ts', core: 'src/core.ts', testing: 'src/testing.ts', 'testing/msw': 'src/testing-msw.ts' };

// Every other module is an entry of its own (dist/lib/…), so the build keeps module boundaries:
// a host's bundler drops whole modules it does not use (package.json "sideEffects" lists only CSS),
// as it would from the sources. One bundled file would keep module-level code such as the zod
// schemas in every app, since a bundler cannot prove a call at the top of a file is pure.
function modules(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(found, modules(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !Object.values(entries).includes(path)) {
      found[`lib/${relative('src', path).replace(/\.tsx?$/, '')}`] = path;
    }
  }
  return found;
}

export default defineConfig({
  entry: { ...entries, ...modules('src') },
  format: ['esm', 'cjs'],
  // Declarations for the public entries only; lib/ is an implementation detail.
  dts: { entry: entries },
  // No source maps: without the sources (which the tarball does not ship) they point nowhere.
  sourcemap: false,
  // One copy of every module in both formats: `CohortApiError` from `.` is the one from `./core`,
  // so `instanceof` holds across entries.
  splitting: true,
  clean: true,
  target: 'es2020',
  // msw belongs to ./testing/msw only (node:http to ./testing); external, so hosts that never import them pay nothing.
  external: ['msw', 'msw/node'],
  onSuccess: 'node scripts/copy-css.mjs',
});
