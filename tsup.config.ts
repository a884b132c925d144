import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', core: 'src/core.ts', testing: 'src/testing.ts', 'testing/msw': 'src/testing-msw.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // One copy of the core in CJS too (shared chunks, as ESM has by default): `CohortApiError` from
  // `.` is the one from `./core`, so `instanceof` holds across entries.
  splitting: true,
  // Maps point at the published files; the sources are not embedded a second time.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  clean: true,
  target: 'es2020',
  // msw belongs to ./testing/msw only (node:http to ./testing); external, so hosts that never import them pay nothing.
  external: ['msw', 'msw/node'],
  onSuccess: 'node scripts/copy-css.mjs',
});
