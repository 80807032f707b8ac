import { Textarea, type TextareaProps } from '@utrecht/component-library-react';
import { useFieldIds } from './field-ids';
import { LabelledField } from './labelled-field';

export interface TextareaFieldProps extends Omit<TextareaProps, 'id' | 'onChange' | 'value' | 'invalid'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string | undefined;
  error?: string | undefined;
  id?: string | undefined;
}

export function TextareaField({
  label,
  value,
  onValueChange,
  description,
  error,
  id,
  ...inputProps
}: TextareaFieldProps) {
  const ids = useFieldIds(Boolean(description), Boolean(error), id);
  return (
    <LabelledField
      ids={ids}
      label={label}
      description={description}
      error={error}
      input={
        <Textarea
          {...inputProps}
          id={ids.id}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
      }
    />
  );
}
