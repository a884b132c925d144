import { useId, useState, type KeyboardEvent } from 'react';
import type { RawClause } from '../query/ast';
import { useParseClauseText } from '../hooks/useParseClauseText';
import { useQueryActions } from '../hooks/useQueryActions';
import { useBuilderConfig } from './BuilderConfig';

const format = (json: unknown) => JSON.stringify(json, null, 2);

/**
 * A clause the library does not understand: formatted JSON, editable as text. Text that is not
 * JSON is never applied and never lost; JSON of a known form becomes a typed clause in place.
 */
export function RawJsonClause({ node, name }: { node: RawClause; name: string }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const actions = useQueryActions();
  const parse = useParseClauseText();
  const [shown, setShown] = useState(node.json);
  const [text, setText] = useState(() => format(node.json));
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  // The node changed from outside (undo, a new value from the host): show its JSON.
  if (shown !== node.json) {
    setShown(node.json);
    setText(format(node.json));
    setError(undefined);
  }
  const apply = () => {
    const result = parse(text);
    if (result.error !== undefined) return setError(result.error);
    setError(undefined);
    actions.replace(node.id, { ...result.clause, id: node.id });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) apply();
  };
  return (
    <div className="pcb-raw-clause" data-invalid={error ? true : undefined}>
      <label htmlFor={`${id}-text`}>{`${labels.rawJson} (${name})`}</label>
      <p id={`${id}-help`} className="pcb-help">
        {labels.rawJsonHelp}
      </p>
      <textarea
        id={`${id}-text`}
        className="pcb-json"
        rows={Math.min(12, text.split('\n').length + 1)}
        value={text}
        spellCheck={false}
        readOnly={readOnly}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="pcb-field-error">
          {labels.invalidJson(error)}
        </p>
      )}
      {!readOnly && (
        <button type="button" onClick={apply} disabled={disabled} aria-label={`${labels.applyJson} (${name})`}>
          {labels.applyJson}
        </button>
      )}
    </div>
  );
}
