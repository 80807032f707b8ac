// The page behind a one-time password link (after an administrator's reset, or for a new account).
// The token leaves the address bar only when the person submits their new password.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSetPasswordWithLink } from '../../api/privileged-changes';
import { AppLink } from '../../components/app-link';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';

export function SetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const setPassword = useSetPasswordWithLink();
  const [password, setPasswordValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== repeat);
    if (password === repeat && !setPassword.isPending) setPassword.mutate({ token, password });
  };
  return (
    <>
      <PageHeading>{t('auth.setPassword.title')}</PageHeading>
      {setPassword.isSuccess ? (
        <Alert type="ok" role="status" className="kt-alert">
          <Paragraph>{t('auth.setPassword.done')}</Paragraph>
          <Paragraph>
            <AppLink to="/login">{t('auth.setPassword.toLogin')}</AppLink>
          </Paragraph>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Paragraph>{t('auth.setPassword.intro')}</Paragraph>
          <ProblemAlert error={setPassword.error} fieldsShownInline={['password']} />
          <TextField
            label={t('auth.setPassword.password')}
            description={t('auth.setPassword.passwordDescription')}
            type="password"
            autoComplete="new-password"
            value={password}
            onValueChange={setPasswordValue}
            error={fieldErrorsOf(setPassword.error)('password')}
            required
          />
          <TextField
            label={t('auth.setPassword.repeat')}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onValueChange={setRepeat}
            error={mismatch ? t('auth.setPassword.mismatch') : undefined}
            required
          />
          <ButtonGroup>
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={setPassword.isPending}
              disabled={setPassword.isPending}
            >
              {t('auth.setPassword.submit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
