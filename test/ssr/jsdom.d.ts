// jsdom ships no types and @types/jsdom is not installed; the render test only needs this much.
declare module 'jsdom' {
  /** A document parsed from HTML, with its own window (no globals are touched). */
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
