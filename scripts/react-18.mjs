// Preloaded (`node --import`) into the test workers of the React 18 run (REACT_VERSION=18, see
// vitest.config.ts). Vite's alias only reaches code Vite transforms; React, react-dom and the
// libraries that import them (Testing Library, zustand, dnd-kit) are loaded by Node itself, so
// Node must send `react` and `react-dom` (and their subpaths) to the 18.3.1 copies too, or one
// test would mix two Reacts.
import Module, { register } from 'node:module';

/** `react…` / `react-dom…` → the `-18` alias package of the same subpath; anything else unchanged. */
export function toReact18(specifier) {
  return specifier.replace(/^react(-dom)?(?=\/|$)/, 'react$1-18');
}

// ESM imports (an externalized ESM library importing `react`).
register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
    return next(specifier.replace(/^react(-dom)?(?=\\/|$)/, 'react$1-18'), context);
  }`)}`,
);

// CommonJS requires (react-dom requiring `react`), which the ESM hooks above do not see on Node 20.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, toReact18(request), ...rest);
};
