import { TextField } from '../../components/form/text-field';

interface TotpCodeFieldProps {
  label: string;
  description: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
}

/** Six digits from an authenticator app; mobile keyboards show numbers, browsers may autofill. */
export function TotpCodeField({ label, description, value, onValueChange, error }: TotpCodeFieldProps) {
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
      required
    />
  );
}
