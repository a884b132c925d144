// The local Cohorts API: one in-memory backend, served over node:http (Node); as MSW handlers
// (browser, Storybook) from `./testing/msw`, so this entry never loads msw. `startLocalCohortsApi`
// loads node:http only when called.
export { createCohortsBackend } from './testing/backend';
export { startLocalCohortsApi } from './testing/server';
export type { LocalCohortsApi, LocalCohortsApiOptions } from './testing/server';
export { LOCAL_API_KEY, LOCAL_WORKSPACE_ID } from './testing/records';
export { SAMPLE_IDS, SAMPLE_CHILD_WORKSPACE_ID, sampleCohorts } from './testing/seed';
export type {
  BackendRequest,
  BackendResponse,
  CohortsBackend,
  CohortsBackendOptions,
  EnvelopeSpelling,
  Fault,
  FaultControl,
  LoggedRequest,
  Refusal,
  SeedCohort,
  StoredCohort,
} from './testing/types';
export { createIdGenerator } from './query/ids';
