/** A request body as it left the client. */
export interface SentRequest {
  method: string;
  body: unknown;
}

/**
 * A pass-through recorder around the real fetch: the request still goes over HTTP; this only notes
 * which bodies left, to check that a PATCH carries the changed fields alone.
 */
export function recordingFetch(sent: SentRequest[]): typeof fetch {
  return (url, init) => {
    sent.push({ method: String(init?.method), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    return globalThis.fetch(url, init);
  };
}
