import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../../api/auth';
import { isApiError } from '../../api/problem';
import { TextField } from '../../components/form/text-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';

interface PasswordStepProps {
  onSignedIn: () => void;
  onTotpRequired: () => void;
  onEnrolmentRequired: () => void;
}

export function PasswordStep({ onSignedIn, onTotpRequired, onEnrolmentRequired }: PasswordStepProps) {
  const { t } = useTranslation();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const fieldError = fieldErrorsOf(login.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
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
      <ProblemAlert
        error={login.error}
        fieldsShownInline={['username', 'password']}
        showDetail={isApiError(login.error, 'account_locked')}
      />
      <TextField
        label={t('auth.password.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onValueChange={setUsername}
        error={fieldError('username')}
        required
      />
      <TextField
        label={t('auth.password.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={fieldError('password')}
        required
      />
      <Button type="submit" appearance="primary-action-button" busy={login.isPending} disabled={login.isPending}>
        {t('auth.password.submit')}
      </Button>
    </form>
  );
}
