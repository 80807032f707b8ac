import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { useFieldIds } from './field-ids';

interface LabelledFieldProps {
  ids: ReturnType<typeof useFieldIds>;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  input: ReactNode;
}

/** The frame every single-input field shares: label, description and error tied to the input by id. */
export function LabelledField({ ids, label, description, error, input }: LabelledFieldProps) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={ids.id}>{label}</FormLabel>}
      description={
        description ? <FormFieldDescription id={ids.descriptionId}>{description}</FormFieldDescription> : null
      }
      errorMessage={error ? <FormFieldErrorMessage id={ids.errorId}>{error}</FormFieldErrorMessage> : null}
      input={input}
    />
  );
}
