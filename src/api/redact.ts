/**
 * Keeps secrets out of errors. Every string an error carries (its message, the server's words,
 * a URL, an underlying error's message and stack) goes through a redactor first, because a
 * server or a fetch implementation may echo the URL or the key back.
 */

/** Replaces every secret in a string. */
export type Redactor = (text: string) => string;

/** The text that stands in for a secret. */
export const REDACTED = '[redacted]';

// Header names whose values are credentials and so are redacted as well as the API key.
const SECRET_HEADER = /auth|key|token|secret|cookie|session/i;

/** The secrets of a client: the API key and the values of credential-like extra headers. */
export function secretsOf(apiKey: string | undefined, headers: Record<string, string> = {}): string[] {
  const values = Object.entries(headers)
    .filter(([name]) => SECRET_HEADER.test(name))
    .map(([, value]) => value);
  return [apiKey, ...values].filter((value): value is string => typeof value === 'string' && value !== '');
}

/** A redactor of the given secrets, in their raw and URL-encoded forms. */
export function createRedactor(secrets: readonly string[]): Redactor {
  const forms = new Set<string>();
  for (const secret of secrets) {
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    // URLSearchParams encodes spaces as '+', unlike encodeURIComponent.
    forms.add(new URLSearchParams({ k: secret }).toString().slice(2));
  }
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...forms].filter((form) => form !== '').sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((out, form) => out.split(form).join(REDACTED), text);
}

/** A URL without its `k` query parameter (the documented place of the API key). */
export function stripKey(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  params.delete('k');
  const rest = params.toString();
  return rest === '' ? url.slice(0, at) : `${url.slice(0, at)}?${rest}`;
}

/**
 * A copy of an underlying error (and its cause chain) with every string redacted, so it can be
 * kept as `cause` without carrying a key that the original's message or stack might hold.
 */
export function sanitizeError(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (!(value instanceof Error)) {
    return value === undefined || value === null || typeof value === 'object' ? undefined : redact(String(value));
  }
  const copy = new Error(redact(value.message));
  copy.name = value.name;
  copy.stack = value.stack === undefined ? undefined : redact(value.stack);
  // Node's network errors say why in `code` (ECONNREFUSED, UND_ERR_SOCKET); worth keeping.
  const code: unknown = (value as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code: redact(code) });
  if (value.cause !== undefined && depth < 4) copy.cause = sanitizeError(value.cause, redact, depth + 1);
  return copy;
}
