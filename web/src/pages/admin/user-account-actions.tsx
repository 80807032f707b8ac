import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetUserPassword, useUnlockUser } from '../../api/admin-users';
import type { AdminUser } from '../../api/admin-types';
import { TextField } from '../../components/form/text-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { isLocked } from './user-status';

/** Unlocking after too many failed logins, and setting a new password. */
export function UserAccountActions({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const format = useFormat();
  const unlock = useUnlockUser(user.id);
  return (
    <section className="kt-section">
      <Heading2>{t('admin.users.accountHeading')}</Heading2>
      {user.lockedUntil && isLocked(user) ? (
        <>
          <Paragraph>{t('admin.users.lockedUntil', { until: format.dateTime(user.lockedUntil) })}</Paragraph>
          <ProblemAlert error={unlock.error} />
          <Button
            appearance="secondary-action-button"
            busy={unlock.isPending}
            disabled={unlock.isPending}
            onClick={() => unlock.mutate()}
          >
            {t('admin.users.unlock')}
          </Button>
        </>
      ) : (
        <Paragraph>{unlock.isSuccess ? t('admin.users.unlocked') : t('admin.users.notLocked')}</Paragraph>
      )}
      <SetPasswordForm userId={user.id} />
    </section>
  );
}

function SetPasswordForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const setUserPassword = useSetUserPassword(userId);
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setUserPassword.mutate(password, { onSuccess: () => setPassword('') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Heading3>{t('admin.users.setPasswordLabel')}</Heading3>
      {setUserPassword.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('admin.users.passwordSet')}</Paragraph>
        </Alert>
      ) : null}
      <ProblemAlert error={setUserPassword.error} fieldsShownInline={['password']} />
      <TextField
        label={t('admin.users.newPassword')}
        description={t('admin.users.passwordDescription')}
        type="password"
        autoComplete="new-password"
        value={password}
        onValueChange={setPassword}
        error={fieldErrorsOf(setUserPassword.error)('password')}
        required
      />
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={setUserPassword.isPending}
        disabled={setUserPassword.isPending}
      >
        {t('admin.users.setPassword')}
      </Button>
    </form>
  );
}
