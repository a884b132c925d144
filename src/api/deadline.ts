/**
 * One deadline for a whole call: the caller's signal and `timeoutMs` stop every phase (computing
 * headers, waiting for the answer, reading its body), even when the code doing that phase (a
 * host's `headers` function, a custom `fetch`, a body stream) ignores the signal.
 */

/** Why a call was stopped. */
export type StopReason = 'abort' | 'timeout';

/** What a phase rejects with when the deadline stops it. */
export class Stopped extends Error {
  constructor(readonly reason: StopReason) {
    super(reason === 'timeout' ? 'The time for the call ran out.' : 'The call was aborted.');
    this.name = 'Stopped';
  }
}

/** The deadline of one call. */
export interface Deadline {
  /** Aborted once the call is stopped; handed to `fetch`. */
  readonly signal: AbortSignal;
  /** Why the call was stopped, once it has been. */
  readonly reason: StopReason | undefined;
  /**
   * Settles as `phase` does, or rejects with `Stopped` as soon as the call is stopped, whichever
   * comes first. A value that arrives too late goes to `late` (to cancel a response's body).
   */
  race<T>(phase: Promise<T>, late?: (value: T) => void): Promise<T>;
  /** Stops the timer and forgets the caller's signal; call once the call is over. */
  dispose(): void;
}

/** A deadline of `timeoutMs` (0 or Infinity: none) that also ends when `signal` aborts. */
export function createDeadline(signal: AbortSignal | undefined, timeoutMs: number): Deadline {
  const controller = new AbortController();
  let reason: StopReason | undefined;
  const stop = (why: StopReason) => {
    if (reason !== undefined) return;
    reason = why;
    controller.abort();
  };
  const onAbort = () => stop('abort');
  if (signal?.aborted) stop('abort');
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = timeoutMs > 0 && Number.isFinite(timeoutMs) ? setTimeout(() => stop('timeout'), timeoutMs) : undefined;

  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    race<T>(phase: Promise<T>, late?: (value: T) => void): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let over = false;
        const onStop = () => {
          over = true;
          reject(new Stopped(reason ?? 'abort'));
        };
        phase.then(
          (value) => {
            controller.signal.removeEventListener('abort', onStop);
            if (over) late?.(value);
            else resolve(value);
          },
          (error: unknown) => {
            // A rejection after the stop has no one to hear it; this handler keeps it from
            // becoming an unhandled rejection.
            controller.signal.removeEventListener('abort', onStop);
            if (!over) reject(error);
          },
        );
        if (controller.signal.aborted) onStop();
        else controller.signal.addEventListener('abort', onStop, { once: true });
      });
    },
    dispose() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
