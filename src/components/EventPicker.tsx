import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { EventListbox, eventOptionId } from './EventListbox';
import { EventPickerStatus } from './EventPickerStatus';
import { normalizeEventOption, type EventCatalogue, type NormalizedEventOption } from './eventOptions';
import { mergeLabels, type EventPickerLabels } from './labels';
import { useControllableState } from './useControllableState';
import { useComboboxKeys } from './useComboboxKeys';
import { useEventOptions } from './useEventOptions';

/** Props of `EventPicker`. */
export interface EventPickerProps {
  /** The event name (controlled); event names are case-sensitive and kept exactly as typed. */
  value?: string;
  /** The starting name when uncontrolled. */
  defaultValue?: string;
  /** Called with the typed text on every keystroke, or with an option's name when one is chosen. */
  onChange?: (event: string) => void;
  /**
   * The host's catalogue: a list, or a loader called (debounced) with the typed text. An event
   * with a `label` is shown by its label (its name in the list's second line and the input's title).
   */
  events?: EventCatalogue;
  /** Wait after the last keystroke before calling a loader. */
  debounceMs?: number;
  /** The visible label; include the clause's position where several repeat. */
  label?: string;
  /** Keep the label for assistive technology only (the picker sits in a sentence that names it). */
  hideLabel?: boolean;
  /** Show the "choose an event" message while the name is empty, before any blur. */
  required?: boolean;
  /** Replace any of the picker's strings (`defaultFieldLabels.eventPicker`); inside the builder they come from its `labels.fields`. */
  labels?: Partial<EventPickerLabels>;
  /** Not editable and not focusable; the list never opens. */
  disabled?: boolean;
  /** Shown and focusable but not editable; the list never opens. */
  readOnly?: boolean;
  /** Added to the root element (`pcb-event-picker`). */
  className?: string;
}

/** The catalogue an `EventPicker` offers: a list of events, or a loader (re-exported for hosts). */
export type EventSource = EventCatalogue;
/** The option and loader types, re-exported beside the picker for hosts. */
export type { EventOption, EventLoader } from './eventOptions';

function EventPickerBase(props: EventPickerProps) {
  const { events, debounceMs = 250, required, disabled, readOnly, className } = props;
  const labels = useMemo(() => mergeLabels('eventPicker', props.labels), [props.labels]);
  const label = props.label ?? labels.label;
  const [value, setValue] = useControllableState<string>({
    controlled: 'value' in props,
    value: props.value ?? '',
    defaultValue: props.defaultValue ?? '',
    onChange: props.onChange,
    component: 'EventPicker',
  });
  const [open, setOpen] = useState(false);
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const listId = useId();
  const errorId = useId();
  const interactive = events !== undefined && !disabled && !readOnly;
  const { status, options, retry } = useEventOptions(events, value, open && interactive, debounceMs);
  const expanded = open && interactive && options.length > 0;
  // In the host's words: a catalogued event with a label shows its label (its name as the title), and
  // typing or picking a label chooses its name; any other text is kept as the name.
  const listed = useMemo(() => (events === undefined || typeof events === 'function' ? undefined : events.map(normalizeEventOption)), [events]);
  const catalogue = listed ?? options;
  const labelled = catalogue.find((option) => option.name === value && option.label !== option.name);
  const shown = labelled?.label ?? value;
  // Stable for the memoized listbox; a stale active option is reset whenever the list opens again.
  const select = useCallback(
    (option: NormalizedEventOption) => {
      setValue(option.name);
      setOpen(false);
    },
    [setValue],
  );

  const choose = (index: number) => {
    const option = options[index];
    if (option) select(option);
  };
  const { activeIndex, reset, onKeyDown } = useComboboxKeys({ open, setOpen, count: options.length, interactive, choose });
  const activeId = activeIndex >= 0 ? eventOptionId(listId, activeIndex) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const onRetry = useCallback(() => {
    retry();
    setOpen(true);
    input.current?.focus();
  }, [retry]);

  // The typed text stays as it is; the message only says what is missing.
  const missing = value.trim() === '' && (required || touched);
  return (
    <div
      className={className ? `pcb-event-picker ${className}` : 'pcb-event-picker'}
      data-state={expanded ? 'open' : 'closed'}
      data-status={status}
      data-invalid={missing ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
    >
      <label className={props.hideLabel ? 'pcb-visually-hidden' : 'pcb-label'} htmlFor={inputId}>
        {label}
      </label>
      <input
        ref={input}
        id={inputId}
        className="pcb-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={labels.placeholder}
        value={shown}
        title={labelled ? value : undefined}
        disabled={disabled}
        readOnly={readOnly}
        aria-required={required || undefined}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? errorId : undefined}
        {...(events === undefined
          ? {}
          : { role: 'combobox', 'aria-autocomplete': 'list' as const, 'aria-expanded': expanded, 'aria-controls': listId, 'aria-activedescendant': activeId })}
        onChange={(event) => {
          const text = event.target.value;
          setValue(catalogue.find((option) => option.label === text && option.label !== option.name)?.name ?? text);
          setOpen(true);
          reset();
        }}
        onClick={() => {
          if (open) return;
          setOpen(true);
          reset();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setTouched(true);
        }}
      />
      {events === undefined ? null : (
        <EventListbox id={listId} label={label} options={options} open={expanded} activeIndex={activeIndex} value={value} onSelect={select} />
      )}
      {events === undefined ? null : <EventPickerStatus status={status} open={open && interactive} optionCount={options.length} onRetry={onRetry} labels={labels} />}
      {missing ? (
        <span id={errorId} className="pcb-field-error">
          {labels.required}
        </span>
      ) : null}
    </div>
  );
}

/** A combobox over the host's event catalogue that also takes any typed (case-sensitive) name. */
export const EventPicker = memo(EventPickerBase);
