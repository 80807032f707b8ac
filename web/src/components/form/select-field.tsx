import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  type SelectProps,
} from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';

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
}

export function SelectField({
  label,
  value,
  onValueChange,
  options,
  emptyOption,
  description,
  error,
  ...selectProps
}: SelectFieldProps) {
  const ids = useFieldIds(Boolean(description), Boolean(error));
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={ids.id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription> : null}
      errorMessage={error ? <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage> : null}
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
