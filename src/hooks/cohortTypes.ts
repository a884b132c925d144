// Components may not import src/api (not even types): this file is their one door to the API's
// types, so the rule stays checkable and components still name the client and its errors.
/** The Cohorts API types a component may name: the client, cohorts and their fields. */
export type { Cohort, CohortState, CohortSummary, CohortsClient, SegmentType } from '../api/types';
/** The error a failed call rejects with, and its kinds (type-only: components never construct one). */
export type { CohortApiError, CohortApiErrorKind } from '../api/errors';
