// Part 1: min + gzip + brotli of what a page loads before any interaction (code split, lazy chunks apart) of each entry and of react-querybuilder, all bundled the same way with esbuild.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle as bundleWithEsbuild } from '../../scripts/size/esbuild-bundle.mjs';
import { ROOT } from './paths';

/** One bundle's sizes in bytes. */
export interface SizeResult {
  name: string;
  min: number;
  gzip: number;
  brotli: number;
  /** Gzip bytes of the code only a dynamic import() reaches (loaded on first use), 0 when none. */
  lazyGzip: number;
}

// The client and its error type: everything of ./core that only talks to the Cohorts API.
const API_EXPORTS = new Set(['createCohortsClient', 'CohortApiError', 'isCohortApiError', 'diffCohort', 'isEmptyPatch']);

// The same esbuild bundle as scripts/check-dist.mjs (one module: scripts/size/esbuild-bundle.mjs).
const bundle = (contents: string) => bundleWithEsbuild(contents, ROOT);

/** Bundles `contents` (an entry module) and measures it. */
export async function measureBundle(name: string, contents: string): Promise<SizeResult> {
  const { code, lazyCode } = await bundle(contents);
  return {
    name,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    lazyGzip: lazyCode.length === 0 ? 0 : gzipSync(lazyCode, { level: 9 }).length,
  };
}

const RQB_DND = (adapter: 'react-dnd' | 'dnd-kit') =>
  [
    "export { QueryBuilder } from 'react-querybuilder';",
    "export { QueryBuilderDnD } from '@react-querybuilder/dnd';",
    adapter === 'react-dnd'
      ? "import { createReactDnDAdapter } from '@react-querybuilder/dnd/react-dnd'; import * as A from 'react-dnd'; import * as B from 'react-dnd-html5-backend'; export const dnd = createReactDnDAdapter({ ...A, ...B });"
      : "import { createDndKitAdapter } from '@react-querybuilder/dnd/dnd-kit'; import * as A from '@dnd-kit/core'; export const dnd = createDndKitAdapter(A);",
  ].join('\n');

/** Part 1: every row of the size table. */
export async function measureSizes(): Promise<SizeResult[]> {
  const { exports } = await bundle("export * from './src/core.ts';");
  const withoutClient = exports.filter((name) => !API_EXPORTS.has(name));
  const entries: [string, string][] = [
    ["'.' (whole entry)", "export * from './src/index.ts';"],
    ["'.' CohortQueryBuilder only", "export { CohortQueryBuilder } from './src/index.ts';"],
    ["'./core' (whole entry)", "export * from './src/core.ts';"],
    ["'./core' without the API client", `export { ${withoutClient.join(', ')} } from './src/core.ts';`],
    ["'./core' parse+serialize+validate", "export { parseQuery, serializeQuery, validateQuery } from './src/core.ts';"],
    ["'./testing' (whole entry)", "export * from './src/testing.ts';"],
    ['react-querybuilder QueryBuilder', "export { QueryBuilder } from 'react-querybuilder';"],
    ['react-querybuilder + dnd (react-dnd)', RQB_DND('react-dnd')],
    ['react-querybuilder + dnd (dnd-kit)', RQB_DND('dnd-kit')],
  ];
  const results: SizeResult[] = [];
  for (const [name, contents] of entries) results.push(await measureBundle(name, contents));
  return results;
}
