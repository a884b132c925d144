/**
 * Reads the Cohorts API's error envelope, in any of its three spellings, into one shape. Written by
 * hand rather than with a zod schema: the reading is lenient (a wrongly typed field reads as absent,
 * nothing fails), which needs `z.catch` on every field, and `z.catch` alone pulls about 4 kB gz of
 * zod's error machinery into every bundle that imports the client.
 */

/** What an error envelope says; every field is absent when the envelope does not say it. */
export interface EnvelopeFields {
  /** Numeric HTTP status from `status_code`, `status.code` or a numeric `status`. */
  status?: number;
  /** Status text from a string `status` (`"Bad Request"`). */
  statusText?: string;
  code?: number;
  type?: string;
  message?: string;
  requestId?: string;
  cause?: string;
  docs?: string;
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

// A plain object (not an array, not null), or undefined.
function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value !== 'string' || value.trim() === '' ? undefined : value;
}

/**
 * Reads an error body:
 * `{"request_id", "error": {"type", "status_code": 400, "status": "Bad Request", "code", "message", "docs"}}`,
 * `{"request_id", "error": {"status": "Unauthorized", "code", "message", "cause", "docs"}}` or
 * `{"requestId", "error": {"status": {"code": 400}, "code", "message", "cause"}}`.
 * Anything else (not JSON, not an object, a proxy's flat `{message}`) yields what it can, never throws.
 */
export function readErrorEnvelope(body: unknown): EnvelopeFields {
  const envelope = record(body);
  if (!envelope) return {};
  const error = record(envelope.error) ?? {};
  const status = error.status;
  const statusObject = record(status);
  const fields: EnvelopeFields = {
    status: toInteger(error.status_code) ?? toInteger(error.statusCode) ?? (statusObject ? toInteger(statusObject.code) : toInteger(status)),
    statusText: typeof status === 'string' && !/^\d+$/.test(status.trim()) ? nonEmpty(status) : undefined,
    code: toInteger(error.code),
    type: nonEmpty(error.type),
    message: nonEmpty(error.message) ?? nonEmpty(envelope.message),
    requestId: nonEmpty(envelope.request_id) ?? nonEmpty(envelope.requestId),
    cause: nonEmpty(error.cause),
    docs: nonEmpty(error.docs),
  };
  // Absent fields are left out rather than set to undefined, so results compare cleanly.
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as EnvelopeFields;
}
