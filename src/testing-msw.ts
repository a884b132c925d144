// `permutive-cohort-builder/testing/msw`: the local Cohorts API as MSW handlers (Storybook, browser
// tests). Its own entry, so `./testing` (and the `local-cohorts-api` bin) load without msw, an
// optional peer dependency.
export { createMswHandlers } from './testing/msw';
export type { MswHandlersOptions } from './testing/msw';
