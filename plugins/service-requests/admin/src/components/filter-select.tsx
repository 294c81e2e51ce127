import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  name: string;
  label: string;
  /** What choosing nothing means, e.g. "Any priority". */
  anyLabel: string;
  options: readonly FilterOption[];
  /** '' when nothing is chosen. */
  value: string;
  onChange: (value: string) => void;
  width?: string;
}

const ANY = '__any__';

/** A labelled select whose first choice lifts the filter. */
export const FilterSelect = ({ name, label, anyLabel, options, value, onChange, width = '200px' }: FilterSelectProps) => (
  <Field.Root name={name} id={`service-desk-${name}`} width={width}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect size="S" value={value || ANY} onChange={(next) => onChange(next === ANY ? '' : String(next))}>
      <SingleSelectOption value={ANY}>{anyLabel}</SingleSelectOption>
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);
