// app/api/cohorts/[id]/route.ts: a Next.js route handler. It checks the query with `/core` and
// saves it with the key only the server knows.
import { createCohortsClient, hasErrors, parseQuery, validateQuery, type JsonObject } from '../../../src/core';

const cohorts = createCohortsClient({
  baseUrl: process.env.PERMUTIVE_API_URL ?? 'https://api.permutive.app/cohorts-api',
  apiKey: process.env.PERMUTIVE_API_KEY,
});

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const form = await request.formData();
  let json: unknown;
  try {
    json = JSON.parse(String(form.get('query')));
  } catch {
    return Response.json({ message: 'The query is not JSON.' }, { status: 400 });
  }
  const { query, issues } = parseQuery(json);
  const problems = query ? validateQuery(query) : issues;
  if (!query || hasErrors(problems)) {
    return Response.json({ message: 'The query has errors.', issues: problems }, { status: 422 });
  }
  await cohorts.updateCohort(id, { query: json as JsonObject });
  return Response.redirect(new URL(`/cohorts/${id}`, request.url), 303);
}
