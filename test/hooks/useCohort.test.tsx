import { act, renderHook, waitFor } from '@testing-library/react';
import { createCohortsClient } from '../../src/api/client';
import type { CohortsClient } from '../../src/api/types';
import { useCohort } from '../../src/hooks/useCohort';
import { createCohortsBackend } from '../../src/testing/backend';
import { SAMPLE_IDS, sampleCohorts } from '../../src/testing/seed';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';

const KEY = 'load-key';
let api: LocalCohortsApi;
let client: CohortsClient;
let aborted: number;

beforeEach(async () => {
  api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY], seed: sampleCohorts() }) });
  aborted = 0;
  // Pass-through around the real fetch that counts aborted signals, to see that a load is cancelled.
  client = createCohortsClient({
    baseUrl: api.url,
    apiKey: KEY,
    fetch: (url, init) => {
      init.signal?.addEventListener('abort', () => aborted++);
      return globalThis.fetch(url, init);
    },
  });
});
afterEach(() => api.close());

describe('useCohort', () => {
  it('given an id, then it loads: pending → success with the cohort', async () => {
    const { result } = renderHook(() => useCohort(client, SAMPLE_IDS.football));
    expect(result.current).toMatchObject({ status: 'pending', isPending: true, data: undefined });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toMatchObject({ id: SAMPLE_IDS.football, name: 'Football fans', query: expect.any(Object) });
  });

  it('given StrictMode, then the doubled effect aborts its first load and the second one lands', async () => {
    const { result } = renderHook(() => useCohort(client, SAMPLE_IDS.football), { reactStrictMode: true });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data?.id).toBe(SAMPLE_IDS.football);
  });

  it('given no id, then it stays idle and sends nothing', async () => {
    const { result } = renderHook(() => useCohort(client, undefined));
    expect(result.current).toMatchObject({ status: 'idle', isIdle: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(api.backend.requests).toEqual([]);
  });

  it('given an unknown id, then error 404', async () => {
    const { result } = renderHook(() => useCohort(client, 'missing'));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'http', status: 404, code: 3000 });
  });

  it('given a 503 then refetch once the fault is gone, then it recovers', async () => {
    api.backend.faults.set({ status: 503, times: 1 });
    const { result } = renderHook(() => useCohort(client, SAMPLE_IDS.football));
    await waitFor(() => expect(result.current.isError).toBe(true));
    act(() => result.current.refetch());
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.error).toBeUndefined();
  });

  it('given a refetch of a loaded cohort, then the old data stays while loading', async () => {
    const { result } = renderHook(() => useCohort(client, SAMPLE_IDS.football));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    api.backend.faults.set({ latencyMs: 50, times: 1 });
    act(() => result.current.refetch());
    expect(result.current).toMatchObject({ status: 'pending', data: { id: SAMPLE_IDS.football } });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });

  it('given an id change mid-load, then the first load is aborted and its result never shows', async () => {
    api.backend.faults.set({ latencyMs: 150, times: 1 });
    const { result, rerender } = renderHook(({ id }) => useCohort(client, id), { initialProps: { id: SAMPLE_IDS.football as string } });
    await vi.waitFor(() => expect(api.backend.requests).toHaveLength(1));
    rerender({ id: SAMPLE_IDS.lookalike });
    expect(aborted).toBe(1);
    expect(result.current).toMatchObject({ status: 'pending', data: undefined });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(SAMPLE_IDS.lookalike);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(result.current.data?.id).toBe(SAMPLE_IDS.lookalike);
  });

  it('given an unmount mid-load, then the load is aborted', async () => {
    api.backend.faults.set({ latencyMs: 100, times: 1 });
    const { unmount } = renderHook(() => useCohort(client, SAMPLE_IDS.football));
    await vi.waitFor(() => expect(api.backend.requests).toHaveLength(1));
    unmount();
    expect(aborted).toBe(1);
  });
});
