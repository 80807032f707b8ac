// The page behind a one-time password link (after an administrator's reset, or for a new account).
// The token leaves the address bar only when the person submits their new password.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSetPasswordWithLink } from '../../api/privileged-changes';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const tooShort = t('auth.setPassword.errors.tooShort');
    return {
      password: {
        label: t('auth.setPassword.password'),
        messages: {
          required: t('auth.setPassword.errors.required'),
          too_small: tooShort,
          weak_password: tooShort,
          too_big: t('auth.setPassword.errors.tooLong'),
        },
      },
      repeat: {
        label: t('auth.setPassword.repeat'),
        messages: { required: t('auth.setPassword.errors.repeat'), mismatch: t('auth.setPassword.mismatch') },
      },
    };
  }, [t]);
}

export function SetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const setPassword = useSetPasswordWithLink();
  const [password, setPasswordValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useFormErrors(useSpecs(), setPassword.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = form.check([
      issue(password === '', 'password'),
      issue(password !== '' && password.length < 12, 'password', 'too_small'),
      issue(repeat === '', 'repeat'),
      issue(repeat !== '' && password !== repeat, 'repeat', 'mismatch'),
    ]);
    if (ok && !setPassword.isPending) setPassword.mutate({ token, password });
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
          <ErrorSummary form={form} />
          <ProblemAlert error={form.otherError} />
          <TextField
            label={t('auth.setPassword.password')}
            description={t('auth.setPassword.passwordDescription')}
            type="password"
            autoComplete="new-password"
            value={password}
            onValueChange={setPasswordValue}
            {...form.field('password')}
            required
          />
          <TextField
            label={t('auth.setPassword.repeat')}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onValueChange={setRepeat}
            {...form.field('repeat')}
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
