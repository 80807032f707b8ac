import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/admin-types';

export function isLocked(user: Pick<AdminUser, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

/** Active / inactive / locked, whether the second factor is on, and changes waiting for approval. */
export function UserStatus({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  return (
    <span className="kt-badges">
      {!user.active ? (
        <StatusBadge status="invalid">{t('admin.users.inactive')}</StatusBadge>
      ) : isLocked(user) ? (
        <StatusBadge status="warning">{t('admin.users.locked')}</StatusBadge>
      ) : (
        <StatusBadge status="valid">{t('admin.users.active')}</StatusBadge>
      )}{' '}
      {user.totpEnabled ? <StatusBadge status="neutral">{t('admin.users.totpOn')}</StatusBadge> : null}
      {user.pendingChanges.length > 0 ? (
        <>
          {' '}
          <StatusBadge status="warning">{t('privileged.awaiting')}</StatusBadge>
        </>
      ) : null}
    </span>
  );
}
