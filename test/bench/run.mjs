// Entry of `npm run bench`: bundles the TypeScript bench with esbuild (src included), then runs it.
// Flags: --only=size,browser,parse,index  --builders=ours,rqb,rqb-dnd  --quick  --profile  --json=path
// --index-map=copied|persistent: our page's node index built with that map (a comparison, not the published figures)
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outfile = join(root, '.bench', 'main.mjs');
process.env.BENCH_ROOT = root;

await build({
  entryPoints: [join(root, 'test', 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages load from node_modules at run time; the library's own sources are bundled from src.
  packages: 'external',
  logLevel: 'error',
});
const { main } = await import(pathToFileURL(outfile).href);
await main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
