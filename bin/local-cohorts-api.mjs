#!/usr/bin/env node
// Starts the local Cohorts API (an in-memory fake of Permutive's Cohorts API) for a host app's
// own development. It runs the built package: run `npm run build` first.
//
//   node bin/local-cohorts-api.mjs [--port 8787] [--host 127.0.0.1] [--key SECRET ...] [--no-key]
//                                  [--envelope v1|v2|camel|rotate] [--seed cohorts.json]
//                                  [--max-body-bytes 1048576] [--body-timeout-ms 10000]
//                                  [--headers-timeout-ms 10000] [--max-logged-requests 1000]
//
// --key may be repeated; without --key the key is LOCAL_API_KEY from the package. --no-key
// serves without any key check (as a host's own proxy would). --seed reads a JSON array of
// cohorts ({ name, query, ... , lookalike? }). The key is never printed. Bodies over
// --max-body-bytes get 413, bodies or headers slower than their timeout 408, always in the
// API's error envelope; the request log keeps the latest --max-logged-requests.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCohortsBackend, LOCAL_API_KEY, startLocalCohortsApi } from '../dist/testing.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    key: { type: 'string', multiple: true },
    'no-key': { type: 'boolean', default: false },
    envelope: { type: 'string', default: 'v1' },
    seed: { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'body-timeout-ms': { type: 'string' },
    'headers-timeout-ms': { type: 'string' },
    'max-logged-requests': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: local-cohorts-api [--port 8787] [--host 127.0.0.1] [--key SECRET] [--no-key] [--envelope v1|v2|camel|rotate] [--seed file.json]\n' +
      '                         [--max-body-bytes 1048576] [--body-timeout-ms 10000] [--headers-timeout-ms 10000] [--max-logged-requests 1000]',
  );
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}".`);
  process.exit(2);
}
if (!['v1', 'v2', 'camel', 'rotate'].includes(values.envelope)) {
  console.error('--envelope must be v1, v2, camel or rotate.');
  process.exit(2);
}

/** A whole-number option, or undefined when absent (the library's default applies). */
function whole(name, minimum) {
  const text = values[name];
  if (text === undefined) return undefined;
  const number = Number(text);
  if (!Number.isInteger(number) || number < minimum) {
    console.error(`--${name} must be a whole number of at least ${minimum}, not "${text}".`);
    process.exit(2);
  }
  return number;
}
const maxBodyBytes = whole('max-body-bytes', 0);
const maxLoggedRequests = whole('max-logged-requests', 0);
const bodyTimeoutMs = whole('body-timeout-ms', 1);
const headersTimeoutMs = whole('headers-timeout-ms', 1);

let seed = [];
if (values.seed) {
  try {
    seed = JSON.parse(readFileSync(values.seed, 'utf8'));
  } catch (error) {
    console.error(`--seed ${values.seed} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

const backend = createCohortsBackend({
  apiKeys: values.key ?? [LOCAL_API_KEY],
  requireKey: !values['no-key'],
  envelope: values.envelope,
  seed,
  maxBodyBytes,
  maxLoggedRequests,
});
// Every request gets an answer in the envelope and none can end the process (see
// test/testing/hostile.test.ts); a failure here is the port or host, reported as such.
const api = await startLocalCohortsApi({ port, host: values.host, backend, bodyTimeoutMs, headersTimeoutMs });

console.log(`Local Cohorts API on ${api.url}`);
console.log(`  baseUrl: ${api.url}    endpoints: /v2/cohorts, /v2/cohorts/{id}`);
console.log(
  values['no-key']
    ? '  no API key required'
    : values.key
      ? `  API key required (${values.key.length} given with --key), as the k query parameter or an X-API-Key header`
      : '  API key required: LOCAL_API_KEY from permutive-cohort-builder/testing',
);

const stop = () => api.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
