// Builds one app with Vite's JS API (production, default minifier, nothing written) and sorts its
// output into what the page loads before any interaction and what only a dynamic import() reaches.
import react from '@vitejs/plugin-react';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { IMPORTED_PACKAGES, INDEX_HTML } from './apps.mjs';

/** Gzipped size of one file (zlib level 9), in bytes. */
export const gzipSize = (source) => gzipSync(typeof source === 'string' ? Buffer.from(source) : source, { level: 9 }).length;

/**
 * A folder under the system's temp dir where the apps live. Its node_modules links the package
 * (`permutive-cohort-builder` → the repository, so its package.json "exports" and "sideEffects"
 * apply as in a host) and the other packages the apps import to the repository's node_modules.
 */
export function createWorkspace(root) {
  const dir = mkdtempSync(join(tmpdir(), 'cohort-builder-size-'));
  const link = (name, target) => {
    const path = join(dir, 'node_modules', name);
    mkdirSync(dirname(path), { recursive: true });
    symlinkSync(target, path, 'dir');
  };
  link('permutive-cohort-builder', root);
  for (const name of IMPORTED_PACKAGES) link(name, join(root, 'node_modules', name));
  return {
    dir,
    /** Writes an app (index.html + main.jsx) and returns its folder. */
    app(id, main) {
      const appDir = join(dir, 'apps', id);
      mkdirSync(appDir, { recursive: true });
      writeFileSync(join(appDir, 'index.html'), INDEX_HTML);
      writeFileSync(join(appDir, 'main.jsx'), main);
      return appDir;
    },
    /** Removes the folder (the links, not what they point at). */
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const attributes = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map(([, name, value]) => [name, value ?? '']));

/**
 * Builds the app in `appDir` and returns its files: `eager` (the entry chunk, every chunk it imports
 * statically, transitively, and the CSS index.html links) and `lazy` (chunks and CSS that only a
 * dynamic import() reaches), each with its size and gzipped size, the eager chunks' modules, and
 * every output file's text by name (`sources`: what a server of the built page hands out).
 */
export async function buildApp(appDir) {
  const result = await build({
    configFile: false,
    envFile: false,
    root: appDir,
    mode: 'production',
    logLevel: 'silent',
    publicDir: false,
    plugins: [react()],
    build: { write: false, outDir: join(appDir, 'dist'), reportCompressedSize: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const byName = new Map(outputs.map((file) => [file.fileName, file]));
  const html = byName.get('index.html');
  if (!html) throw new Error(`${appDir}: no index.html in the build`);
  const fileOf = (url) => url.replace(/^\//, '');
  const tags = [...String(html.source).matchAll(/<(script|link)\b[^>]*>/g)].map(([tag, kind]) => ({ kind, ...attributes(tag) }));
  const entries = tags.filter((t) => t.kind === 'script' && t.type === 'module' && t.src).map((t) => fileOf(t.src));
  const styles = tags.filter((t) => t.kind === 'link' && t.rel === 'stylesheet').map((t) => fileOf(t.href));

  // Static imports from the entry: what the page loads before anything happens.
  const eagerJs = new Set();
  const visit = (name) => {
    if (eagerJs.has(name)) return;
    const chunk = byName.get(name);
    if (chunk?.type !== 'chunk') throw new Error(`${appDir}: ${name} is not a chunk of the build`);
    eagerJs.add(name);
    chunk.imports.forEach(visit);
  };
  entries.forEach(visit);
  for (const preload of tags.filter((t) => t.rel === 'modulepreload').map((t) => fileOf(t.href))) {
    if (!eagerJs.has(preload)) throw new Error(`${appDir}: index.html preloads ${preload}, which the entry does not import statically`);
  }
  // Whatever a dynamic import() reaches from there (and what that imports) loads later, if at all.
  const lazy = new Set();
  const visitLazy = (name) => {
    if (eagerJs.has(name) || lazy.has(name)) return;
    lazy.add(name);
    const chunk = byName.get(name);
    [...chunk.imports, ...chunk.dynamicImports].forEach(visitLazy);
    for (const css of chunk.viteMetadata?.importedCss ?? []) if (!styles.includes(css)) lazy.add(css);
  };
  for (const name of eagerJs) byName.get(name).dynamicImports.forEach(visitLazy);

  const sized = (name) => {
    const file = byName.get(name);
    const source = file.type === 'chunk' ? file.code : file.source;
    return { file: name, bytes: Buffer.byteLength(source), gzip: gzipSize(source) };
  };
  const modules = [...eagerJs].flatMap((name) => {
    const chunk = byName.get(name);
    return Object.entries(chunk.modules).map(([id, info]) => ({ id, chunk: name, renderedLength: info.renderedLength, code: info.code }));
  });
  const unreached = outputs.filter((f) => f.fileName !== 'index.html' && !eagerJs.has(f.fileName) && !styles.includes(f.fileName) && !lazy.has(f.fileName) && /\.(m?js|css)$/.test(f.fileName));
  if (unreached.length > 0) throw new Error(`${appDir}: built but neither loaded nor imported: ${unreached.map((f) => f.fileName).join(', ')}`);
  return {
    js: [...eagerJs].map(sized),
    css: styles.map(sized),
    lazy: [...lazy].map(sized),
    modules,
    sources: new Map(outputs.map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source])),
  };
}
