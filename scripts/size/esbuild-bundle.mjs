// One esbuild bundle of an entry module, the way the bench's size table and check-dist measure the
// package: minified ESM for the browser, React and the optional peers external, production React.
import { build } from 'esbuild';

/** React is the host's; msw and node builtins are optional peers of ./testing that hosts bring themselves. */
export const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'msw', 'msw/node', 'node:*'];

/**
 * Bundles `contents` (TypeScript or JavaScript source of an entry module, imports resolved from
 * `resolveDir`) and returns the minified code, the names it exports and the npm packages it took in.
 */
export async function bundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    external: EXTERNAL,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const packages = new Set(Object.keys(output.inputs).flatMap((file) => packageOf(file) ?? []));
  return { code: result.outputFiles[0].contents, exports: output.exports, packages };
}

/** The npm package a module path belongs to (the last node_modules segment), or undefined. */
export function packageOf(file) {
  return file.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
}
