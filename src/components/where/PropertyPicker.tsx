import { memo, useId, useState, type Ref } from 'react';

/** Props of `PropertyPicker`. */
export interface PropertyPickerProps {
  value: string;
  onChange: (path: string) => void;
  /** The accessible name, with the condition's position ("Property for condition 2"). */
  label: string;
  /** The id of a datalist of known properties (see PropertyDatalist); free text is allowed too. */
  listId?: string;
  /** The catalogue: a property with a label shows its label, and typing or picking a label chooses its path. */
  properties?: readonly { path: string; label?: string }[];
  placeholder?: string;
  /** The input element, for a caller that moves focus to it. */
  inputRef?: Ref<HTMLInputElement>;
  /** Shown after a blur while the path is empty. */
  requiredMessage: string;
  disabled?: boolean;
  readOnly?: boolean;
}

/**
 * A text input for a property, with the catalogue as suggestions: in the host's words (a property
 * with a label shows the label, its path as the suggestion's second line and as the input's title);
 * typing or picking a label chooses that property's path; any other text is kept as a path.
 */
export const PropertyPicker = memo(function PropertyPicker(props: PropertyPickerProps) {
  const { value, onChange, label, listId, placeholder, requiredMessage, disabled, readOnly, properties, inputRef } = props;
  const [touched, setTouched] = useState(false);
  const shown = properties?.find((p) => p.path === value)?.label ?? value;
  const errorId = useId();
  const missing = touched && value.trim() === '';
  return (
    // No wrapper: the state attributes sit on the input, and a where row of five conditions would
    // otherwise carry five spans that neither style nor name anything.
    <>
      <input
        ref={inputRef}
        className="pcb-input pcb-property"
        data-invalid={missing ? '' : undefined}
        data-disabled={disabled ? '' : undefined}
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        list={listId || undefined}
        placeholder={placeholder}
        value={shown}
        title={shown === value ? undefined : value}
        onChange={(event) => {
          const text = event.target.value;
          onChange(properties?.find((p) => p.label === text)?.path ?? text);
        }}
        onBlur={() => setTouched(true)}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? errorId : undefined}
        disabled={disabled}
        readOnly={readOnly}
      />
      {missing ? (
        <span id={errorId} className="pcb-field-error">
          {requiredMessage}
        </span>
      ) : null}
    </>
  );
});

/** Props of `PropertyDatalist`. */
export interface PropertyDatalistProps {
  id: string;
  properties?: readonly { path: string; label?: string }[];
}

/** The known property paths, with their labels, as suggestions for every picker of a where editor. */
export const PropertyDatalist = memo(function PropertyDatalist({ id, properties }: PropertyDatalistProps) {
  if (!properties || properties.length === 0) return null;
  return (
    <datalist id={id}>
      {/* A labelled property is offered by its label, with its path as the second line. */}
      {properties.map((p) => (p.label ? <option key={p.path} value={p.label} label={p.path} /> : <option key={p.path} value={p.path} />))}
    </datalist>
  );
});
