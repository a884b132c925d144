import { act, renderHook, waitFor } from '@testing-library/react';
import { inspect } from 'node:util';
import { createCohortsClient } from '../../src/api/client';
import type { CohortApiError } from '../../src/api/errors';
import type { CohortsClient } from '../../src/api/types';
import { useCreateCohort } from '../../src/hooks/useCreateCohort';
import { createCohortsBackend } from '../../src/testing/backend';
import { startLocalCohortsApi, type LocalCohortsApi } from '../../src/testing/server';

// Real HTTP to the local API on 127.0.0.1; the hook is driven only through what it returns.
const KEY = 'hook/Create+Key';
const INPUT = { name: 'Readers', query: { event: 'Pageview', frequency: { greater_than_or_equal_to: 1 } } };

let api: LocalCohortsApi;
let client: CohortsClient;
const posts = () => api.backend.requests.filter((request) => request.method === 'POST').length;

beforeEach(async () => {
  api = await startLocalCohortsApi({ backend: createCohortsBackend({ apiKeys: [KEY] }) });
  client = createCohortsClient({ baseUrl: api.url, apiKey: KEY });
});
afterEach(() => api.close());

describe('useCreateCohort', () => {
  it('given a mutate, then it goes idle → pending → success with the created cohort', async () => {
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useCreateCohort(client, { onSuccess }));
    expect(result.current).toMatchObject({ status: 'idle', isIdle: true, data: undefined, error: undefined });
    act(() => result.current.mutate(INPUT));
    expect(result.current).toMatchObject({ status: 'pending', isPending: true, variables: INPUT });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toMatchObject({ name: 'Readers', query: INPUT.query });
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith(result.current.data, INPUT);
  });

  it('given StrictMode (effects run twice), then a mutation still settles into state', async () => {
    const { result } = renderHook(() => useCreateCohort(client), { reactStrictMode: true });
    act(() => result.current.mutate(INPUT));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(posts()).toBe(1);
  });

  it('given two mutate calls while pending (a double click), then exactly one POST is sent', async () => {
    api.backend.faults.set({ latencyMs: 100, times: 1 });
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useCreateCohort(client));
    act(() => {
      result.current.mutate(INPUT, { onSuccess });
      result.current.mutate({ ...INPUT, name: 'Again' }, { onSuccess });
    });
    act(() => result.current.mutate(INPUT, { onSuccess }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(posts()).toBe(1);
    expect(api.backend.cohorts()).toHaveLength(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('given mutateAsync twice while pending, then both get the same promise and one POST is sent', async () => {
    const { result } = renderHook(() => useCreateCohort(client));
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.mutateAsync(INPUT);
      second = result.current.mutateAsync(INPUT);
    });
    expect(second).toBe(first);
    await act(() => first);
    expect(posts()).toBe(1);
    // Once settled, the next call sends again.
    await act(() => result.current.mutateAsync({ ...INPUT, name: 'Second' }));
    expect(posts()).toBe(2);
  });

  it('given a query with errors, then it ends in a validation error and sends nothing', async () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useCreateCohort(client, { onError }));
    act(() => result.current.mutate({ name: 'Bad', query: { event: 'Pageview', frequency: {} } }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'validation' });
    expect(onError).toHaveBeenCalledOnce();
    expect(api.backend.requests).toEqual([]);
  });

  it('given a 503, then error; after reset and with the fault gone, a retry succeeds', async () => {
    api.backend.faults.set({ status: 503 });
    const { result } = renderHook(() => useCreateCohort(client));
    act(() => result.current.mutate(INPUT));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'http', status: 503, retryable: true });
    act(() => result.current.reset());
    expect(result.current).toMatchObject({ status: 'idle', error: undefined, data: undefined });
    api.backend.faults.clear();
    act(() => result.current.mutate(INPUT));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(posts()).toBe(2);
  });

  it('given an unmount while pending, then the request is aborted and no callback runs', async () => {
    api.backend.faults.set({ latencyMs: 200, times: 1 });
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const { result, unmount } = renderHook(() => useCreateCohort(client, { onSuccess, onError }));
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.mutateAsync(INPUT);
    });
    await vi.waitFor(() => expect(posts()).toBe(1));
    unmount();
    const error = (await pending.catch((reason: unknown) => reason)) as CohortApiError;
    expect(error.kind).toBe('abort');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('given failures through the hook, then neither its state nor the console holds the key', async () => {
    const lines: unknown[] = [];
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(...args)),
    );
    try {
      const errors: unknown[] = [];
      for (const fault of [{ status: 500 as const }, { dropConnection: true }, { malformedJson: true }]) {
        api.backend.faults.set(fault);
        const { result, unmount } = renderHook(() => useCreateCohort(client, { onError: (error) => console.error(error) }));
        act(() => result.current.mutate(INPUT));
        await waitFor(() => expect(result.current.isError).toBe(true));
        errors.push(result.current.error);
        unmount();
      }
      const wrong = createCohortsClient({ baseUrl: api.url, apiKey: `${KEY}x` });
      const { result } = renderHook(() => useCreateCohort(wrong));
      await act(() => result.current.mutateAsync(INPUT).catch((error: unknown) => void errors.push(error)));
      const text = [...errors, ...lines].map((value) => `${String(value)} ${inspect(value, { depth: 20, showHidden: true })} ${JSON.stringify(value)}`).join('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const form of [KEY, encodeURIComponent(KEY)]) expect(text).not.toContain(form);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('useCreateCohort after an ambiguous failure', () => {
  it('given a connection dropped after the API created the cohort, then unknownOutcome says applied, searches, and finds that cohort', async () => {
    api.backend.faults.set({ dropConnection: true, times: 1 });
    const { result } = renderHook(() => useCreateCohort(client));
    act(() => result.current.mutate(INPUT));
    await waitFor(() => expect(result.current.isError).toBe(true));
    // The search may already be done by now (the local API is quick); searchAgain's test sees it start.
    expect(result.current.unknownOutcome).toMatchObject({ outcome: 'applied', input: INPUT });
    expect(Date.parse(result.current.unknownOutcome!.sentAt)).toBe(result.current.submittedAt);
    await waitFor(() => expect(result.current.unknownOutcome?.search.status).toBe('done'));
    const [created] = api.backend.cohorts();
    expect(result.current.unknownOutcome?.search).toEqual({
      status: 'done',
      checkedAt: expect.any(String),
      candidates: [{ cohort: expect.objectContaining({ id: created!.id, name: 'Readers', query: INPUT.query }), sameAsSent: true }],
    });
    expect(posts()).toBe(1);
  });

  it('given a 503 (refused, nothing created), then there is no unknownOutcome and no search', async () => {
    api.backend.faults.set({ status: 503, times: 1 });
    const { result } = renderHook(() => useCreateCohort(client));
    act(() => result.current.mutate(INPUT));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.unknownOutcome).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.backend.requests.filter((request) => request.method === 'GET')).toEqual([]);
  });

  it('given a timeout and a create that lands after the first search, then searchAgain finds it; reset clears it all', async () => {
    const slow = createCohortsClient({ baseUrl: api.url, apiKey: KEY, timeoutMs: 200 });
    api.backend.faults.set({ latencyMs: 800, times: 1 });
    const { result } = renderHook(() => useCreateCohort(slow));
    act(() => result.current.mutate(INPUT));
    await waitFor(() => expect(result.current.unknownOutcome?.outcome).toBe('unknown'));
    expect(result.current.error).toMatchObject({ kind: 'timeout' });
    await waitFor(() => expect(api.backend.cohorts()).toHaveLength(1));
    await waitFor(() => expect(result.current.unknownOutcome?.search.status).toBe('done'));
    act(() => result.current.searchAgain());
    expect(result.current.unknownOutcome?.search.status).toBe('searching');
    await waitFor(() => expect(result.current.unknownOutcome?.search).toMatchObject({ status: 'done', candidates: [{ sameAsSent: true }] }));
    act(() => result.current.reset());
    expect(result.current.unknownOutcome).toBeUndefined();
    expect(posts()).toBe(1);
  });
});
