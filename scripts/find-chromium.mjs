// Finds a Chromium for the browser tests: $CHROMIUM_PATH, the Debian/Ubuntu paths, then Playwright's cache.
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

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests (they run in real Chromium and are never skipped).',
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  elsewhere:      set CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome 120+)',
].join('\n');
