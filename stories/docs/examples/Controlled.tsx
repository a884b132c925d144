import { useState } from 'react';
import { CohortQueryBuilder, hasErrors, type JsonObject } from '../../../src/index';

const events = ['Pageview', 'videoViews', 'LinkClick'];

// Cohort API JSON, as GET /v2/cohorts/{id} returns it and POST / PATCH take it.
const savedQuery: JsonObject = { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } }] }] };

/** Controlled: your state holds the query as Cohort API JSON; Save waits until it has no errors. */
export function ControlledExample() {
  const [query, setQuery] = useState<JsonObject>(savedQuery);
  const [blocked, setBlocked] = useState(false); // the saved query has no errors

  return (
    <>
      <CohortQueryBuilder
        value={query}
        onChange={(json, { issues }) => {
          setQuery(json);
          setBlocked(hasErrors(issues));
        }}
        events={events}
      />
      {/* Saving: see "Saving through the Cohorts API" below. */}
      <button type="button" disabled={blocked}>
        Save
      </button>
      <pre aria-label="Query JSON">{JSON.stringify(query, null, 2)}</pre>
    </>
  );
}
