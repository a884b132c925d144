import { useId } from 'react';
import type { TransitionClause, TransitionType } from '../query/ast';
import { transitionTypes } from '../query/vocabulary';
import { useBuilderConfig } from './BuilderConfig';
import { TextField, type TextParser } from './TextField';
import { useFieldHandlers } from './useClauseField';
import { CohortDatalist } from './CohortDatalist';

/** Entered / exited / not entered / not exited a cohort, picked from the host's list or typed as a code. */
export function TransitionClauseCard({ node, name }: { node: TransitionClause; name: string }) {
  const { labels, cohorts, components, units, readOnly, disabled } = useBuilderConfig();
  const on = useFieldHandlers<TransitionClause>(node.id);
  const id = useId();
  const parseCode: TextParser<number | undefined> = (text) =>
    text.trim() === '' ? { value: undefined } : /^\d+$/.test(text.trim()) ? { value: Number(text.trim()) } : { error: labels.cohortCodeInvalid };
  // "[has entered] cohort [1234] [in the last 30 days]": the type, the cohort and the window.
  return (
    <div className="pcb-clause-fields">
      <div className="pcb-sentence">
        <span className="pcb-phrase">
          <label htmlFor={`${id}-type`} className="pcb-visually-hidden">{labels.fieldOf(labels.transitionType, name)}</label>
          <select id={`${id}-type`} className="pcb-select" value={node.type} disabled={disabled || readOnly} onChange={(event) => on('type')(event.target.value as TransitionType)}>
            {/* All four: the two undocumented forms are kept with a warning that says what to check. */}
            {transitionTypes.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {labels.transitionTypes[entry.value]}
              </option>
            ))}
          </select>
          <span className="pcb-word">{labels.words.cohort}</span>
          <TextField
            label={labels.fieldOf(labels.cohortCode, name)}
            hideLabel
            value={node.segment}
            format={(code) => (code === undefined ? '' : String(code))}
            parse={parseCode}
            onChange={on('segment')}
            inputMode="numeric"
            list={cohorts?.length ? `${id}-cohorts` : undefined}
            readOnly={readOnly}
            disabled={disabled}
          />
        </span>
        {cohorts?.length ? <CohortDatalist id={`${id}-cohorts`} cohorts={cohorts} /> : null}
        <components.DuringWindowEditor label={labels.fieldOf(labels.duringField, name)} labels={labels.fields.during} variant="inline" value={node.during} onChange={on('during')} units={units} readOnly={readOnly} disabled={disabled} />
      </div>
    </div>
  );
}
