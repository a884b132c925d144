import { act, renderHook, waitFor } from '@testing-library/react';
import { createCohortsClient } from '../../src/api/client';
import type { Cohort, CohortsClient } from '../../src/api/types';
import { useUpdateCohort } from '../../src/hooks/useUpdateCohort';
import { createCohortsBackend } from '../../src/testing/backend';
import { SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';
import { recordingFetch, type SentRequest } from '../support/recordingFetch';

const KEY = 'update-key';
let api: LocalCohortsApi;
let client: CohortsClient;
let original: Cohort;
let sent: SentRequest[];

beforeEach(async () => {
  api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts() }) });
  sent = [];
  client = createCohortsClient({
    baseUrl: api.url,
    apiKey: KEY,
    fetch: recordingFetch(sent),
  });
  original = await client.getCohort(SAMPLE_IDS.football);
  sent.length = 0; // the recorder holds this array: empty it, do not replace it
  api.backend.clearLog();
});
afterEach(() => api.close());

describe('useUpdateCohort', () => {
  it('given a changed name, then the PATCH carries the name only and the rest stays', async () => {
    const { result } = renderHook(() => useUpdateCohort(client));
    act(() => result.current.mutate({ original, draft: { ...original, name: 'Footie' } }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(sent).toEqual([{ method: 'PATCH', body: { name: 'Footie' } }]);
    expect(result.current.data).toMatchObject({ name: 'Footie', description: original.description, query: original.query, tags: ['sport'] });
  });

  it('given a cleared description and an edited query, then description: null and the query are sent', async () => {
    const query = { ...original.query, frequency: { greater_than_or_equal_to: 5 } };
    const { result } = renderHook(() => useUpdateCohort(client));
    act(() => result.current.mutate({ original, draft: { ...original, description: '', query } }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(sent).toEqual([{ method: 'PATCH', body: { description: null, query } }]);
    expect(result.current.data).not.toHaveProperty('description');
    expect(result.current.data?.query).toEqual(query);
  });

  it('given a draft equal to the original (query keys reordered), then no request is sent and data is the original', async () => {
    const query = Object.fromEntries(Object.entries(original.query ?? {}).reverse());
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useUpdateCohort(client, { onSuccess }));
    act(() => result.current.mutate({ original, draft: { ...original, query, tags: [...original.tags] } }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(sent).toEqual([]);
    expect(api.backend.requests).toEqual([]);
    expect(result.current.data).toBe(original);
    expect(onSuccess).toHaveBeenCalledOnce();
  });

  it('given two saves while one is pending, then one PATCH is sent', async () => {
    api.backend.faults.set({ latencyMs: 80, times: 1 });
    const { result } = renderHook(() => useUpdateCohort(client));
    act(() => {
      result.current.mutate({ original, draft: { state: 'Disabled' } });
      result.current.mutate({ original, draft: { state: 'Disabled' } });
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(api.backend.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(result.current.data?.state).toBe('Disabled');
  });

  it('given a lookalike, then the update ends in a 409 error', async () => {
    const lookalike = await client.getCohort(SAMPLE_IDS.lookalike);
    const { result } = renderHook(() => useUpdateCohort(client));
    act(() => result.current.mutate({ original: lookalike, draft: { name: 'Renamed' } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'http', status: 409, code: 4000 });
  });

  it('given a timeout, then error kind timeout; the retry succeeds once the server is quick again', async () => {
    const quick = createCohortsClient({ baseUrl: api.url, apiKey: KEY, timeoutMs: 50 });
    api.backend.faults.set({ latencyMs: 200, times: 1 });
    const { result } = renderHook(() => useUpdateCohort(quick));
    const variables = { original, draft: { name: 'Later' } };
    act(() => result.current.mutate(variables));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('timeout');
    act(() => result.current.mutate(variables));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.name).toBe('Later');
  });
});
