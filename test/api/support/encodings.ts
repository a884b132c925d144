/**
 * The ways a server writes a string it echoes, written independently of src/api/redact.ts so the
 * tests do not check the redactor against itself.
 */

const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const units = (text: string) => Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));
const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

/** One encoding: its name and what it does. */
export interface Encoding {
  name: string;
  encode: (text: string) => string;
}

const lowerPercent = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
const htmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Single encodings servers really produce. */
export const SINGLE_ENCODINGS: readonly Encoding[] = [
  { name: 'as is', encode: (text) => text },
  { name: 'encodeURIComponent', encode: encodeURIComponent },
  { name: 'encodeURIComponent, lower-case hex', encode: (text) => lowerPercent(encodeURIComponent(text)) },
  { name: 'encodeURI', encode: encodeURI },
  { name: 'form (URLSearchParams, + for space)', encode: (text) => new URLSearchParams({ k: text }).toString().slice(2) },
  { name: 'every byte, upper-case hex', encode: (text) => utf8(text).map((byte) => `%${hex(byte, 2).toUpperCase()}`).join('') },
  { name: 'every byte, lower-case hex', encode: (text) => utf8(text).map((byte) => `%${hex(byte, 2)}`).join('') },
  { name: 'escape() (%uXXXX)', encode: (text) => units(text).map((unit) => (unit < 0x100 ? `%${hex(unit, 2).toUpperCase()}` : `%u${hex(unit, 4).toUpperCase()}`)).join('') },
  { name: 'HTML escaping', encode: htmlEscape },
  { name: 'HTML decimal references', encode: (text) => [...text].map((char) => `&#${char.codePointAt(0)};`).join('') },
  { name: 'HTML hex references', encode: (text) => [...text].map((char) => `&#x${hex(char.codePointAt(0) ?? 0, 0).toUpperCase()};`).join('') },
  { name: 'HTML padded hex references', encode: (text) => [...text].map((char) => `&#X${hex(char.codePointAt(0) ?? 0, 6)};`).join('') },
  { name: 'JSON string', encode: (text) => JSON.stringify(text).slice(1, -1) },
  { name: 'JSON string with \\/', encode: (text) => JSON.stringify(text).slice(1, -1).replace(/\//g, '\\/') },
  { name: 'JSON, Go style (\\u003c \\u003e \\u0026)', encode: (text) => JSON.stringify(text).slice(1, -1).replace(/[<>&]/g, (char) => `\\u${hex(char.charCodeAt(0), 4)}`) },
  { name: 'JSON, every unit \\uXXXX', encode: (text) => units(text).map((unit) => `\\u${hex(unit, 4)}`).join('') },
  { name: 'JSON, every unit \\uXXXX upper-case', encode: (text) => units(text).map((unit) => `\\u${hex(unit, 4).toUpperCase()}`).join('') },
];

/** Every single encoding, and every one inside another (a percent-encoded URL in HTML, JSON in JSON, ...). */
export const ENCODINGS: readonly Encoding[] = [
  ...SINGLE_ENCODINGS,
  ...SINGLE_ENCODINGS.slice(1).flatMap((outer) =>
    SINGLE_ENCODINGS.slice(1).map((inner) => ({ name: `${outer.name} of ${inner.name}`, encode: (text: string) => outer.encode(inner.encode(text)) })),
  ),
];

/** Every encoding of `secret` (deduplicated), for checking that none is present. */
export function formsOf(secret: string): string[] {
  return [...new Set(ENCODINGS.map((encoding) => encoding.encode(secret)))];
}

/** The texts among `texts` that hold some encoding of `secret`, with the encoding found. */
export function leaks(secret: string, texts: readonly string[]): string[] {
  const forms = formsOf(secret);
  return texts.flatMap((text) => forms.filter((form) => text.includes(form)).map((form) => `${JSON.stringify(form)} in ${JSON.stringify(text.slice(0, 300))}`));
}
