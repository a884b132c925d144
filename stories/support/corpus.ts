import type { JsonObject } from '../../src/index';
import corpusJson from '../../test/fixtures/queries.json';

/** One query of the shared corpus (a copy lives in test/fixtures). */
export interface CorpusEntry {
  id: string;
  mark: string;
  description: string;
  query: JsonObject;
}

// JSON imports are typed by their literal contents, which TypeScript cannot see as JsonObject.
const entries = corpusJson as unknown as CorpusEntry[];

/** The corpus query with this id. */
export function corpusQuery(id: string): JsonObject {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No corpus query ${id}`);
  return entry.query;
}
