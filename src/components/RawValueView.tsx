import type { JsonValue } from '../query/ast';
import { useBuilderConfig } from './BuilderConfig';

/** A value the builder cannot edit in place (a raw comparison or window): shown as JSON, replaceable. */
export function RawValueView({ json, name, onReplace }: { json: JsonValue; name: string; onReplace?: () => void }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  return (
    <div className="pcb-raw-value" role="group" aria-label={`${name}: ${labels.rawValue}`}>
      <span>{name}</span>
      <pre className="pcb-json">{JSON.stringify(json, null, 2)}</pre>
      {onReplace && !readOnly && (
        <button type="button" onClick={onReplace} disabled={disabled} aria-label={`${labels.replaceRawValue} ${name}`}>
          {labels.replaceRawValue}
        </button>
      )}
    </div>
  );
}
