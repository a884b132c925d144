import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// One seed for every property of a run (scripts/test.mjs derives it from the commit, so CI and a
// local run of the same commit search the same cases, and a failure is replayed with FC_SEED=<n>).
// Per-assert `seed` options still win.
declare const __FC_SEED__: string;
if (__FC_SEED__) fc.configureGlobal({ seed: Number(__FC_SEED__) });
