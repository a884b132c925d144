import { createCohortsClient } from '../../../src/index';
import { createCohortsBackend, LOCAL_API_KEY, sampleCohorts, type CohortsBackend } from '../../../src/testing';
import { createMswHandlers } from '../../../src/testing-msw';

/** Where the stories' client sends requests; MSW answers them in the browser, nothing leaves it. */
export const LOCAL_BASE_URL = 'https://api.local.test/cohorts-api';

/** A client of the local Cohorts API. Module scope: `useCohort` wants a client with a stable identity. */
export const localClient = createCohortsClient({ baseUrl: LOCAL_BASE_URL, apiKey: LOCAL_API_KEY });

let current: CohortsBackend = createCohortsBackend({ seed: sampleCohorts() });

/** The backend behind the current story (for fault switches and for checking what was saved). */
export function localBackend(): CohortsBackend {
  return current;
}

/** A fresh backend seeded with the sample cohorts, served through MSW; call from a story's beforeEach. */
export function resetLocalApi(msw: { use(...handlers: ReturnType<typeof createMswHandlers>): void }): CohortsBackend {
  current = createCohortsBackend({ seed: sampleCohorts() });
  msw.use(...createMswHandlers(current, { baseUrl: LOCAL_BASE_URL }));
  return current;
}

/** A Web Storage stand-in, so stories never read or leave drafts in the real localStorage. */
export function memoryStorage(seed: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const data = new Map(Object.entries(seed));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}
