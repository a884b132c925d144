// @vitest-environment node
import fc from 'fast-check';
import { createRedactor, REDACTED, sanitizeError, secretsOf, stripKey } from '../../src/api/redact';
import { ENCODINGS, formsOf, leaks, SINGLE_ENCODINGS } from './support/encodings';

// Characters a key may hold, chosen to need escaping in every scheme (and letters of the marker).
const KEY_CHARS = [...'abcdertxAFZ049', ...' /+=&?%#;<>"\'\\\n\t{}[].-_~:@', 'é', '€', '😀', '\u2028'];
const keyArb = fc.array(fc.constantFrom(...KEY_CHARS), { minLength: 1, maxLength: 24 }).map((chars) => chars.join(''));
const textArb = fc.string({ maxLength: 24 });
const encodingArb = fc.constantFrom(...ENCODINGS);

const KEY = 'sk Fault/Key+42=&?é😀<">\\x';

describe('createRedactor: every encoding of the key', () => {
  it(`given the key in each of ${ENCODINGS.length} encodings (one inside another too), then it is replaced and the words around it stay`, () => {
    const redact = createRedactor([KEY]);
    const missed = ENCODINGS.filter((encoding) => redact(`before ${encoding.encode(KEY)} after`) !== `before ${REDACTED} after`);
    expect(missed.map((encoding) => encoding.name)).toEqual([]);
  });

  it('given random keys in random encodings (one inside another too) amid random text, then no encoding of the key is left', () => {
    fc.assert(
      fc.property(keyArb, encodingArb, textArb, textArb, (key, encoding, before, after) => {
        const out = createRedactor([key])(`${before}${encoding.encode(key)}${after}`);
        expect(leaks(key, [out])).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
  });

  it('given several echoes of two secrets in different encodings, then none of either is left', () => {
    fc.assert(
      fc.property(keyArb, keyArb, fc.array(fc.tuple(fc.boolean(), encodingArb, textArb), { minLength: 1, maxLength: 4 }), (key, token, parts) => {
        const text = parts.map(([which, encoding, filler]) => `${filler}${encoding.encode(which ? key : token)}`).join('');
        const out = createRedactor([key, token])(text);
        expect([...leaks(key, [out]), ...leaks(token, [out])]).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('given text that shares no character with the key and no escape punctuation, then it is left as it is', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'ghijklmnopqsuvwyz1235678,!()'), maxLength: 60 });
    fc.assert(
      fc.property(keyArb, plain, (key, text) => {
        expect(createRedactor([key])(text)).toBe(text);
      }),
      { numRuns: 1_000 },
    );
  });

  it('given a key so short that the marker spells it next to the text, then the key still does not come back', () => {
    // "[redacted]" holds a "d" and an "e": marking the "d" alone would leave the key in the marker.
    for (const key of ['d', 'e]', 'ted', '[']) {
      const out = createRedactor([key])(`a ${key} b ${encodeURIComponent(key)} c`);
      expect(leaks(key, [out])).toEqual([]);
    }
  });

  it('given no secrets, then text passes through', () => {
    expect(createRedactor([])('k=abc %2F')).toBe('k=abc %2F');
    expect(createRedactor(['', ''])('k=abc')).toBe('k=abc');
  });

  it('covers the encodings servers really use, each on its own', () => {
    // A guard on the test list itself: if an encoder here stopped encoding, the table above would prove little.
    const distinct = new Set(SINGLE_ENCODINGS.map((encoding) => encoding.encode(KEY)));
    expect(distinct.size).toBeGreaterThanOrEqual(SINGLE_ENCODINGS.length - 2);
    expect(formsOf(KEY).length).toBeGreaterThan(150);
  });
});

describe('secretsOf, stripKey and sanitizeError', () => {
  it('given credential headers and URL credentials, then each is a secret, a bearer token also on its own', () => {
    const secrets = secretsOf('the-key', { authorization: 'Bearer tok-123456', 'x-csrf-token': 'csrf', accept: 'application/json' }, 'https://ann:p%40ss@api.test/cohorts');
    expect(secrets).toEqual(expect.arrayContaining(['the-key', 'Bearer tok-123456', 'tok-123456', 'csrf', 'ann:p%40ss', 'p%40ss', 'p@ss']));
    expect(secrets).not.toContain('application/json');
    expect(secretsOf(undefined, {}, 'https://ghp_token99@api.test')).toEqual(['ghp_token99']);
  });

  it('given a URL with the key and credentials, then both are gone and other parameters stay', () => {
    expect(stripKey('https://ann:secret@api.test/v2/cohorts?include-child-workspaces=true&k=KEY')).toBe(
      `https://${REDACTED}@api.test/v2/cohorts?include-child-workspaces=true`,
    );
    expect(stripKey('/cohorts-api/v2/cohorts?k=KEY')).toBe('/cohorts-api/v2/cohorts');
  });

  it('given an error chain quoting the key in encodings, then the copy carries none of them', () => {
    const inner = Object.assign(new Error(`socket to ?k=${encodeURIComponent(KEY)} closed`), { code: 'ECONNRESET' });
    const html = SINGLE_ENCODINGS.find((encoding) => encoding.name === 'HTML escaping')!;
    const outer = new Error(`fetch failed for &quot;${html.encode(KEY)}&quot;`, { cause: inner });
    const copy = sanitizeError(outer, createRedactor([KEY])) as Error;
    expect((copy.cause as Error & { code: string }).code).toBe('ECONNRESET');
    expect(leaks(KEY, [copy.message, copy.stack ?? '', (copy.cause as Error).message, (copy.cause as Error).stack ?? ''])).toEqual([]);
  });
});
