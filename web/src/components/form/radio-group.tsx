import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useFieldIds } from './field-ids';

export interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: ReactNode; description?: string }[];
  value: T | '';
  onValueChange: (value: T) => void;
  description?: string | undefined;
  error?: string | undefined;
  id?: string | undefined;
}

/** One choice out of a few, as a fieldset of radio buttons (role="radiogroup"). */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onValueChange,
  description,
  error,
  id,
}: RadioGroupProps<T>) {
  const ids = useFieldIds(Boolean(description), Boolean(error), id);
  return (
    <Fieldset
      id={ids.id}
      role="radiogroup"
      invalid={Boolean(error)}
      aria-invalid={error ? true : undefined}
      aria-describedby={ids.describedBy}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage> : null}
      {options.map((option) => (
        <RadioOption
          key={option.value}
          name={name}
          option={option}
          checked={value === option.value}
          onSelect={() => onValueChange(option.value)}
        />
      ))}
    </Fieldset>
  );
}

interface RadioOptionProps<T extends string> {
  name: string;
  option: { value: T; label: ReactNode; description?: string };
  checked: boolean;
  onSelect: () => void;
}

function RadioOption<T extends string>({ name, option, checked, onSelect }: RadioOptionProps<T>) {
  const ids = useFieldIds(Boolean(option.description), false);
  return (
    <FormField
      type="radio"
      label={
        <FormLabel htmlFor={ids.id} type="radio" checked={checked}>
          <RadioButton
            id={ids.id}
            name={name}
            value={option.value}
            className="utrecht-form-field__input"
            checked={checked}
            onChange={onSelect}
            aria-describedby={ids.describedBy}
          />
          {option.label}
        </FormLabel>
      }
      description={
        option.description ? (
          <FormFieldDescription id={ids.descriptionId}>{option.description}</FormFieldDescription>
        ) : null
      }
    />
  );
}
