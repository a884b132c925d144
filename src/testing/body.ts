/**
 * Request bodies of the local Cohorts API, for every transport: the JSON content type, strict
 * UTF-8, and reading a stream no further than a limit. Browser-safe: web APIs only.
 */

/** The default largest body, in bytes: 1 MiB, far above any real cohort (a few kB). */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;

// `application/json` or any `+json` type (`application/merge-patch+json`), with parameters; a
// charset, when given, must be UTF-8, the only encoding JSON on the wire may use (RFC 8259 §8.1).
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/** Whether a Content-Type header says JSON in UTF-8. An absent header is not JSON. */
export function isJsonContentType(header: string | null | undefined): boolean {
  if (header === null || header === undefined) return false;
  const [type = '', ...parameters] = header.split(';');
  if (!JSON_TYPE.test(type.trim().toLowerCase())) return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;
    return /^"?utf-8"?$/i.test(value.trim());
  });
}

const encoder = new TextEncoder();

/** The size of a body in bytes, as it was (or would be) sent in UTF-8. */
export function byteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? encoder.encode(body).length : body.byteLength;
}

/** The text of a body, or undefined when its bytes are not UTF-8 (a replacement character would hide them). */
export function decodeBody(body: string | Uint8Array): string | undefined {
  if (typeof body === 'string') return body;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return undefined;
  }
}

/**
 * Reads a stream to its end, or stops (cancelling it) as soon as it passes `limit` bytes. The
 * bytes read are never more than `limit` plus one chunk.
 */
export async function readBounded(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<{ bytes: Uint8Array } | { tooLarge: true }> {
  if (stream === null) return { bytes: new Uint8Array(0) };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // The reason is for the sender's side of the stream; nobody is waiting on the promise.
      reader.cancel('The body is larger than the local Cohorts API accepts.').catch(() => undefined);
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes };
}
