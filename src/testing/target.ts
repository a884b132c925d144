/**
 * Reads an HTTP request target (RFC 9112 §3.2) into a path and query, or says why it cannot. Pure,
 * so it is tested without a socket; node:http hands over whatever its parser let through
 * (`http://[::1`, `*`, `/%zz`), and `new URL` on that throws.
 */

/** A target read into its parts, or the sentence that refuses it. */
export type ReadTarget = { path: string; query: URLSearchParams } | { error: string };

// A `%` not followed by two hex digits: decodeURIComponent would throw on it, and so would a router.
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

/**
 * The path and query of a request target: origin-form (`/v2/cohorts?k=…`) or absolute-form
 * (`http://host/v2/cohorts`, which servers must accept); `*` only with OPTIONS.
 */
export function readTarget(method: string, target: string): ReadTarget {
  if (target === '*') {
    return method === 'OPTIONS' ? { path: '*', query: new URLSearchParams() } : { error: `The request target * is only for OPTIONS, not ${method}.` };
  }
  let pathAndQuery: string;
  if (target.startsWith('/')) pathAndQuery = target;
  else if (/^https?:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return { error: 'The request target is not a valid URL.' };
    }
    pathAndQuery = `${url.pathname}${url.search}`;
  } else return { error: 'The request target must be a path (/v2/cohorts) or an http(s) URL.' };
  // A raw client may send a fragment; a browser never does, and it means nothing to a server.
  const hash = pathAndQuery.indexOf('#');
  if (hash !== -1) pathAndQuery = pathAndQuery.slice(0, hash);
  if (BAD_ESCAPE.test(pathAndQuery)) return { error: 'The request target has a % that is not followed by two hex digits.' };
  const at = pathAndQuery.indexOf('?');
  const path = at === -1 ? pathAndQuery : pathAndQuery.slice(0, at);
  const search = at === -1 ? '' : pathAndQuery.slice(at + 1);
  return { path, query: new URLSearchParams(search) };
}
