// app/cohorts/[id]/page.tsx: a Next.js server component. Server code imports `/core`, which has
// no React components and no 'use client': parse, validate, describe, and the Cohorts API client.
import { createCohortsClient, describeQuery, parseQuery } from '../../../src/core';
import { CohortBuilderClient } from './NextClient';

// On the server the key stays on the server.
const cohorts = createCohortsClient({
  baseUrl: process.env.PERMUTIVE_API_URL ?? 'https://api.permutive.app/cohorts-api',
  apiKey: process.env.PERMUTIVE_API_KEY,
});

export default async function CohortPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const cohort = await cohorts.getCohort(id);
  const parsed = cohort.query ? parseQuery(cohort.query).query : undefined;
  return (
    <main>
      <h1>{cohort.name}</h1>
      {parsed && <p>{describeQuery(parsed)}</p>}
      {cohort.query && <CohortBuilderClient id={cohort.id} query={cohort.query} />}
    </main>
  );
}
