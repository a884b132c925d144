/**
 * Keeps secrets out of errors. Every string an error carries (its message, the server's words,
 * a URL, an underlying error's message and stack) goes through a redactor first, because a
 * server or a fetch implementation may echo the URL or the key back, in whatever encoding it
 * writes: percent-encoded (UTF-8 or Latin-1, either case, `+` for space, `%uXXXX`), HTML-escaped
 * (named, decimal, hex), JSON- or JS-escaped (`\uXXXX`, `\/`, `\xXX`), each character in any of
 * them, and one encoding inside another (`%252F`, `&amp;#47;`, `\\u002F`, `\u0025\u0032\u0046`).
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
  return [...new Set([apiKey, ...values, ...credentialsOf(baseUrl)])].filter((value): value is string => typeof value === 'string' && value !== '');
}

// `user:pass@` in a URL: the pair and the password (a user alone, `token@`, is the secret), as
// written and decoded. A user name beside a password is not secret, and redacting a short one
// would mangle every word that holds it.
function credentialsOf(url: string | undefined): string[] {
  const match = url === undefined ? null : /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i.exec(url);
  if (!match?.[1]) return [];
  const userinfo = match[1];
  const colon = userinfo.indexOf(':');
  const parts = colon < 0 ? [userinfo] : [userinfo, userinfo.slice(colon + 1)];
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
 * One character of an encoding, any of `chars` (two for a hex digit or `x` in either case); or
 * `zeros`, any number of `0` (leading zeros of a character reference). In a second encoding each
 * of them may be encoded in turn, so matching works character by character.
 */
type Atom = readonly string[] | 'zeros';

const chars = (value: string, fold = false): Atom[] =>
  [...value].map((char) => (fold && char.toLowerCase() !== char.toUpperCase() ? [char.toLowerCase(), char.toUpperCase()] : [char]));
const hex = (value: number, width = 0): Atom[] => chars(value.toString(16).padStart(width, '0'), true);

/** Every single encoding of one character (a code point), the character itself first. */
function encodingsOf(char: string): Atom[][] {
  const point = char.codePointAt(0) ?? 0;
  const units = Array.from({ length: char.length }, (_, index) => char.charCodeAt(index));
  const bytes = [...new TextEncoder().encode(char)];
  // Leading zeros are matched greedily, which is right for every number but 0 itself.
  const zeros: Atom[] = point === 0 ? [] : ['zeros'];
  const forms: Atom[][] = [
    [[char]],
    bytes.flatMap((byte) => [...chars('%'), ...hex(byte, 2)]),
    units.flatMap((unit) => [...chars('%u', true), ...hex(unit, 4)]),
    [...chars('&#'), ...zeros, ...chars(String(point)), ...chars(';')],
    [...chars('&#x', true), ...zeros, ...hex(point), ...chars(';')],
    ...(NAMED[char] ?? []).map((name) => chars(`&${name};`)),
    units.flatMap((unit) => [...chars('\\u'), ...hex(unit, 4)]),
    [...chars('\\u{'), ...zeros, ...hex(point), ...chars('}')],
  ];
  if (point < 0x100) forms.push([...chars('\\'), ...chars('x', true), ...hex(point, 2)]);
  // Latin-1 percent-encoding (`escape()`, ISO-8859-1 forms): é is %E9, not %C3%A9.
  if (point >= 0x80 && point < 0x100) forms.push([...chars('%'), ...hex(point, 2)]);
  const short = SHORT_ESCAPES[char];
  if (short !== undefined) forms.push(chars(`\\${short}`));
  if (char === ' ') forms.push(chars('+'));
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
  // Each form with the characters it can start with: as written (`plain`), and once each of its
  // characters may be encoded in turn (`encoded`: also the punctuation that starts an encoding).
  const forms = new Map<string, { atoms: Atom[]; plain: string; encoded: string }[]>();
  const formsOf = (char: string) => {
    let list = forms.get(char);
    if (list === undefined) {
      list = encodingsOf(char).map((atoms) => {
        const head = atoms[0] === 'zeros' ? ['0'] : (atoms[0] ?? []);
        const plain = head.map((alternative) => alternative.charAt(0)).join('');
        return { atoms, plain, encoded: `${plain}%&\\${head.includes(' ') ? '+' : ''}` };
      });
      forms.set(char, list);
    }
    return list;
  };
  const NONE: readonly number[] = [];
  const add = (list: number[] | undefined, end: number): number[] => {
    if (list === undefined) return [end];
    if (!list.includes(end)) list.push(end);
    return list;
  };

  // One pass over `source`: the secrets' encodings found, each replaced by `marker`.
  const replace = (source: string, marker: string): { text: string; found: boolean } => {
    // Where the character itself or a single encoding of it, starting at `at`, ends. Each form
    // matches in at most one way (leading zeros are taken greedily: a number never starts with 0).
    const single = (char: string, at: number): readonly number[] => {
      const first = source.charAt(at);
      let out: number[] | undefined;
      for (const { atoms, plain } of formsOf(char)) {
        if (!plain.includes(first)) continue;
        let position = at;
        for (const atom of atoms) {
          if (atom === 'zeros') {
            while (source.charCodeAt(position) === 48) position++;
            continue;
          }
          const alternative = atom.find((candidate) => source.startsWith(candidate, position));
          if (alternative === undefined) {
            position = -1;
            break;
          }
          position += alternative.length;
        }
        if (position >= 0) out = add(out, position);
      }
      return out ?? NONE;
    };
    // Where an encoding of `char` starting at `at` ends, each of its characters written itself or
    // encoded once more (`%252F`, `&amp;#47;`, `\u0025\u0032\u0046`).
    const double = (char: string, at: number): readonly number[] => {
      const first = source.charAt(at);
      let out: number[] | undefined;
      for (const { atoms, encoded } of formsOf(char)) {
        if (!encoded.includes(first)) continue;
        let positions: readonly number[] = [at];
        for (const atom of atoms) {
          let next: number[] | undefined;
          for (const position of positions) {
            if (atom === 'zeros') {
              let end = position;
              for (let step = single('0', end); step.length > 0; step = single('0', end)) end = step[0] ?? end;
              next = add(next, end);
            } else {
              for (const alternative of atom) for (const end of single(alternative, position)) next = add(next, end);
            }
          }
          positions = next ?? NONE;
          if (positions.length === 0) break;
        }
        for (const end of positions) out = add(out, end);
      }
      return out ?? NONE;
    };
    // The end of the longest secret encoded at `start`, or -1.
    const matchAt = (start: number): number => {
      for (const secret of ordered) {
        // Most positions start no encoding of a secret: that is settled without allocating.
        let positions = double(secret[0] ?? '', start);
        for (let index = 1; index < secret.length && positions.length > 0; index++) {
          let next: number[] | undefined;
          for (const position of positions) for (const end of double(secret[index] ?? '', position)) next = add(next, end);
          positions = next ?? NONE;
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
