import { Checkbox, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  description?: string | undefined;
  disabled?: boolean;
  name?: string;
}

export function CheckboxField({ label, checked, onCheckedChange, description, disabled, name }: CheckboxFieldProps) {
  const ids = useFieldIds(Boolean(description), false);
  return (
    <FormField
      type="checkbox"
      label={
        <FormLabel htmlFor={ids.id} type="checkbox" checked={checked} disabled={disabled}>
          <Checkbox
            id={ids.id}
            name={name}
            className="utrecht-form-field__input"
            checked={checked}
            disabled={disabled}
            onChange={(event) => onCheckedChange(event.target.checked)}
            aria-describedby={ids.describedBy}
          />
          {label}
        </FormLabel>
      }
      description={
        description ? <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription> : null
      }
    />
  );
}
