import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
  type TextboxProps,
} from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';

export interface TextFieldProps extends Omit<TextboxProps, 'id' | 'onChange' | 'value' | 'invalid'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
}

/** A labelled text input; its description and error are announced with it (aria-describedby). */
export function TextField({ label, value, onValueChange, description, error, required, ...inputProps }: TextFieldProps) {
  const ids = useFieldIds(Boolean(description), Boolean(error));
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={ids.id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription> : null}
      errorMessage={error ? <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage> : null}
      input={
        <Textbox
          {...inputProps}
          id={ids.id}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
          required={required}
          inputRequired={required}
          aria-describedby={ids.describedBy}
        />
      }
    />
  );
}
