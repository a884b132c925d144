import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Window } from '../query/ast';
import { mergeLabels, nameIn, type DuringLabels } from './labels';
import { NumberField } from './NumberField';
import { RawJson } from './RawJson';
import { useControllableState } from './useControllableState';

/** The units offered by default; any other unit that comes in is shown and kept. */
export const defaultWindowUnits: readonly string[] = ['minutes', 'hours', 'days', 'weeks', 'months'];

/** Props of `DuringWindowEditor`. */
export interface DuringWindowEditorProps {
  /** The window (controlled); `undefined` means all time, so passing `value={undefined}` is controlled. */
  value?: Window;
  /** The starting window when uncontrolled. */
  defaultValue?: Window;
  /** Called with the new window; `undefined` is all time. */
  onChange?: (window: Window | undefined) => void;
  /** The units offered for "in the last N units" (default minutes, hours, days, weeks, months); a unit the window already has is kept. */
  units?: readonly string[];
  /** Offer "this session" (an S form); when false it is shown disabled unless it is the value. */
  allowThisSession?: boolean;
  /** The visible name of the group; include the clause's position where several repeat. */
  label?: string;
  /** Replace any of the editor's strings (`defaultFieldLabels.during`): the choices, unit names, number messages. */
  labels?: Partial<DuringLabels>;
  /**
   * `block` (default): a labelled group of radio buttons. `inline`: words of a sentence ("in the
   * last [30] [days]"), a select of the choices and the length and unit, named by `label`.
   */
  variant?: 'block' | 'inline';
  /** Not editable and not focusable. */
  disabled?: boolean;
  /** Shown and focusable but not editable. */
  readOnly?: boolean;
  /** Added to the root element. */
  className?: string;
}

type Choice = 'all_time' | 'this_session' | 'the_last';

function choiceOf(window: Window | undefined): Choice | 'raw' {
  return window === undefined ? 'all_time' : window.kind;
}

function DuringWindowEditorBase(props: DuringWindowEditorProps) {
  const { units = defaultWindowUnits, allowThisSession = true, disabled, readOnly, className } = props;
  const labels = useMemo(() => mergeLabels('during', props.labels), [props.labels]);
  const label = props.label ?? labels.label;
  const [value, setValue] = useControllableState<Window | undefined>({
    controlled: 'value' in props,
    value: props.value,
    defaultValue: props.defaultValue,
    onChange: props.onChange,
    component: 'DuringWindowEditor',
  });
  // A raw window stays on show until the person asks to replace it with a known form.
  const [replacing, setReplacing] = useState(false);
  const name = useId();
  const choice = choiceOf(value);
  const theLast = value?.kind === 'the_last' ? value : undefined;
  const unitOptions = theLast && !units.includes(theLast.unit) ? [...units, theLast.unit] : units;

  const choose = (next: Choice) => {
    if (readOnly) return;
    setReplacing(false);
    if (next === 'all_time') setValue(undefined);
    else if (next === 'this_session') setValue({ kind: 'this_session' });
    else setValue({ kind: 'the_last', value: 30, unit: units.includes('days') ? 'days' : (units[0] ?? 'days') });
  };
  const onLength = useCallback(
    (n: number) => setValue((prev) => (prev?.kind === 'the_last' ? { ...prev, value: n } : prev)),
    [setValue],
  );

  const radio = (option: Choice, text: string, unavailable = false) => (
    <label className="pcb-radio" data-state={choice === option ? 'checked' : 'unchecked'}>
      <input
        type="radio"
        name={name}
        value={option}
        checked={choice === option}
        onChange={() => choose(option)}
        // Read-only keeps the chosen radio focusable and freezes the others.
        disabled={disabled || unavailable || (readOnly && choice !== option)}
      />
      {text}
    </label>
  );

  const lengthAndUnit = theLast ? (
    <span className="pcb-during__the-last">
      <NumberField
        value={theLast.value}
        onChange={onLength}
        label={labels.lengthLabel(label)}
        messages={labels}
        integer
        min={1}
        disabled={disabled}
        readOnly={readOnly}
      />
      <select
        className="pcb-select"
        aria-label={labels.unitLabel(label)}
        value={theLast.unit}
        onChange={(e) => setValue({ ...theLast, unit: e.target.value })}
        disabled={disabled || readOnly}
      >
        {unitOptions.map((unit) => (
          <option key={unit} value={unit}>
            {nameIn(labels.units, unit)}
          </option>
        ))}
      </select>
    </span>
  ) : null;
  const raw =
    value?.kind === 'raw' && !replacing ? (
      <div className="pcb-raw">
        <p className="pcb-hint">{labels.rawWindow}</p>
        <RawJson json={value.json} />
        {readOnly ? null : (
          <button type="button" className="pcb-button" onClick={() => setReplacing(true)}>
            {labels.replace}
          </button>
        )}
      </div>
    ) : null;

  if (props.variant === 'inline') {
    return (
      <span
        className={className ? `pcb-during pcb-phrase ${className}` : 'pcb-during pcb-phrase'}
        role="group"
        aria-label={label}
        data-state={choice}
        data-variant="inline"
        data-disabled={disabled ? '' : undefined}
      >
        {raw ?? (
          <>
            <select
              className="pcb-select"
              aria-label={label}
              value={choice === 'raw' ? 'all_time' : choice}
              onChange={(e) => choose(e.target.value as Choice)}
              disabled={disabled || readOnly}
            >
              <option value="all_time">{labels.allTimeWords}</option>
              <option value="this_session" disabled={!allowThisSession && choice !== 'this_session'}>
                {labels.thisSessionWords}
              </option>
              <option value="the_last">{labels.theLastWords}</option>
            </select>
            {lengthAndUnit}
          </>
        )}
      </span>
    );
  }

  return (
    <fieldset
      className={className ? `pcb-during ${className}` : 'pcb-during'}
      data-state={choice}
      data-disabled={disabled ? '' : undefined}
      disabled={disabled}
    >
      <legend className="pcb-legend">{label}</legend>
      {raw ?? (
        <div className="pcb-during__choices">
          {radio('all_time', labels.allTime)}
          {radio('this_session', labels.thisSession, !allowThisSession && choice !== 'this_session')}
          {radio('the_last', labels.theLast)}
          {lengthAndUnit}
        </div>
      )}
    </fieldset>
  );
}

/** Edits a `during` window: all time, this session, or the last N units; a raw window is shown as JSON. */
export const DuringWindowEditor = memo(DuringWindowEditorBase);
