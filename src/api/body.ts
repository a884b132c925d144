/** Reads a response body as a stream, within the deadline and a size limit. */
import type { Deadline } from './deadline';

/** The default of `maxResponseBytes`: 4 MiB, far above any list of cohorts the API returns. */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** A body as read: its text (cut at the limit when `tooLarge`). */
export interface BodyText {
  text: string;
  /** The body was over the limit: `text` holds at most its first `maxBytes` bytes. */
  tooLarge: boolean;
}

const ignore = () => undefined;

/** Cancels a body nobody will read, so its connection is freed; never waits for it. */
export function discardBody(response: Response): void {
  try {
    if (response.body && !response.bodyUsed) response.body.cancel().catch(ignore);
  } catch {
    // A locked or foreign body: nothing more to do.
  }
}

/**
 * Reads the body, counting bytes as they come. Over `maxBytes` (0: no limit) it stops: with
 * `keep: 'nothing'` at once (also when `content-length` says so up front), with `keep: 'head'`
 * after keeping the first `maxBytes` (an error body is worth reading in part). The reader is
 * cancelled whenever reading stops early, so a body that never ends does not hold the socket.
 */
export async function readBodyText(response: Response, deadline: Deadline, maxBytes: number, keep: 'nothing' | 'head'): Promise<BodyText> {
  const limit = maxBytes > 0 ? maxBytes : Infinity;
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (keep === 'nothing' && declared > limit) {
    discardBody(response);
    return { text: '', tooLarge: true };
  }
  // Not a stream (a hand-made stand-in for Response): read it whole, still within the deadline.
  if (response.body === undefined) {
    const text = await deadline.race(Promise.resolve(response.text()));
    const tooLarge = new TextEncoder().encode(text).byteLength > limit;
    return { text: tooLarge && keep === 'nothing' ? '' : text, tooLarge };
  }
  if (response.body === null) return { text: '', tooLarge: false };

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  let ended = false;
  try {
    for (;;) {
      const chunk = await deadline.race(reader.read());
      if (chunk.done) {
        ended = true;
        break;
      }
      const bytes = chunk.value;
      size += bytes.byteLength;
      if (size > limit) {
        if (keep === 'head') text += decoder.decode(bytes.subarray(0, bytes.byteLength - (size - limit)));
        return { text: keep === 'head' ? text : '', tooLarge: true };
      }
      text += decoder.decode(bytes, { stream: true });
    }
    return { text: text + decoder.decode(), tooLarge: false };
  } finally {
    if (!ended) reader.cancel().catch(ignore);
  }
}
