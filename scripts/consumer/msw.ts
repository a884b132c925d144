// The MSW entry, checked as an ES module only (msw's own types need ESM under node16).
import { createCohortsBackend } from 'permutive-cohort-builder/testing';
import { createMswHandlers } from 'permutive-cohort-builder/testing/msw';

export const handlers = createMswHandlers(createCohortsBackend(), { baseUrl: '/cohorts-api' });
