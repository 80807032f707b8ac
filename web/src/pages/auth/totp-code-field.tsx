import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, type ProblemFields } from '../../components/form/use-form-errors';

interface TotpCodeFieldProps {
  label: string;
  description: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  id?: string | undefined;
}

/** Six digits from an authenticator app; mobile keyboards show numbers, browsers may autofill. */
export function TotpCodeField({ label, description, value, onValueChange, error, id }: TotpCodeFieldProps) {
  return (
    <TextField
      label={label}
      description={description}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      size={8}
      value={value}
      onValueChange={(next) => onValueChange(next.replace(/\D/g, '').slice(0, 6))}
      error={error}
      id={id}
      required
    />
  );
}

/** A wrong or reused code is about the code field, though the server names no field. */
export const TOTP_PROBLEM_FIELDS: ProblemFields = { invalid_totp: 'code' };

/** What a code form says about its one field: empty, not six digits, or refused by the server. */
export function useTotpSpecs(label: string): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      code: {
        label,
        messages: {
          required: t('auth.totp.errors.required'),
          invalid_format: t('auth.totp.errors.format'),
          too_small: t('auth.totp.errors.format'),
          too_big: t('auth.totp.errors.format'),
          invalid_totp: t('auth.totp.errors.wrong'),
        },
      },
    }),
    [t, label],
  );
}

/** The client checks of a code: filled in, and six digits. */
export function totpCodeIssues(code: string) {
  return [issue(code === '', 'code'), issue(code !== '' && !/^\d{6}$/.test(code), 'code', 'invalid_format')];
}
