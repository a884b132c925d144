// `npm test`: every vitest project (unit in jsdom, browser and stories in real Chromium), once with
// React 19 and once with React 18 (the peer range claims both; see vitest.config.ts), then one
// summary line `N passed, N failed` over both runs. Fails, never skips, when there is no Chromium.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findChromium, HOW_TO_GET_CHROMIUM, installChromium } from './find-chromium.mjs';

const chromium = findChromium() ?? installChromium();
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// fast-check's seed: FC_SEED when given, else one derived from the commit, so a clean clone in CI and
// a local run of the same commit try the same cases (and every new commit tries new ones).
function commitSeed() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
  return head.status === 0 ? Number.parseInt(head.stdout.trim().slice(0, 7), 16) : Date.now() % 2 ** 28;
}
const seed = process.env.FC_SEED ?? String(commitSeed());
console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed} npm test)`);

const report = '.vitest-results.json';
/** Failed tests of both runs, listed again just above the summary line so a log's tail names them. */
const failures = [];
// eslint-disable-next-line no-control-regex -- the colour codes vitest puts in its messages
const plain = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const firstLine = (text) => plain(text).split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? '';

/** Runs the whole suite under one React major; returns its counts. */
function runVitest(reactVersion) {
  rmSync(report, { force: true });
  console.log(`\n=== vitest with React ${reactVersion} ===`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, FC_SEED: seed, CHROMIUM_PATH: chromium, STORYBOOK_DISABLE_TELEMETRY: '1', REACT_VERSION: reactVersion } },
  );
  let passed = 0;
  let failed;
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed = results.numPassedTests;
    for (const suite of results.testResults ?? []) {
      const file = relative(process.cwd(), suite.name);
      if (suite.status === 'failed' && suite.assertionResults.length === 0) failures.push(`React ${reactVersion} · ${file} · (did not load) ${firstLine(suite.message)}`);
      for (const test of suite.assertionResults) {
        if (test.status === 'failed') failures.push(`React ${reactVersion} · ${file} · ${test.fullName} · ${firstLine(test.failureMessages?.[0])}`);
      }
    }
    // A suite that fails to load has no failed tests of its own; count it so it cannot go unnoticed.
    failed = results.numFailedTests + (results.testResults ?? []).filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  } catch {
    failed = 1;
  }
  if (run.status !== 0 && failed === 0) failed = 1;
  console.log(`React ${reactVersion}: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

const runs = ['19', '18'].map(runVitest);
const passed = runs.reduce((sum, run) => sum + run.passed, 0);
const failed = runs.reduce((sum, run) => sum + run.failed, 0);
if (failures.length > 0) console.log(`\nFailed tests:\n${failures.map((line) => `  ${line}`).join('\n')}`);
// .ci/run prints this file again just above its own last line (lint, build and so on come between).
writeFileSync('.test-failures.txt', failures.map((line) => `${line}\n`).join(''));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
