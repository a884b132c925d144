// Test and development helpers. The local Cohorts API lands here (issue 5).
export { createIdGenerator } from './query/ids';
