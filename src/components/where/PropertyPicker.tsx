import { memo, useId, useState } from 'react';

/** Props of `PropertyPicker`. */
export interface PropertyPickerProps {
  value: string;
  onChange: (path: string) => void;
  /** The accessible name, with the condition's position ("Property for condition 2"). */
  label: string;
  /** The id of a datalist of known paths; free text is allowed too. */
  listId?: string;
  placeholder?: string;
  /** Shown after a blur while the path is empty. */
  requiredMessage: string;
  disabled?: boolean;
  readOnly?: boolean;
}

/** A text input for a property path with the catalogue as suggestions; an unknown path is kept as typed. */
export const PropertyPicker = memo(function PropertyPicker(props: PropertyPickerProps) {
  const { value, onChange, label, listId, placeholder, requiredMessage, disabled, readOnly } = props;
  const [touched, setTouched] = useState(false);
  const errorId = useId();
  const missing = touched && value.trim() === '';
  return (
    // No wrapper: the state attributes sit on the input, and a where row of five conditions would
    // otherwise carry five spans that neither style nor name anything.
    <>
      <input
        className="pcb-input pcb-property"
        data-invalid={missing ? '' : undefined}
        data-disabled={disabled ? '' : undefined}
        type="text"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        list={listId || undefined}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
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
      {properties.map((p) => (
        <option key={p.path} value={p.path} label={p.label} />
      ))}
    </datalist>
  );
});
