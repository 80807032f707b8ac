import { Textbox, type TextboxProps } from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';
import { LabelledField } from './labelled-field';

export interface TextFieldProps extends Omit<TextboxProps, 'id' | 'onChange' | 'value' | 'invalid'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
}

/** A labelled text input; its description and error are announced with it (aria-describedby). */
export function TextField({
  label,
  value,
  onValueChange,
  description,
  error,
  required,
  ...inputProps
}: TextFieldProps) {
  const ids = useFieldIds(Boolean(description), Boolean(error));
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
          required={required}
          inputRequired={required}
          aria-describedby={ids.describedBy}
        />
      }
    />
  );
}
