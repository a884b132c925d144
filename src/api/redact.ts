/**
 * Keeps secrets out of errors. Every string an error carries (its message, the server's words,
 * a URL, an underlying error's message and stack) goes through a redactor first, because a
 * server or a fetch implementation may echo the URL or the key back, in whatever encoding it
 * writes: percent-encoded (either case, `+` for space, `%uXXXX`), HTML-escaped (named, decimal,
 * hex), JSON- or JS-escaped (`\uXXXX`, `\/`, `\xXX`), each character in any of them, and one
 * encoding inside another (`%252F`, `&amp;#47;`, `\\u002F`).
 */

/** Replaces every secret in a string. */
export type Redactor = (text: string) => string;

/** The text that stands in for a secret. */
export const REDACTED = '[redacted]';

// Header names whose values are credentials and so are redacted as well as the API key.
const SECRET_HEADER = /auth|key|token|secret|cookie|session/i;

/** The secrets of a client: the API key, URL credentials and the values of credential-like extra headers. */
export function secretsOf(apiKey: string | undefined, headers: Record<string, string> = {}, baseUrl?: string): string[] {
  const values = Object.entries(headers)
    .filter(([name]) => SECRET_HEADER.test(name))
    // `Bearer abc…` is redacted whole, and its token alone too, since a server may echo only that.
    .flatMap(([, value]) => (typeof value === 'string' ? [value, value.trim().split(/\s+/).at(-1) ?? ''] : []));
  return [apiKey, ...values, ...credentialsOf(baseUrl)].filter((value): value is string => typeof value === 'string' && value !== '');
}

// `user:pass@` in a URL: both halves, as written and decoded.
function credentialsOf(url: string | undefined): string[] {
  const match = url === undefined ? null : /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url);
  if (!match?.[1]) return [];
  const userinfo = match[1];
  const parts = [userinfo, ...userinfo.split(':')];
  return parts.flatMap((part) => {
    try {
      return [part, decodeURIComponent(part)];
    } catch {
      return [part];
    }
  });
}

// HTML5 names of the ASCII characters a server might escape by name.
const NAMED: Record<string, readonly string[]> = {
  '&': ['amp', 'AMP'], '<': ['lt', 'LT'], '>': ['gt', 'GT'], '"': ['quot', 'QUOT'], "'": ['apos'],
  '/': ['sol'], '+': ['plus'], '=': ['equals'], '?': ['quest'], '%': ['percnt'], '#': ['num'],
  '!': ['excl'], $: ['dollar'], '(': ['lpar'], ')': ['rpar'], '*': ['ast', 'midast'], ',': ['comma'],
  '.': ['period'], ':': ['colon'], ';': ['semi'], '@': ['commat'], '[': ['lsqb', 'lbrack'],
  '\\': ['bsol'], ']': ['rsqb', 'rbrack'], '^': ['Hat'], _: ['lowbar', 'UnderBar'], '`': ['grave', 'DiacriticalGrave'],
  '{': ['lcub', 'lbrace'], '|': ['verbar', 'vert', 'VerticalLine'], '}': ['rcub', 'rbrace'], '\t': ['Tab'], '\n': ['NewLine'],
};
// JSON's (and JS's) one-letter escapes.
const SHORT_ESCAPES: Record<string, string> = { '/': '/', '"': '"', "'": "'", '\\': '\\', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't' };

/**
 * One piece of an encoding: punctuation of the encoding itself (`%`, `&`, `#`, `;`, `\`), which a
 * second encoding may have encoded in turn; fixed text (`fold`: in either case, for hex digits
 * and `x`); or leading zeros.
 */
type Piece = { meta: string } | { text: string; fold: boolean } | { zeros: true };

const meta = (char: string): Piece => ({ meta: char });
const text = (value: string, fold = false): Piece => ({ text: fold ? value.toLowerCase() : value, fold });
const hex = (value: number, width = 0): Piece => text(value.toString(16).padStart(width, '0'), true);
const ZEROS: Piece = { zeros: true };
// The characters an encoding can start with, besides the character it encodes.
const INTRODUCERS = '%&\\+';

/** Every single encoding of one character (a code point), as pieces; the character itself comes first. */
function encodingsOf(char: string): Piece[][] {
  const point = char.codePointAt(0) ?? 0;
  const units = Array.from({ length: char.length }, (_, index) => char.charCodeAt(index));
  const bytes = [...new TextEncoder().encode(char)];
  const forms: Piece[][] = [
    [text(char)],
    bytes.flatMap((byte) => [meta('%'), hex(byte, 2)]),
    units.flatMap((unit) => [meta('%'), text('u', true), hex(unit, 4)]),
    [meta('&'), meta('#'), ZEROS, text(String(point)), meta(';')],
    [meta('&'), meta('#'), text('x', true), ZEROS, hex(point), meta(';')],
    ...(NAMED[char] ?? []).map((name) => [meta('&'), text(name), meta(';')]),
    units.flatMap((unit) => [meta('\\'), text('u'), hex(unit, 4)]),
    [meta('\\'), text('u{'), ZEROS, hex(point), text('}')],
  ];
  if (point < 0x100) forms.push([meta('\\'), text('x', true), hex(point, 2)]);
  const short = SHORT_ESCAPES[char];
  if (short !== undefined) forms.push([meta('\\'), text(short)]);
  if (char === ' ') forms.push([meta('+')]);
  return forms;
}

/**
 * A redactor of the given secrets, in every encoding a server may echo (see the module comment).
 * It matches by hand rather than with one regular expression: the expression for a 50-character
 * key in all these encodings is tens of kilobytes and takes V8 half a second to compile.
 */
export function createRedactor(secrets: readonly string[]): Redactor {
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...new Set(secrets.filter((secret) => typeof secret === 'string' && secret !== ''))]
    .sort((a, b) => b.length - a.length)
    .map((secret) => [...secret]);
  if (ordered.length === 0) return (text) => text;
  const forms = new Map<string, Piece[][]>();
  const formsOf = (char: string) => {
    let list = forms.get(char);
    if (list === undefined) forms.set(char, (list = encodingsOf(char)));
    return list;
  };
  const ids = new Map<string, number>();
  const idOf = (char: string) => {
    let id = ids.get(char);
    if (id === undefined) ids.set(char, (id = ids.size));
    return id;
  };
  const NONE: readonly number[] = [];

  // One pass over `source`: the secrets' encodings found, each replaced by `marker`.
  const replace = (source: string, marker: string): { text: string; found: boolean } => {
    // Where an encoding of `char` starting at `at` ends, by (position, char, depth): each is worked out once.
    const memo = new Map<number, readonly number[]>();
    // Where an encoding of `char` that starts at `at` may end; `depth` 2 allows one encoding inside another.
    const ends = (char: string, at: number, depth: number): readonly number[] => {
      // Every encoding starts with the character itself or with the punctuation of an encoding.
      const first = source.charAt(at);
      if (first !== char.charAt(0) && (depth === 0 || !INTRODUCERS.includes(first) || (first === '+' && char !== ' '))) return NONE;
      if (depth === 0) return source.startsWith(char, at) ? [at + char.length] : NONE;
      const key = (at * 3 + depth) * 0x10000 + idOf(char);
      const known = memo.get(key);
      if (known !== undefined) return known;
      const out = new Set<number>();
      for (const pieces of formsOf(char)) {
        let positions: readonly number[] = [at];
        for (const piece of pieces) {
          const next = new Set<number>();
          for (const position of positions) {
            if ('meta' in piece) for (const end of ends(piece.meta, position, depth - 1)) next.add(end);
            else if ('zeros' in piece) {
              let end = position;
              next.add(end);
              while (source.charAt(end) === '0') next.add(++end);
            } else {
              const slice = source.slice(position, position + piece.text.length);
              if ((piece.fold ? slice.toLowerCase() : slice) === piece.text) next.add(position + piece.text.length);
            }
          }
          positions = [...next];
          if (positions.length === 0) break;
        }
        for (const end of positions) out.add(end);
      }
      const result = out.size === 0 ? NONE : [...out];
      memo.set(key, result);
      return result;
    };
    // The end of the longest secret encoded at `start`, or -1.
    const matchAt = (start: number): number => {
      for (const [head = '', ...rest] of ordered) {
        // Most positions start no encoding of a secret: that is settled without allocating.
        let positions = ends(head, start, 2);
        if (positions.length === 0) continue;
        for (const char of rest) {
          const next = new Set<number>();
          for (const position of positions) for (const end of ends(char, position, 2)) next.add(end);
          positions = [...next];
          if (positions.length === 0) break;
        }
        if (positions.length > 0) return Math.max(...positions);
      }
      return -1;
    };
    let out = '';
    let copied = 0;
    let found = false;
    for (let index = 0; index < source.length; index++) {
      const end = matchAt(index);
      if (end < 0) continue;
      out += source.slice(copied, index) + marker;
      copied = end;
      index = end - 1;
      found = true;
    }
    return found ? { text: out + source.slice(copied), found } : { text: source, found };
  };
  return (text) => {
    if (typeof text !== 'string') return text;
    const marked = replace(text, REDACTED);
    if (!marked.found || !replace(marked.text, REDACTED).found) return marked.text;
    // Only a secret short enough to be spelled by the marker and its neighbours gets here:
    // remove its matches until none is left (the text shrinks each time, so this ends).
    let out = marked.text;
    for (let again = replace(text, ''); again.found; again = replace(out, '')) out = again.text;
    return out;
  };
}

/** A URL without its `k` query parameter (the documented place of the API key) and without `user:pass@`. */
export function stripKey(url: string): string {
  const bare = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, `$1${REDACTED}@`);
  const at = bare.indexOf('?');
  if (at < 0) return bare;
  const hashAt = bare.indexOf('#', at);
  const query = bare.slice(at + 1, hashAt < 0 ? undefined : hashAt);
  const params = new URLSearchParams(query);
  params.delete('k');
  const rest = params.toString();
  return `${bare.slice(0, at)}${rest === '' ? '' : `?${rest}`}`;
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
  copy.name = redact(value.name);
  copy.stack = value.stack === undefined ? undefined : redact(value.stack);
  // Node's network errors say why in `code` (ECONNREFUSED, UND_ERR_SOCKET); worth keeping.
  const code: unknown = (value as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code: redact(code) });
  if (value.cause !== undefined && depth < 4) copy.cause = sanitizeError(value.cause, redact, depth + 1);
  return copy;
}
