// How the SSR tests report what React said on the console: React 18 passes a format string with
// `%s` placeholders and a component stack as arguments, React 19 a finished message.

/** A console call as one line: the message with its `%s` filled in, and the first component of its stack. */
export function consoleLine(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  const values = [...rest];
  const message = typeof first === 'string' ? first.replace(/%[sdoi]/g, () => (values.length > 0 ? String(values.shift()) : '')) : String(first);
  const text = [message, ...values.map(String)].join(' ');
  const at = /\n\s*(?:at|in) (\S+)/.exec(text)?.[1];
  return `${text.split('\n')[0]!.trim().slice(0, 240)}${at ? ` (at ${at})` : ''}`;
}

/** The lines of React 19's hydration-mismatch diff (marked `+` and `-`), which say what differed. */
export function mismatchDiff(args: readonly unknown[]): string[] {
  return args
    .map(String)
    .join(' ')
    .split('\n')
    .filter((line) => /^\s*[+-] /.test(line))
    .slice(0, 12);
}
