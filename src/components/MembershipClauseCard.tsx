import { useId } from 'react';
import type { InSegmentClause, MembershipClause, MembershipType } from '../query/ast';
import { membershipTypes } from '../query/vocabulary';
import { useBuilderConfig } from './BuilderConfig';
import { CohortDatalist } from './CohortDatalist';
import { TextField, type TextParser } from './TextField';
import { useFieldHandlers } from './useClauseField';

const text: TextParser<string> = (value) => ({ value });
const asText = (value: string | undefined) => value ?? '';
// A segment keeps the type it came with: third-party codes may be numbers on the wire.
const segmentParser =
  (wasNumber: boolean): TextParser<string | number> =>
  (value) => ({ value: wasNumber && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value });

/**
 * Second-party, third-party and connections-import segment membership (and their negations), as a
 * sentence: "[is in second-party segment] [gold] from [acme]", "[is in connections import] from
 * [acme]", or "… where [email] is [a@b.c]" when the clause names a field.
 */
export function MembershipClauseCard({ node, name }: { node: MembershipClause; name: string }) {
  const { labels, readOnly, disabled } = useBuilderConfig();
  const on = useFieldHandlers<MembershipClause>(node.id);
  const id = useId();
  const w = labels.words;
  const connections = node.type.includes('connections');
  const byField = connections && node.fieldName !== undefined;
  const field = (label: string, key: 'provider' | 'fieldName' | 'value') => (
    <TextField key={key} label={labels.fieldOf(label, name)} hideLabel value={node[key]} format={asText} parse={text} onChange={on(key)} readOnly={readOnly} disabled={disabled} />
  );
  const word = (text: string) => <span className="pcb-word">{text}</span>;
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-sentence">
        <span className="pcb-phrase">
          <label htmlFor={`${id}-type`} className="pcb-visually-hidden">
            {labels.fieldOf(labels.membershipType, name)}
          </label>
          <select id={`${id}-type`} className="pcb-select" value={node.type} disabled={disabled || readOnly} onChange={(event) => on('type')(event.target.value as MembershipType)}>
            {membershipTypes
              .filter((entry) => entry.offered || entry.value === node.type)
              .map((entry) => (
                <option key={entry.value} value={entry.value}>
                  {labels.membershipTypes[entry.value]}
                </option>
              ))}
          </select>
          {!connections && (
            <TextField
              label={labels.fieldOf(labels.segment, name)}
              hideLabel
              value={node.segment ?? ''}
              format={String}
              parse={segmentParser(typeof node.segment === 'number')}
              onChange={on('segment')}
              readOnly={readOnly}
              disabled={disabled}
            />
          )}
        </span>
        {byField ? (
          <span className="pcb-phrase">
            {word(w.where)}
            {field(labels.fieldName, 'fieldName')}
            {word(w.is)}
            {field(labels.fieldValue, 'value')}
          </span>
        ) : (
          <span className="pcb-phrase">
            {word(w.from)}
            {field(labels.provider, 'provider')}
          </span>
        )}
      </div>
    </div>
  );
}

/**
 * `{"in_segment": 42}`: membership of another cohort, by id or code (digits are read as a code), as
 * "is in cohort [42]", with the host's cohorts offered by name.
 */
export function InSegmentClauseCard({ node, name }: { node: InSegmentClause; name: string }) {
  const { labels, cohorts, readOnly, disabled } = useBuilderConfig();
  const on = useFieldHandlers<InSegmentClause>(node.id);
  const id = useId();
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-sentence">
        <span className="pcb-phrase">
          <span className="pcb-word">{labels.words.isInCohort}</span>
          <TextField
            label={labels.fieldOf(labels.inSegment, name)}
            hideLabel
            value={node.segment}
            format={String}
            parse={(value) => ({ value: /^\d+$/.test(value.trim()) ? Number(value.trim()) : value })}
            onChange={on('segment')}
            list={cohorts?.length ? `${id}-cohorts` : undefined}
            readOnly={readOnly}
            disabled={disabled}
          />
        </span>
        {cohorts?.length ? <CohortDatalist id={`${id}-cohorts`} cohorts={cohorts} /> : null}
      </div>
    </div>
  );
}
