import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  type TextareaProps,
} from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';

export interface TextareaFieldProps extends Omit<TextareaProps, 'id' | 'onChange' | 'value' | 'invalid'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
}

export function TextareaField({ label, value, onValueChange, description, error, ...inputProps }: TextareaFieldProps) {
  const ids = useFieldIds(Boolean(description), Boolean(error));
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={ids.id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription> : null}
      errorMessage={error ? <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage> : null}
      input={
        <Textarea
          {...inputProps}
          id={ids.id}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
          aria-describedby={ids.describedBy}
        />
      }
    />
  );
}
