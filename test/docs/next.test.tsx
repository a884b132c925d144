// @vitest-environment node
// The Next.js examples of the Getting started page, run as Next.js runs them: the server component
// rendered to HTML with no DOM, the route handler called with a Request. Both talk to the local
// Cohorts API over HTTP with the key the server keeps.
import { renderToString } from 'react-dom/server';
import { describeQuery, parseQuery } from '../../src/core';
import { createCohortsBackend } from '../../src/testing/backend';
import { SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';

const KEY = 'next-server-key';
let api: LocalCohortsApi;
let CohortPage: typeof import('../../stories/docs/examples/NextPage').default;
let POST: typeof import('../../stories/docs/examples/NextRoute').POST;

beforeAll(async () => {
  api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts() }) });
  // The examples make their client when their module loads, from the environment, as in an app.
  process.env.PERMUTIVE_API_URL = api.url;
  process.env.PERMUTIVE_API_KEY = KEY;
  ({ default: CohortPage } = await import('../../stories/docs/examples/NextPage'));
  ({ POST } = await import('../../stories/docs/examples/NextRoute'));
});
afterAll(async () => {
  delete process.env.PERMUTIVE_API_URL;
  delete process.env.PERMUTIVE_API_KEY;
  await api.close();
});
beforeEach(() => api.backend.clearLog());

const football = () => api.backend.cohorts().find((cohort) => cohort.id === SAMPLE_IDS.football)!;
const params = Promise.resolve({ id: SAMPLE_IDS.football });
const save = (query: string) => {
  const body = new FormData();
  body.set('query', query);
  return POST(new Request(`http://app.test/api/cohorts/${SAMPLE_IDS.football}`, { method: 'POST', body }), { params });
};

describe('Next.js server component (app/cohorts/[id]/page.tsx)', () => {
  it('given a cohort id, then the HTML has its name, its summary and the builder with its query', async () => {
    const html = renderToString(await CohortPage({ params }));
    const cohort = football();
    expect(html).toContain(`<h1>${cohort.name}</h1>`);
    expect(html).toContain(describeQuery(parseQuery(cohort.query).query!).replaceAll('"', '&quot;'));
    expect(html).toMatch(/<input[^>]*value="Pageview"/);
    // The key went to the API from the server and never into the page.
    expect(html).not.toContain(KEY);
    expect(api.backend.requests.map((request) => request.method)).toEqual(['GET']);
  });
});

describe('Next.js route handler (app/api/cohorts/[id]/route.ts)', () => {
  it('given a valid query, then it saves it with PATCH and redirects to the cohort', async () => {
    const query = { and: [{ or: [{ event: 'videoViews', frequency: { greater_than_or_equal_to: 3 } }] }] };
    const response = await save(JSON.stringify(query));

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://app.test/cohorts/${SAMPLE_IDS.football}`);
    expect(football().query).toEqual(query);
  });

  it('given a query with errors, then 422 with the issues, and nothing is sent to the API', async () => {
    const before = football().query;
    const response = await save(JSON.stringify({ and: [{ or: [{ event: '', frequency: { greater_than_or_equal_to: 1 } }] }] }));

    expect(response.status).toBe(422);
    const body = (await response.json()) as { issues: { severity: string }[] };
    expect(body.issues.some((issue) => issue.severity === 'error')).toBe(true);
    expect(football().query).toEqual(before);
    expect(api.backend.requests).toEqual([]);
  });

  it('given text that is not JSON, then 400', async () => {
    expect((await save('{"and": [')).status).toBe(400);
    expect(api.backend.requests).toEqual([]);
  });
});
