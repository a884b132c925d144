import type { IdGenerator } from './ast';

/** Makes a generator of ids `${prefix}1`, `${prefix}2`, ...; deterministic, for tests and stories. */
export function createIdGenerator(prefix = 'n'): IdGenerator {
  let next = 0;
  return () => `${prefix}${++next}`;
}

// One process-wide sequence keeps ids unique across every query the default generator touches.
const sequence = createIdGenerator('q');

/** The default id generator: unique within this JavaScript realm. */
export const defaultIdGenerator: IdGenerator = () => sequence();
