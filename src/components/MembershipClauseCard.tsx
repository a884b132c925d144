import { useId } from 'react';
import type { InSegmentClause, MembershipClause, MembershipType } from '../query/ast';
import { membershipTypes } from '../query/vocabulary';
import { useBuilderConfig } from './BuilderConfig';
import { TextField, type TextParser } from './TextField';
import { useFieldHandlers } from './useClauseField';

const text: TextParser<string> = (value) => ({ value });
const asText = (value: string | undefined) => value ?? '';
// A segment keeps the type it came with: third-party codes may be numbers on the wire.
const segmentParser =
  (wasNumber: boolean): TextParser<string | number> =>
  (value) => ({ value: wasNumber && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value });

/** Second-party, third-party and connections-import segment membership (and their negations). */
export function MembershipClauseCard({ node, name }: { node: MembershipClause; name: string }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const on = useFieldHandlers<MembershipClause>(node.id);
  const id = useId();
  const connections = node.type.includes('connections');
  const byField = connections && node.fieldName !== undefined;
  const field = (label: string, key: 'provider' | 'fieldName' | 'value') => (
    <TextField key={key} label={labels.fieldOf(label, name)} value={node[key]} format={asText} parse={text} onChange={on(key)} readOnly={readOnly} disabled={disabled} />
  );
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-field">
        <label htmlFor={`${id}-type`}>{labels.fieldOf(labels.membershipType, name)}</label>
        <select id={`${id}-type`} value={node.type} disabled={disabled || readOnly} onChange={(event) => on('type')(event.target.value as MembershipType)}>
          {membershipTypes
            .filter((entry) => entry.offered || entry.value === node.type)
            .map((entry) => (
              <option key={entry.value} value={entry.value}>
                {labels.membershipTypes[entry.value]}
              </option>
            ))}
        </select>
      </div>
      {byField ? [field(labels.fieldName, 'fieldName'), field(labels.fieldValue, 'value')] : field(labels.provider, 'provider')}
      {!connections && (
        <TextField
          label={labels.fieldOf(labels.segment, name)}
          value={node.segment ?? ''}
          format={String}
          parse={segmentParser(typeof node.segment === 'number')}
          onChange={on('segment')}
          readOnly={readOnly}
          disabled={disabled}
        />
      )}
    </div>
  );
}

/** `{"in_segment": 42}`: membership of another cohort, by id or code (digits are read as a code). */
export function InSegmentClauseCard({ node, name }: { node: InSegmentClause; name: string }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const on = useFieldHandlers<InSegmentClause>(node.id);
  return (
    <div className="pcb-clause-fields">
      <TextField
        label={labels.fieldOf(labels.inSegment, name)}
        value={node.segment}
        format={String}
        parse={(value) => ({ value: /^\d+$/.test(value.trim()) ? Number(value.trim()) : value })}
        onChange={on('segment')}
        readOnly={readOnly}
        disabled={disabled}
      />
    </div>
  );
}
