'use client';
// app/cohorts/[id]/CohortBuilderClient.tsx: the interactive part. It takes callbacks and state, so
// it is a client component; it is still rendered on the server first, then hydrated.
import { useState } from 'react';
import { CohortQueryBuilder, type JsonObject } from '../../../src/index';

const events = ['Pageview', 'videoViews', 'LinkClick'];

export function CohortBuilderClient({ id, query }: { id: string; query: JsonObject }) {
  const [draft, setDraft] = useState(query);
  return (
    <form method="post" action={`/api/cohorts/${id}`}>
      <CohortQueryBuilder value={draft} onChange={setDraft} events={events} />
      <input type="hidden" name="query" value={JSON.stringify(draft)} />
      <button type="submit">Save</button>
    </form>
  );
}
