/**
 * Shared set-up of the issue 9 scenarios in Chromium: the local Cohorts API answered in process
 * (the backend of src/testing behind a `fetch` given to the client, so no network and no service
 * worker), and a host page that holds the cohort and reloads it after each save, as the
 * Playground does (stories/support/playground/PlaygroundApp.tsx): every save re-renders the
 * editor with fresh but equal props.
 */
import { waitFor } from '@testing-library/react';
import { useState } from 'react';
import { CohortEditor, createCohortsClient, type Cohort, type CohortsClient, type JsonObject } from '../../src/index';
import { createCohortsBackend } from '../../src/testing/backend';
import type { CohortsBackend } from '../../src/testing/types';

export const KEY = 'scenario-key';
export const ID = '00000000-0000-4000-8000-00000000a909';
export const EVENTS = [{ name: 'Pageview' }, { name: 'videoViews' }, { name: 'LinkClick' }];

/** A request as it left the client. */
export interface Sent {
  method: string;
  body: unknown;
}

/** A backend seeded with one cohort, a client of it through an in-process fetch, and what was sent. */
export function localApi(query: JsonObject): { backend: CohortsBackend; client: CohortsClient; sent: Sent[]; stored: () => JsonObject } {
  const backend = createCohortsBackend({ apiKeys: [KEY], seed: [{ id: ID, name: 'Sport', description: 'Sport readers', tags: ['sport'], query }] });
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const method = init?.method ?? 'GET';
    sent.push({ method, body: body === undefined ? undefined : JSON.parse(body) });
    const response = await backend.handle({ method, path: url.pathname, query: url.searchParams, headers: new Headers(init?.headers), body });
    if (response.drop) throw new TypeError('Failed to fetch');
    const empty = response.status === 204 || response.body === undefined;
    return new Response(empty ? null : response.body, { status: response.status, headers: response.headers });
  };
  const client = createCohortsClient({ baseUrl: 'https://cohorts.test', apiKey: KEY, fetch });
  const stored = () => backend.cohorts().find((c) => c.id === ID)!.query as JsonObject;
  return { backend, client, sent, stored };
}

/** A host page: it loads the cohort, and after each save reloads it and re-renders the editor with it. */
export function Host({ client, initial }: { client: CohortsClient; initial: Cohort }) {
  const [cohort, setCohort] = useState(initial);
  return (
    <CohortEditor
      client={client}
      cohort={cohort}
      events={EVENTS}
      cohorts={[{ code: 1001, name: 'Football fans' }]}
      storage={null}
      onSaved={(saved) => {
        void client.getCohort(saved.id).then(setCohort);
      }}
    />
  );
}

/** Resolves once the host has reloaded the cohort after the latest PATCH, and React has rendered it. */
export async function hostReloaded(sent: Sent[]): Promise<void> {
  await waitFor(() => {
    const patch = sent.map((r) => r.method).lastIndexOf('PATCH');
    expect(patch).toBeGreaterThanOrEqual(0);
    expect(sent.slice(patch + 1).some((r) => r.method === 'GET')).toBe(true);
  });
  // The reload's answer and the host's render after it.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
