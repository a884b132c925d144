import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', core: 'src/core.ts', testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2020',
  // msw and node:http belong to ./testing only; they stay external so hosts that never import it pay nothing.
  external: ['msw', 'msw/node'],
  onSuccess: 'node scripts/copy-css.mjs',
});
