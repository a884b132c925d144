import { useId, useMemo, useRef, useState } from 'react';
import { useCodeDraft, type CodeIssue, type CodeProblem } from '../../hooks/useCodeDraft';
import { useIsomorphicLayoutEffect } from '../../hooks/useIsomorphicLayoutEffect';
import type { BuilderLabels } from '../builderLabels';
import { useBuilderConfig } from '../BuilderConfig';
import type { CodeMode } from './useCodeMode';

/** One entry of the issue list: where it is (when known), and what it says. */
interface Entry {
  key: string;
  offset?: number;
  line?: number;
  text: string;
  severity: 'error' | 'warning';
}

function issueEntry({ issue, position }: CodeIssue, labels: BuilderLabels, i: number): Entry {
  const severity = issue.severity === 'error' ? labels.error : labels.warning;
  return { key: `i${i}`, offset: position.offset, line: position.line, severity: issue.severity, text: labels.codeIssueAt(position.line, position.column, severity, labels.issue(issue)) };
}

function entriesOf(problem: CodeProblem | undefined, issues: readonly CodeIssue[], labels: BuilderLabels): Entry[] {
  if (problem?.kind === 'syntax') {
    const { position } = problem;
    const text = labels.codeNotJson(problem.message);
    if (!position) return [{ key: 'syntax', severity: 'error', text }];
    return [{ key: 'syntax', offset: position.offset, line: position.line, severity: 'error', text: labels.codeIssueAt(position.line, position.column, labels.error, text) }];
  }
  return (problem ? problem.issues : issues).map((issue, i) => issueEntry(issue, labels, i));
}

const countLines = (text: string) => {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
};

/**
 * The whole query as Cohort API JSON in a text area with line numbers, and its issues at their
 * lines and columns (each places the caret there). What is typed is kept; text that reads as a
 * query applies as it is typed; the builder comes back only while the text is a query.
 */
export default function CodeView({ guardRef }: { guardRef: CodeMode['guardRef'] }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const draft = useCodeDraft();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  // Shown after a refused switch back, until the next keystroke.
  const [refused, setRefused] = useState(false);
  const entries = useMemo(() => entriesOf(draft.problem, draft.issues, labels), [draft.problem, draft.issues, labels]);
  const lines = countLines(draft.text);
  const numbers = useMemo(() => Array.from({ length: lines }, (_, i) => i + 1).join('\n'), [lines]);

  const problem = draft.problem;
  useIsomorphicLayoutEffect(() => {
    guardRef.current = () => {
      setRefused(problem !== undefined);
      return problem === undefined;
    };
    return () => {
      guardRef.current = null;
    };
  }, [guardRef, problem]);

  const syncGutter = () => {
    if (gutter.current && area.current) gutter.current.scrollTop = area.current.scrollTop;
  };
  const placeCaret = (entry: Entry) => {
    const textarea = area.current;
    if (!textarea || entry.offset === undefined) return;
    textarea.focus();
    textarea.setSelectionRange(entry.offset, entry.offset);
    // Bring the line into view: a text area scrolls to its caret only as it is typed into.
    const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 18;
    textarea.scrollTop = Math.max(0, ((entry.line ?? 1) - 1) * lineHeight - textarea.clientHeight / 2);
    syncGutter();
  };

  const reason = entries[0]?.text ?? '';
  const describedBy = [`${id}-help`, refused && problem ? `${id}-refused` : undefined].filter(Boolean).join(' ');
  return (
    <div className="pcb-code" data-invalid={problem ? '' : undefined}>
      <label htmlFor={`${id}-text`} className="pcb-label">
        {labels.codeLabel}
      </label>
      <p id={`${id}-help`} className="pcb-help">
        {labels.codeHelp}
      </p>
      <div className="pcb-code-editor">
        <div ref={gutter} className="pcb-code-gutter" aria-hidden="true">
          {numbers}
        </div>
        <textarea
          ref={area}
          id={`${id}-text`}
          className="pcb-code-text"
          value={draft.text}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          readOnly={readOnly}
          disabled={disabled}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            setRefused(false);
            draft.change(event.target.value);
          }}
          onScroll={syncGutter}
        />
      </div>
      {refused && problem && (
        <p id={`${id}-refused`} role="alert" className="pcb-field-error">
          {labels.codeCannotLeave(reason)}
        </p>
      )}
      {entries.length > 0 && (
        <div className="pcb-code-issues" role="group" aria-labelledby={`${id}-issues`}>
          <h4 id={`${id}-issues`}>{labels.codeIssues}</h4>
          <ul>
            {entries.map((entry) => (
              <li key={entry.key} data-severity={entry.severity}>
                {entry.offset === undefined ? (
                  entry.text
                ) : (
                  <button type="button" className="pcb-code-issue" onClick={() => placeCaret(entry)}>
                    {entry.text}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
