import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { JsonValue, RawClause } from '../query/ast';
import { useParseClauseText } from '../hooks/useParseClauseText';
import { useQueryActions } from '../hooks/useQueryActions';
import { useTextDraft } from '../hooks/useTextDraft';
import { useBuilderConfig } from './BuilderConfig';

const format = (json: JsonValue) => JSON.stringify(json, null, 2);
// The store keeps its own copy of the JSON: the same JSON is the same value.
const sameJson = (a: JsonValue, b: JsonValue) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A clause the library does not understand: formatted JSON, editable as text. JSON counts as it
 * is typed; text that is not JSON is never applied and never lost; JSON of a known form becomes
 * a typed clause in place once the person leaves the text (or applies it).
 */
export function RawJsonClause({ node, name }: { node: RawClause; name: string }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const actions = useQueryActions();
  const words = useMemo(() => ({ issue: labels.issue, notAClause: labels.notAClause }), [labels]);
  const { read, clauseOf } = useParseClauseText(words);
  const id = useId();
  // Whether the person has left or applied the text: a message on every keystroke of JSON still
  // being typed would be noise (and a screen reader would read each one out).
  const [checked, setChecked] = useState(false);
  const draft = useTextDraft<JsonValue>({
    value: node.json,
    parse: read,
    format,
    equals: sameJson,
    onChange: (json) => {
      const clause = clauseOf(json);
      if (!clause) return;
      // A known form stays raw while typed, so the card (and the caret) stays under the person.
      actions.replace(node.id, clause.kind === 'raw' ? { ...clause, id: node.id } : { kind: 'raw', id: node.id, json });
    },
  });
  const apply = () => {
    draft.blur();
    setChecked(true);
    const reading = read(draft.text);
    const clause = reading.ok ? clauseOf(reading.value) : undefined;
    if (clause && clause.kind !== 'raw') actions.replace(node.id, { ...clause, id: node.id });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) apply();
  };
  const error = checked ? draft.error : undefined;
  return (
    <div className="pcb-raw-clause" data-invalid={error ? '' : undefined}>
      <label htmlFor={`${id}-text`}>{labels.fieldOf(labels.rawJson, name)}</label>
      <p id={`${id}-help`} className="pcb-help">
        {labels.rawJsonHelp}
      </p>
      <textarea
        id={`${id}-text`}
        className="pcb-json"
        rows={Math.min(12, draft.text.split('\n').length + 1)}
        value={draft.text}
        spellCheck={false}
        readOnly={readOnly}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
        onChange={(event) => {
          setChecked(false);
          draft.change(event.target.value);
        }}
        onBlur={apply}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="pcb-field-error">
          {labels.invalidJson(error)}
        </p>
      )}
      {!readOnly && (
        <button type="button" onClick={apply} disabled={disabled} aria-label={labels.fieldOf(labels.applyJson, name)}>
          {labels.applyJson}
        </button>
      )}
    </div>
  );
}
