// Issue 13, item 1: the code view shows each issue at its line and column. The positions come from
// a tolerant scanner over the typed text (src/serialize/jsonPositions.ts); these tests check it
// against JSON.stringify's own output for any JSON object, and against JSON.parse's errors.
import fc from 'fast-check';
import type { JsonValue } from '../../src/query/ast';
import type { PathSegment } from '../../src/query/issues';
import { indexJsonText, scanJsonPaths, syntaxErrorPosition } from '../../src/serialize/jsonPositions';
import { parseQuery } from '../../src/serialize/parse';
import { jsonObjectArb } from '../serialize/arbitraries';

/** Every path of a JSON value, parents before children (the order JSON.stringify writes them). */
function pathsOf(value: JsonValue, path: PathSegment[] = [], out: { path: PathSegment[]; value: JsonValue }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) pathsOf(value[key]!, [...path, key], out);
  return out;
}

/** True when a value written as JSON starts at `at`: a primitive whole, a container by its bracket. */
function valueStartsAt(text: string, at: number, value: JsonValue): boolean {
  if (Array.isArray(value)) return text[at] === '[';
  if (value !== null && typeof value === 'object') return text[at] === '{';
  return text.startsWith(JSON.stringify(value), at);
}

const indentArb = fc.constantFrom<number | string>(0, 2, 4, '\t');

describe('positions of JSON paths in a typed text', () => {
  it('given any JSON object pretty-printed, then every path points at its key (a member) or its value (an element, the root), in writing order', () => {
    fc.assert(
      fc.property(jsonObjectArb, indentArb, (object, indent) => {
        const text = JSON.stringify(object, null, indent);
        const index = indexJsonText(text);
        let last = -1;
        for (const { path, value } of pathsOf(object)) {
          const offset = index.offsetOf(path);
          expect(offset, JSON.stringify(path)).toBeDefined();
          expect(offset!).toBeGreaterThan(last);
          last = offset!;
          const segment = path[path.length - 1];
          if (typeof segment === 'string') {
            const key = JSON.stringify(segment);
            expect(text.startsWith(key, offset!)).toBe(true);
            // The member's value follows its key and colon.
            const after = /^\s*:\s*/.exec(text.slice(offset! + key.length))![0].length;
            expect(valueStartsAt(text, offset! + key.length + after, value)).toBe(true);
          } else {
            expect(valueStartsAt(text, offset!, value)).toBe(true);
          }
          // Line and column say the same place as the offset.
          const position = index.positionOf(path);
          const before = text.slice(0, offset);
          expect(position.line).toBe(before.split('\n').length);
          expect(position.column).toBe(offset! - (before.lastIndexOf('\n') + 1) + 1);
        }
      }),
    );
  });

  it('given any text at all, when it is scanned, then nothing throws and every position lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', ' ', '\n', 'a', '1', 't') }), fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.nat(3))), (text, path) => {
        scanJsonPaths(text);
        const position = indexJsonText(text).positionOf(path);
        expect(position.offset).toBeGreaterThanOrEqual(0);
        expect(position.offset).toBeLessThanOrEqual(text.length);
        expect(position.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('given a query with an error typed by a person, then the issue is placed at its clause\'s line and column', () => {
    const text = '{\n  "and": [\n    {"or": [{"event": "Pageview"}]},\n    { "or": [\n      {"event": "", "frequency": {"greater_than_or_equal_to": 1}}\n    ]}\n  ]\n}';
    const { issues } = parseQuery(JSON.parse(text));
    const missing = issues.find((issue) => issue.code === 'missing-event')!;
    expect(missing.path).toEqual(['and', 1, 'or', 0, 'event']);
    expect(indexJsonText(text).positionOf(missing.path)).toMatchObject({ line: 5, column: 8 });
  });

  it('given a path the text does not hold (a field left out), then the nearest ancestor it holds is given', () => {
    const text = '{\n  "or": [\n    {"frequency": {"equal_to": 1}}\n  ]\n}';
    expect(indexJsonText(text).positionOf(['or', 0, 'event'])).toMatchObject({ line: 3, column: 5 });
  });

  it('given duplicate keys, then the last one is the member, as JSON.parse reads it', () => {
    const text = '{"a": 1,\n "a": 2}';
    expect(indexJsonText(text).positionOf(['a'])).toMatchObject({ line: 2, column: 2 });
  });
});

describe('where JSON.parse stopped', () => {
  const failure = (text: string) => {
    try {
      JSON.parse(text);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the text is JSON');
  };

  it('given a missing comma on line 3, then the engine\'s message gives line 3', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    expect(syntaxErrorPosition(text, failure(text))).toMatchObject({ line: 3, column: 3 });
  });

  it('given a text that ends too early, then the position is its end', () => {
    const text = '{\n  "and": [';
    expect(syntaxErrorPosition(text, failure(text))).toMatchObject({ line: 2, offset: text.length });
  });

  it('given the forms other engines write, then they are read too', () => {
    const text = 'ab\ncdef\ng';
    expect(syntaxErrorPosition(text, 'JSON.parse: unexpected character at line 2 column 3 of the JSON data')).toEqual({ line: 2, column: 3, offset: 5 });
    expect(syntaxErrorPosition(text, 'Unexpected token in JSON at position 8 (line 3 column 1)')).toEqual({ line: 3, column: 1, offset: 8 });
    expect(syntaxErrorPosition(text, 'Something else')).toBeUndefined();
  });
});
