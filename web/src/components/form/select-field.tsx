import { Select, SelectOption, type SelectProps } from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';
import { LabelledField } from './labelled-field';

export interface SelectFieldOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectProps, 'id' | 'onChange' | 'value' | 'invalid'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly SelectFieldOption[];
  /** Shown first with the value ""; e.g. "Choose…" or "Any". */
  emptyOption?: string;
  description?: string | undefined;
  error?: string | undefined;
  id?: string | undefined;
}

export function SelectField({
  label,
  value,
  onValueChange,
  options,
  emptyOption,
  description,
  error,
  id,
  ...selectProps
}: SelectFieldProps) {
  const ids = useFieldIds(Boolean(description), Boolean(error), id);
  return (
    <LabelledField
      ids={ids}
      label={label}
      description={description}
      error={error}
      input={
        <Select
          {...selectProps}
          id={ids.id}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        >
          {emptyOption !== undefined ? <SelectOption value="">{emptyOption}</SelectOption> : null}
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
