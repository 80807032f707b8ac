import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useResetUserPassword, useResetUserTotp, useUnlockUser } from '../../api/admin-users';
import type { AdminUser } from '../../api/admin-types';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { isLocked } from './user-status';

/** Unlocking after too many failed logins; a password reset by one-time link; a second-factor reset (four eyes). */
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
      <ResetPassword user={user} />
      <ResetTotp user={user} />
    </section>
  );
}

/** The administrator never knows or sets the password: the user gets a one-time link by e-mail. */
function ResetPassword({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const reset = useResetUserPassword(user.id);
  return (
    <>
      <Heading3>{t('admin.users.resetPasswordHeading')}</Heading3>
      <Paragraph>{t('admin.users.resetPasswordIntro')}</Paragraph>
      {reset.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('admin.users.resetPasswordDone')}</Paragraph>
        </Alert>
      ) : null}
      <ProblemAlert error={reset.error} />
      <Button
        appearance="secondary-action-button"
        busy={reset.isPending}
        disabled={reset.isPending || !user.email}
        onClick={() => reset.mutate()}
      >
        {t('admin.users.resetPassword')}
      </Button>
      {!user.email ? <Paragraph>{t('admin.users.resetPasswordNoEmail')}</Paragraph> : null}
    </>
  );
}

/** Resetting a second factor lets whoever holds the password enrol a new one: a second admin approves. */
function ResetTotp({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const reset = useResetUserTotp(user.id);
  if (!user.totpEnabled) return null;
  return (
    <>
      <Heading3>{t('admin.users.resetTotpHeading')}</Heading3>
      <Paragraph>{t('admin.users.resetTotpIntro')}</Paragraph>
      {reset.isSuccess ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('admin.users.resetTotpAsked')}</Paragraph>
        </Alert>
      ) : null}
      <ProblemAlert error={reset.error} />
      <Button
        appearance="secondary-action-button"
        busy={reset.isPending}
        disabled={reset.isPending}
        onClick={() => reset.mutate()}
      >
        {t('admin.users.resetTotp')}
      </Button>
    </>
  );
}
