import { CohortEditor, createCohortsClient, type Cohort, type CohortsClient } from '../../../src/index';

const appClient = createCohortsClient({ baseUrl: '/api/permutive' });
const events = ['Pageview', 'videoViews', 'LinkClick'];

/**
 * The whole create / edit screen: name, description, tags, the builder, what changed, and Save
 * with its pending, success and error states. Leave out `cohortId` to create a cohort.
 */
export function SaveWithEditorExample({
  client = appClient,
  cohortId,
  onSaved,
}: {
  client?: CohortsClient;
  cohortId?: string;
  onSaved?: (cohort: Cohort) => void;
}) {
  return <CohortEditor client={client} cohortId={cohortId} events={events} onSaved={onSaved} />;
}
