import { useId, useState } from 'react';
import type { CohortEditorState } from '../../hooks/useCohortEditor';
import type { EditorLabels } from './editorLabels';
import { TagsInput } from './TagsInput';

/** Props of `EditorFields`. */
export interface EditorFieldsProps {
  mode: CohortEditorState['mode'];
  fields: CohortEditorState['fields'];
  setField: CohortEditorState['setField'];
  labels: EditorLabels;
  disabled?: boolean;
}

interface ChoiceProps<T extends string> {
  legend: string;
  options: Record<T, string>;
  value: string;
  onChange: (value: T) => void;
  disabled?: boolean;
}

// A radio group: two options read better as radios than as a select or a switch.
function Choice<T extends string>({ legend, options, value, onChange, disabled }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="pcb-editor-field pcb-choice" disabled={disabled}>
      <legend className="pcb-legend">{legend}</legend>
      {(Object.entries(options) as [T, string][]).map(([option, text]) => (
        <label key={option} className="pcb-radio">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

/** The cohort's own fields: name (required), description, tags, and segment type (create) or state (update). */
export function EditorFields({ mode, fields, setField, labels, disabled }: EditorFieldsProps) {
  const nameId = useId();
  const nameErrorId = useId();
  const descriptionId = useId();
  // The name is only called missing once the person has left the field, not before they start.
  const [nameTouched, setNameTouched] = useState(false);
  const nameMissing = nameTouched && fields.name.trim() === '';
  return (
    <div className="pcb-editor-fields" role="group" aria-label={labels.details}>
      <div className="pcb-editor-field">
        <label className="pcb-label" htmlFor={nameId}>
          {labels.name}
        </label>
        <input
          id={nameId}
          className="pcb-input pcb-editor-name"
          type="text"
          autoComplete="off"
          aria-required="true"
          aria-invalid={nameMissing || undefined}
          aria-describedby={nameMissing ? nameErrorId : undefined}
          value={fields.name}
          disabled={disabled}
          onChange={(event) => setField('name', event.target.value)}
          onBlur={() => setNameTouched(true)}
        />
        {nameMissing && (
          <p id={nameErrorId} className="pcb-field-error">
            {labels.nameRequired}
          </p>
        )}
      </div>
      <div className="pcb-editor-field">
        <label className="pcb-label" htmlFor={descriptionId}>
          {labels.description}
        </label>
        <textarea
          id={descriptionId}
          className="pcb-input pcb-editor-description"
          rows={2}
          value={fields.description}
          disabled={disabled}
          onChange={(event) => setField('description', event.target.value)}
        />
      </div>
      <TagsInput
        value={fields.tags}
        onChange={(tags) => setField('tags', tags)}
        label={labels.tags}
        help={labels.tagsHelp}
        removeLabel={labels.removeTag}
        disabled={disabled}
      />
      {mode === 'create' ? (
        <Choice legend={labels.segmentType} options={labels.segmentTypes} value={fields.segmentType} onChange={(value) => setField('segmentType', value)} disabled={disabled} />
      ) : (
        <Choice legend={labels.state} options={labels.states} value={fields.state} onChange={(value) => setField('state', value)} disabled={disabled} />
      )}
    </div>
  );
}
