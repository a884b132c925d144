import { memo } from 'react';
import type { JsonValue } from '../query/ast';

/** Props of `RawJson`. */
export interface RawJsonProps {
  json: JsonValue;
  className?: string;
}

/** Read-only, formatted JSON of a value the editors cannot read; rendered as text, never as HTML. */
export const RawJson = memo(function RawJson({ json, className }: RawJsonProps) {
  return <pre className={className ? `pcb-json ${className}` : 'pcb-json'}>{JSON.stringify(json, null, 2)}</pre>;
});
