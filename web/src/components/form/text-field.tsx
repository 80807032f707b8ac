import { Textbox, type TextboxProps } from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';
import { LabelledField } from './labelled-field';

export interface TextFieldProps extends Omit<TextboxProps, 'id' | 'onChange' | 'value' | 'invalid'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
  /** From `form.field(path)`, so the error summary can link here. */
  id?: string | undefined;
}

/** A labelled text input; its description and error are announced with it (aria-describedby). */
export function TextField({
  label,
  value,
  onValueChange,
  description,
  error,
  required,
  id,
  ...inputProps
}: TextFieldProps) {
  const ids = useFieldIds(Boolean(description), Boolean(error), id);
  return (
    <LabelledField
      ids={ids}
      label={label}
      description={description}
      error={error}
      input={
        <Textbox
          {...inputProps}
          id={ids.id}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          required={required}
          inputRequired={required}
          aria-describedby={ids.describedBy}
        />
      }
    />
  );
}
