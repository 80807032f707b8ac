import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../../api/auth';
import { isApiError } from '../../api/problem';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';

interface PasswordStepProps {
  onSignedIn: () => void;
  onTotpRequired: () => void;
  onEnrolmentRequired: () => void;
}

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      username: { label: t('auth.password.username'), messages: { required: t('auth.password.errors.username') } },
      password: { label: t('auth.password.password'), messages: { required: t('auth.password.errors.password') } },
    }),
    [t],
  );
}

export function PasswordStep({ onSignedIn, onTotpRequired, onEnrolmentRequired }: PasswordStepProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // A wrong username or password stays one message for both fields: it must not tell which was wrong.
  const form = useFormErrors(useSpecs(), login.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check([issue(!username.trim(), 'username'), issue(password === '', 'password')]);
    if (!ok) return;
    login.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (result) => {
          if (result.status === 'ok') onSignedIn();
          else if (result.status === 'totp_required') onTotpRequired();
          else onEnrolmentRequired();
        },
        onError: () => setPassword(''),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} showDetail={isApiError(login.error, 'account_locked')} />
      <TextField
        label={t('auth.password.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onValueChange={setUsername}
        {...form.field('username')}
        required
      />
      <TextField
        label={t('auth.password.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        {...form.field('password')}
        required
      />
      <Button type="submit" appearance="primary-action-button" busy={login.isPending} disabled={login.isPending}>
        {t('auth.password.submit')}
      </Button>
    </form>
  );
}
