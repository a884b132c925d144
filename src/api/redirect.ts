/**
 * Redirects, followed by hand so the key stays with its origin. `fetch` is always called with
 * `redirect: 'manual'`: in Node (undici) that yields the 3xx with its Location, which this module
 * judges; in a browser it yields an `opaqueredirect` with no Location, which cannot be judged and
 * so is never followed.
 */
import type { CohortApiOutcome } from './errors';
import type { RedirectPolicy } from './types';

/** The most redirects one call follows. */
export const MAX_REDIRECTS = 5;

/** The statuses that redirect (with a Location). */
export function isRedirectStatus(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** One request of a call: the first, or one a redirect led to. */
export interface Hop {
  url: string;
  method: string;
  /** The JSON body, already serialised. */
  body: string | undefined;
  /** False once the call has left the origin: no key and no host headers go with it. */
  keyed: boolean;
  /** True once the method became GET after a redirect: the original write may have been handled. */
  rewritten: boolean;
}

/** Why a redirect was not followed; the caller words the error. */
export interface RedirectRefusal {
  refused: string;
  outcome: CohortApiOutcome;
  /** The Location, resolved, when it was a URL. */
  target?: string;
}

/** An absolute URL of `url`, resolved against the page in a browser. */
export function absoluteUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base ?? (globalThis as { location?: { href?: string } }).location?.href);
  } catch {
    return undefined;
  }
}

/**
 * The next hop after `status` with `location`, or why it is refused. `origin` is the origin of
 * the first request (the base URL's): only there does the key go; once a call has left it, the key
 * never comes back, whatever the later Locations say.
 */
export function nextHop(
  hop: Hop,
  status: number,
  location: string,
  context: { origin: string; policy: RedirectPolicy; followed: number; keyParam: string | undefined; carriesKey: (url: string) => boolean },
): Hop | RedirectRefusal {
  // A 303 answers a request that was handled; 301, 302, 307 and 308 say "ask elsewhere".
  const outcome: CohortApiOutcome = status === 303 || hop.rewritten ? 'unknown' : 'not-applied';
  const target = absoluteUrl(location, hop.url);
  if (!target) return { refused: 'its Location is not a URL', outcome };
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return { refused: `it leads to a ${target.protocol} URL`, outcome, target: target.href };
  if (context.policy === 'error') return { refused: "the client follows no redirects (redirects: 'error')", outcome, target: target.href };
  if (context.followed >= MAX_REDIRECTS) return { refused: `the call was redirected more than ${MAX_REDIRECTS} times`, outcome, target: target.href };

  const sameOrigin = hop.keyed && target.origin === context.origin;
  if (!sameOrigin && context.policy !== 'follow-without-key') {
    return {
      refused: "it leads to another origin, where the API key is not sent (redirects: 'same-origin'; 'follow-without-key' would follow it without the key)",
      outcome,
      target: target.href,
    };
  }
  // Wherever the Location says, `k` is the client's to set: the key's origin gets it, others never.
  if (target.searchParams.has('k')) target.searchParams.delete('k');
  if (!sameOrigin && context.carriesKey(target.href)) {
    return { refused: 'it leads to another origin and its Location carries the API key', outcome, target: target.href };
  }
  if (sameOrigin && context.keyParam !== undefined) target.searchParams.set('k', context.keyParam);

  // As fetch does: 303 turns anything but GET/HEAD into a GET, and 301/302 turn a POST into one.
  const toGet = status === 303 ? hop.method !== 'GET' && hop.method !== 'HEAD' : (status === 301 || status === 302) && hop.method === 'POST';
  return {
    url: target.href,
    method: toGet ? 'GET' : hop.method,
    body: toGet ? undefined : hop.body,
    keyed: sameOrigin,
    rewritten: hop.rewritten || toGet,
  };
}
