import { useState } from 'react';
import {
  CohortQueryBuilder,
  createCohortsClient,
  hasErrors,
  useCreateCohort,
  useUpdateCohort,
  type Cohort,
  type CohortsClient,
  type JsonObject,
} from '../../../src/index';

// One client for the app, made once (the hooks want a client that keeps its identity). Point it at
// your own backend, which adds the API key: a key sent from a browser is visible to anyone.
const appClient = createCohortsClient({ baseUrl: '/api/permutive' });

const events = ['Pageview', 'videoViews', 'LinkClick'];
const firstQuery: JsonObject = { and: [{ or: [{ event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } }] }] };

/** The first Save creates the cohort (POST); later ones send what changed (PATCH). */
export function SaveWithHooksExample({ client = appClient }: { client?: CohortsClient }) {
  const [name, setName] = useState('');
  const [query, setQuery] = useState<JsonObject>(firstQuery);
  const [blocked, setBlocked] = useState(false);
  const [saved, setSaved] = useState<Cohort>();
  const create = useCreateCohort(client, { onSuccess: setSaved });
  const update = useUpdateCohort(client, { onSuccess: setSaved });
  const failure = saved ? update.error : create.error;

  const save = () => {
    if (saved) update.mutate({ original: saved, draft: { name, query } });
    else create.mutate({ name, query });
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <CohortQueryBuilder
        value={query}
        savedValue={saved?.query}
        onChange={(json, { issues }) => {
          setQuery(json);
          setBlocked(hasErrors(issues));
        }}
        events={events}
      />
      <button type="submit" disabled={blocked || create.isPending || update.isPending}>
        {saved ? 'Save changes' : 'Create cohort'}
      </button>
      {saved && <p role="status">Saved as cohort {saved.code ?? saved.id}.</p>}
      {failure && (
        <div role="alert">
          <p>
            {!saved && create.unknownOutcome
              ? 'The cohort may have been created anyway: check your cohorts before you save again.'
              : 'The cohort was not saved. Your changes are still here: save again in a moment.'}
          </p>
          {/* The error's own message is for developers (method, path, status). */}
          <details>
            <summary>Technical details</summary>
            {failure.message}
          </details>
        </div>
      )}
    </form>
  );
}
