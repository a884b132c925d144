// One esbuild bundle of an entry module, the way the bench's size table and check-dist measure the
// package: minified ESM for the browser, React and the optional peers external, production React.
import { build } from 'esbuild';

/** React is the host's; msw and node builtins are optional peers of ./testing that hosts bring themselves. */
export const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'msw', 'msw/node', 'node:*'];

/**
 * Bundles `contents` (TypeScript or JavaScript source of an entry module, imports resolved from
 * `resolveDir`) with code splitting, as a host's bundler would, and returns the minified code a page
 * loads before any interaction (the entry and the chunks it imports statically, concatenated), the
 * code only a dynamic `import()` reaches (`lazyCode`), the names the entry exports and the npm
 * packages it took in (loaded or lazy).
 */
export async function bundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    splitting: true,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    external: EXTERNAL,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const [entryName, entry] = Object.entries(outputs).find(([, output]) => output.entryPoint !== undefined);
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const link of outputs[name].imports) if (link.kind === 'import-statement' && !link.external) visit(link.path);
  };
  visit(entryName);
  const relative = (path) => Object.keys(outputs).find((name) => path.endsWith(`/${name}`)) ?? path;
  const codeOf = (names) => Buffer.concat(result.outputFiles.filter((file) => names.has(relative(file.path))).map((file) => file.contents));
  const lazy = new Set(Object.keys(outputs).filter((name) => !loaded.has(name)));
  const packages = new Set(Object.values(outputs).flatMap((output) => Object.keys(output.inputs).flatMap((file) => packageOf(file) ?? [])));
  return { code: codeOf(loaded), lazyCode: codeOf(lazy), exports: entry.exports, packages };
}

/** The npm package a module path belongs to (the last node_modules segment), or undefined. */
export function packageOf(file) {
  return file.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
}
