import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

// scripts/test.mjs resolves CHROMIUM_PATH before vitest starts; the fallback keeps `npx vitest` usable.
const provider = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
});
// A new object per project: vitest mutates `instances`.
const browser = () => ({
  enabled: true,
  headless: true,
  provider,
  instances: [{ browser: 'chromium' as const }],
});

// REACT_VERSION=18 runs every project against the react-18 / react-dom-18 alias packages (the
// peer range claims both majors): Vite's alias covers the code it transforms, the preload covers
// what Node loads itself (React, Testing Library, zustand, dnd-kit).
const react18 = process.env.REACT_VERSION === '18';
const alias = react18 ? [{ find: /^react(-dom)?(?=\/|$)/, replacement: 'react$1-18' }] : [];
const execArgv = react18 ? ['--import', fileURLToPath(new URL('./scripts/react-18.mjs', import.meta.url))] : [];

export default defineConfig({
  plugins: [react()],
  // fast-check's seed for this run (scripts/test.mjs), readable in jsdom and in the browser alike.
  define: { __FC_SEED__: JSON.stringify(process.env.FC_SEED ?? '') },
  resolve: { alias },
  // Its own optimizer cache, so a React 18 run never clobbers the prebundled React 19 of a concurrent run.
  ...(react18 ? { cacheDir: 'node_modules/.vite-react-18' } : {}),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          execArgv,
          environment: 'jsdom',
          globals: true,
          setupFiles: ['./test/setup.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          setupFiles: ['./test/support/react-devtools-hook.ts', './test/setup.ts'],
          include: ['test/**/*.browser.test.{ts,tsx}'],
          browser: browser(),
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: browser(), testTimeout: 30_000 },
      },
    ],
  },
});
