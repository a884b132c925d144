// Finds a Chromium for the browser tests: $CHROMIUM_PATH, the Debian/Ubuntu paths, then Playwright's
// cache; and, when there is none, installs one (`installChromium`), so `npm ci && npm test` needs
// nothing else on a new machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'];

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((dir) => dir.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((dir) => [
      join(root, dir, 'chrome-linux', 'chrome'),
      join(root, dir, 'chrome-linux64', 'chrome'),
      join(root, dir, 'chrome-linux', 'headless_shell'),
      join(root, dir, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    ]);
}

/** The path of a Chromium executable, or undefined when this machine has none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return [...SYSTEM_PATHS, ...playwrightCache()].find((path) => existsSync(path));
}

const run = (command, args) => {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
};
const canRoot = () => process.getuid?.() === 0 || spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const asRoot = (command, args) => (process.getuid?.() === 0 ? run(command, args) : run('sudo', ['-n', command, ...args]));
const hasCommand = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/**
 * Installs a Chromium and returns its path, or undefined when no way worked: Debian's package where
 * apt-get can run as root (the project's CI machines, which cannot reach Playwright's download
 * host), else Playwright's own build (most laptops, macOS included).
 */
export function installChromium() {
  console.log('No Chromium found for the browser tests; installing one.');
  if (hasCommand('apt-get') && canRoot()) {
    asRoot('apt-get', ['update', '-qq']);
    if (asRoot('apt-get', ['install', '-y', '-qq', 'chromium'])) return findChromium();
  }
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) return findChromium();
  return undefined;
}

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests (they run in real Chromium and are never skipped).',
  'Installing one did not work here (neither apt-get as root nor `npx playwright install chromium`).',
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  elsewhere:      set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome 120+)',
].join('\n');
