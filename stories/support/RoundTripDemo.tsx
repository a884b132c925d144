import { useId, useMemo, useState } from 'react';
import { describeQuery, parseQuery, serializeQuery } from '../../src/core';
import type { Query, QueryIssue, WhereNode } from '../../src/core';

/** Props of the round-trip demo. */
export interface RoundTripDemoProps {
  /** The JSON text the textarea starts with. */
  initialText: string;
}

function outline(node: Query | WhereNode, depth: number, out: string[]): string[] {
  const pad = '  '.repeat(depth);
  switch (node.kind) {
    case 'group':
    case 'where-group':
      out.push(`${pad}${node.combinator.toUpperCase()} (${node.children.length})`);
      node.children.forEach((child) => outline(child, depth + 1, out));
      break;
    case 'where-condition':
      out.push(`${pad}where ${node.property} · ${node.condition.kind}`);
      break;
    case 'raw':
      out.push(`${pad}raw JSON`);
      break;
    default:
      out.push(`${pad}${node.kind} clause`);
      if ('where' in node && node.where) outline(node.where, depth + 1, out);
  }
  return out;
}

/** Paste Cohort API JSON; see the AST outline, the summary, the issues and the JSON written back. */
export function RoundTripDemo({ initialText }: RoundTripDemoProps) {
  const [text, setText] = useState(initialText);
  const id = useId();
  const result = useMemo(() => {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      return { jsonError: `Not valid JSON: ${(error as Error).message}` };
    }
    const { query, issues } = parseQuery(input);
    const output = query ? serializeQuery(query) : undefined;
    const identical = output !== undefined && JSON.stringify(output) === JSON.stringify(input);
    return { query, issues, output, identical };
  }, [text]);

  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 900 }}>
      <label htmlFor={`${id}-in`}>Cohort API JSON</label>
      <textarea id={`${id}-in`} rows={10} value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} style={{ fontFamily: 'monospace' }} />
      {'jsonError' in result ? (
        <p role="alert">{result.jsonError}</p>
      ) : (
        <>
          <section aria-label="Summary">
            <h3>Summary</h3>
            <p>{result.query ? describeQuery(result.query) : 'No query.'}</p>
          </section>
          <section aria-label="AST outline">
            <h3>AST</h3>
            <pre>{result.query ? outline(result.query, 0, []).join('\n') : '—'}</pre>
          </section>
          <IssueList issues={result.issues ?? []} />
          <section aria-label="Serialized JSON">
            <h3>Serialized JSON</h3>
            <p role="status" aria-label="Round trip">{result.identical ? 'Round trip: identical to the input' : 'Round trip: differs from the input'}</p>
            <pre>{result.output ? JSON.stringify(result.output, null, 2) : '—'}</pre>
          </section>
        </>
      )}
    </div>
  );
}

function IssueList({ issues }: { issues: QueryIssue[] }) {
  return (
    <section aria-label="Issues">
      <h3>Issues ({issues.length})</h3>
      <ul>
        {issues.map((issue, index) => (
          <li key={index} data-severity={issue.severity}>
            {issue.severity}: {issue.message} <code>{JSON.stringify(issue.path)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
