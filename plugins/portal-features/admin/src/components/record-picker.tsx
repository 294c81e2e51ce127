import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

export interface PickerOption {
  documentId: string;
  label: string;
}

interface RecordPickerProps {
  /** The field's id and name; the label is tied to the select through it. */
  name: string;
  label: string;
  placeholder: string;
  options: PickerOption[];
  value: string;
  onChange: (documentId: string) => void;
  hint?: string;
  disabled?: boolean;
}

/** A labelled select of one record (a location, a survey) by its document id. */
export const RecordPicker = ({ name, label, placeholder, options, value, onChange, hint, disabled }: RecordPickerProps) => (
  <Field.Root name={name} id={`portal-features-${name}`} width="320px" hint={hint}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect size="S" placeholder={placeholder} value={value || undefined} disabled={disabled} onChange={(next) => onChange(String(next))}>
      {options.map((option) => (
        <SingleSelectOption key={option.documentId} value={option.documentId}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Hint />
  </Field.Root>
);
