import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import { CheckboxField } from './checkbox-field';
import { useFieldIds } from './field-ids';

export interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onSelectedChange: (selected: T[]) => void;
  description?: string | undefined;
  error?: string | undefined;
  id?: string | undefined;
}

/** A fieldset of checkboxes for choosing several values, e.g. roles or neighbourhoods. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onSelectedChange,
  description,
  error,
  id,
}: CheckboxGroupProps<T>) {
  const ids = useFieldIds(Boolean(description), Boolean(error), id);
  const toggle = (value: T, checked: boolean) =>
    onSelectedChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <Fieldset id={ids.id} invalid={Boolean(error)} aria-describedby={ids.describedBy}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription> : null}
      {error ? <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage> : null}
      {options.map((option) => (
        <CheckboxField
          key={option.value}
          label={option.label}
          checked={selected.includes(option.value)}
          onCheckedChange={(checked) => toggle(option.value, checked)}
        />
      ))}
    </Fieldset>
  );
}
