// A host app's use of the package, type-checked against the packed tarball by
// scripts/check-consumer-types.mjs (strict, skipLibCheck false, exactOptionalPropertyTypes).
// Lists are readonly, as hosts keep them: every list the package takes must accept one.
import { CohortEditor, CohortQueryBuilder, createCohortsClient, germanEditorLabels, isCohortApiError, type JsonObject, type PropertyOption } from 'permutive-cohort-builder';
import { describeQuery, parseQuery, serializeQuery, validateQuery, type QueryIssue } from 'permutive-cohort-builder/core';
import { createCohortsBackend, sampleCohorts } from 'permutive-cohort-builder/testing';

const properties: readonly PropertyOption[] = [{ path: 'properties.client.url', label: 'URL', type: 'string' }];
const events = ['Pageview', { name: 'LinkClick', label: 'Link click' }] as const;
const units = ['days', 'weeks'] as const;
const cohorts = [{ code: 1234, name: 'Football fans' }] as const;
const tags = ['sport'] as const;
const query: JsonObject = { and: [{ or: [{ event: 'Pageview' }] }] };

const { query: ast, issues } = parseQuery(query);
const first: QueryIssue | undefined = issues[0];
if (ast) {
  serializeQuery(ast);
  validateQuery(ast);
  describeQuery(ast);
}
const client = createCohortsClient({ baseUrl: 'https://api.permutive.app/cohorts-api', apiKey: 'key' });
void client.createCohort({ name: 'Sport', query, tags }).catch((error: unknown) => isCohortApiError(error) && error.kind);

export const builder = <CohortQueryBuilder defaultValue={query} properties={properties} events={events} units={units} cohorts={cohorts} theme="dark" />;
export const editor = <CohortEditor client={client} labels={germanEditorLabels} properties={properties} events={events} units={units} cohorts={cohorts} />;
export const backend = createCohortsBackend({ seed: sampleCohorts() });
export { first };
