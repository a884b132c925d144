// Type-checks a host app (scripts/consumer/) against the packed tarball, as a consumer's compiler
// sees it: strict, skipLibCheck false, exactOptionalPropertyTypes, under moduleResolution bundler,
// node16 as an ES module and node16 as CommonJS. Run after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'pcb-consumer-'));
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  mkdirSync(join(dir, 'node_modules'));
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  cpSync(join(dir, 'package'), join(dir, 'node_modules', 'permutive-cohort-builder'), { recursive: true });
  // The package's dependencies and peers, as the host would have them installed.
  for (const name of ['react', 'react-dom', '@types', 'zustand', 'zod', '@dnd-kit', 'msw']) {
    try {
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
    } catch {
      // not installed here (their own dependencies resolve from the real path, the project's node_modules)
    }
  }
  cpSync(join(root, 'scripts', 'consumer'), dir, { recursive: true });
  const base = { strict: true, noEmit: true, skipLibCheck: false, exactOptionalPropertyTypes: true, jsx: 'react-jsx', target: 'es2022', lib: ['es2022', 'dom'], types: [] };
  const configs = {
    bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['app.tsx', 'msw.ts'], type: 'module' },
    'node16 (ESM)': { module: 'node16', moduleResolution: 'node16', files: ['app.tsx', 'msw.ts'], type: 'module' },
    'node16 (CJS)': { module: 'node16', moduleResolution: 'node16', files: ['app.tsx'], type: 'commonjs' },
  };
  let failed = 0;
  for (const [name, { files, type, ...options }] of Object.entries(configs)) {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, ...options }, files }));
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
    if (run.status === 0) console.log(`consumer types ok: ${name}`);
    else {
      failed++;
      console.log(`consumer types FAILED: ${name}\n${run.stdout}${run.stderr}`);
    }
  }
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
