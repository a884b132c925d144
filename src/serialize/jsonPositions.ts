/**
 * Where things are in a JSON text as a person typed it: the line and column of the value at a JSON
 * path (the paths issues carry), and of the place `JSON.parse` gave up. The scanner is tolerant: it
 * reads any text, JSON or not, in one pass without recursion, and finds what it can.
 */
import type { PathSegment } from '../query/issues';

/** A place in a text: 1-based line and column (UTF-16 code units, as a textarea counts) and the 0-based offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** Where each path of a JSON text starts: an object member at its key, an array element or the root at its value. */
export interface JsonPathIndex {
  /** The offset at which the path's key or value starts, or undefined when the text has no such path. */
  offsetOf(path: readonly PathSegment[]): number | undefined;
  /** The position of the path, else of its nearest ancestor the text has, else of the text's start. */
  positionOf(path: readonly PathSegment[]): TextPosition;
  /** The line and column of an offset. */
  positionAt(offset: number): TextPosition;
}

// Paths as Map keys: each segment self-delimiting (a number as `#n`, a key as its JSON string).
const segmentKey = (segment: PathSegment) => (typeof segment === 'number' ? `#${segment}` : JSON.stringify(segment));
const pathKey = (path: readonly PathSegment[]) => path.map(segmentKey).join('');

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

// Whitespace as JSON has it, and the characters that end a bare token (a number, `true`, or text
// that is no JSON): char codes, since the scan looks at every character of a text that may be long.
const isSpace = (code: number) => code === 32 || code === 9 || code === NEWLINE || code === 13;
const endsToken = (code: number) => isSpace(code) || code === 44 || code === 58 || code === 91 || code === 93 || code === 123 || code === 125 || code === QUOTE;

interface Frame {
  array: boolean;
  /** Whether this container has a current member (a key read, or an element begun). */
  member: boolean;
  /** Arrays: the index of the current element. */
  index: number;
  /** Objects: whether the next string is a key. */
  wantKey: boolean;
  /** The key of the container's own path. */
  key: string;
}

/** The offsets of every path of a JSON text; the last of duplicate keys wins, as in `JSON.parse`. */
export function scanJsonPaths(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const frames: Frame[] = [];
  let rootSeen = false;
  const top = () => frames[frames.length - 1];
  // The key of the value about to start: the root, an array element (found at its value), or an
  // object member (found at its key already).
  const valueStart = (at: number): string => {
    const frame = top();
    if (!frame) {
      if (!rootSeen) found.set('', at);
      rootSeen = true;
      return '';
    }
    if (!frame.array) return frame.member ? memberKey(frame) : frame.key;
    frame.member = true;
    const key = `${frame.key}#${frame.index}`;
    found.set(key, at);
    return key;
  };
  // The current member's key of an object frame, kept beside it.
  const memberKeys = new Map<Frame, string>();
  const memberKey = (frame: Frame) => memberKeys.get(frame) ?? frame.key;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 123 || code === 91) {
      // { or [
      const key = valueStart(i);
      frames.push({ array: code === 91, member: false, index: 0, wantKey: true, key });
      i++;
    } else if (code === 125 || code === 93) {
      // } or ]
      const frame = frames.pop();
      if (frame) memberKeys.delete(frame);
      i++;
    } else if (code === 44) {
      // ,
      const frame = top();
      if (frame) {
        frame.member = false;
        if (frame.array) frame.index++;
        else frame.wantKey = true;
      }
      i++;
    } else if (code === 58) {
      // :
      const frame = top();
      if (frame && !frame.array) frame.wantKey = false;
      i++;
    } else if (code === QUOTE) {
      const end = stringEnd(text, i);
      const frame = top();
      if (frame && !frame.array && frame.wantKey) {
        const key = `${frame.key}${JSON.stringify(decodeKey(text.slice(i, end)))}`;
        memberKeys.set(frame, key);
        frame.member = true;
        frame.wantKey = false;
        found.set(key, i);
      } else valueStart(i);
      i = end;
    } else if (isSpace(code)) {
      i++;
    } else {
      valueStart(i);
      let end = i + 1;
      while (end < text.length && !endsToken(text.charCodeAt(end))) end++;
      i = end;
    }
  }
  return found;
}

// The offset just after a string that starts at `start` (an unterminated one ends at its line's end).
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i += 2;
    else if (code === QUOTE) return i + 1;
    else if (code === NEWLINE) return i;
    else i++;
  }
  return text.length;
}

function decodeKey(quoted: string): string {
  if (quoted.indexOf('\\') < 0 && quoted.length >= 2 && quoted.charCodeAt(quoted.length - 1) === QUOTE) return quoted.slice(1, -1);
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.replace(/^"|"$/g, '');
  }
}

/** Where each line of a text starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionIn(starts: readonly number[], offset: number): TextPosition {
  // The last line that starts at or before the offset.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1, offset };
}

/** Reads a JSON text once, so the positions of many paths (every issue of a query) cost one scan. */
export function indexJsonText(text: string): JsonPathIndex {
  const found = scanJsonPaths(text);
  const starts = lineStarts(text);
  const positionAt = (offset: number) => positionIn(starts, Math.max(0, Math.min(offset, text.length)));
  const offsetOf = (path: readonly PathSegment[]) => found.get(pathKey(path));
  return {
    offsetOf,
    positionAt,
    positionOf: (path) => {
      for (let length = path.length; length >= 0; length--) {
        const offset = offsetOf(path.slice(0, length));
        if (offset !== undefined) return positionAt(offset);
      }
      return positionAt(0);
    },
  };
}

/** The line and column of the value at `path` in a JSON text (see `indexJsonText`). */
export function positionOfJsonPath(text: string, path: readonly PathSegment[]): TextPosition {
  return indexJsonText(text).positionOf(path);
}

/**
 * Where `JSON.parse` stopped, read from its error message: engines say "at position 45",
 * "(line 3 column 7)", "at line 3 column 7" or "Unexpected end of JSON input". Undefined when the
 * message says none of these.
 */
export function syntaxErrorPosition(text: string, message: string): TextPosition | undefined {
  const index = indexJsonText(text);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) {
    const starts = lineStarts(text);
    const line = Math.min(Number(lineColumn[1]), starts.length);
    return index.positionAt(starts[line - 1]! + Number(lineColumn[2]) - 1);
  }
  const position = /position (\d+)/i.exec(message);
  if (position) return index.positionAt(Number(position[1]));
  if (/end of (JSON )?input|unexpected end|unterminated/i.test(message)) return index.positionAt(text.length);
  return undefined;
}
