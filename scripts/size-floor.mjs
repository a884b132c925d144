// `npm run size-floor` (after `npm run build`): how far lazy loading alone could take each app of
// check-size. Builds the apps with Vite as check-size does, serves each, loads it in Chromium with
// V8's precise coverage, waits half a second with no input, and gzips (level 9) three texts of the
// page's eager JS: all of it; the functions that ran, each kept whole ("function floor": what a page
// would load if every function that never ran before any interaction were split off at no cost,
// finer than any bundler splits); and only the blocks that ran ("block floor": even the untaken
// branches gone). Each app's figures are over its baseline app's own figures, as in check-size.
// gzip of cut-down text is an estimate (other text compresses differently); the floors are bounds,
// not plans: real splitting works by modules and adds loaders.
import { createServer } from 'node:http';
import { chromium } from 'playwright';
import { findChromium } from './find-chromium.mjs';
import { APPS } from './size/apps.mjs';
import { buildApp, createWorkspace, gzipSize } from './size/vite-build.mjs';

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Keeps the bytes of `source` inside ranges that ran; ranges nest, so the innermost decides. */
function ranOnly(source, ranges) {
  const ran = new Uint8Array(source.length);
  const sorted = [...ranges].sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of sorted) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
  let kept = '';
  for (let i = 0; i < source.length; i++) if (ran[i]) kept += source[i];
  return kept;
}

async function measure(browser, dir) {
  // Built as check-size builds it: the same eager chunks, and the CSS index.html links.
  const { js, css, sources: files } = await buildApp(dir);
  const eager = new Set(js.map((chunk) => chunk.file));
  const type = (name) => (name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : 'text/html');
  const server = createServer((req, res) => {
    const name = req.url === '/' ? 'index.html' : req.url.slice(1);
    if (!files.has(name)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': type(name) }).end(files.get(name));
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForTimeout(500);
    const coverage = await page.coverage.stopJSCoverage();
    const text = { all: '', functions: '', blocks: '' };
    for (const entry of coverage) {
      const name = new URL(entry.url).pathname.slice(1);
      if (!eager.has(name)) continue;
      const source = files.get(name);
      text.all += source;
      // A function's first range is the function itself.
      text.functions += ranOnly(source, entry.functions.map((f) => f.ranges[0]));
      text.blocks += ranOnly(source, entry.functions.flatMap((f) => f.ranges));
    }
    // The stylesheets index.html links load before any interaction too, whole.
    return { all: gzipSize(text.all), functions: gzipSize(text.functions), blocks: gzipSize(text.blocks), css: css.reduce((total, file) => total + file.gzip, 0) };
  } finally {
    await page.close();
    server.close();
  }
}

const workspace = createWorkspace(ROOT);
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined });
try {
  const results = new Map();
  const wanted = APPS.filter((app) => app.id !== 'core' && app.id !== 'empty');
  for (const app of wanted) results.set(app.id, await measure(browser, workspace.app(app.id, app.main)));
  console.log('What each app loads before any interaction over React only (gzip): its eager JS, the floors lazy loading could reach at best, and its CSS.\n');
  console.log('| App | Eager JS | Function floor | Block floor | CSS | Function floor + CSS | Budget (JS + CSS) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const base = results.get('react');
  for (const app of wanted.filter((a) => a.over === 'react')) {
    const r = results.get(app.id);
    const over = (key) => kB(r[key] - base[key]);
    const floor = kB(r.functions - base.functions + r.css);
    console.log(`| ${app.name} | ${over('all')} | ${over('functions')} | ${over('blocks')} | ${kB(r.css)} | ${floor} | ${app.budget ? kB(app.budget) : ''} |`);
  }
} finally {
  await browser.close();
  workspace.remove();
}
