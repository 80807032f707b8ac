import { Outlet, Navigate, useLocation } from 'react-router';
import { useMe, wasSignedInThisPageLoad } from '../api/auth';
import type { Role } from '../api/types';
import { ForbiddenPage } from '../pages/forbidden-page';
import { hasAnyRole } from './roles';

/**
 * Sends visitors without a session to the login page. A deep link opened without a session is
 * remembered and reopened after login; after a logout or an expired session it is not.
 */
export function RequireAuth() {
  const { data: user } = useMe();
  const location = useLocation();
  if (!user) {
    const from = wasSignedInThisPageLoad() ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={from ? { from } : null} />;
  }
  return <Outlet />;
}

/** Shows the nested routes only to users with one of the roles; the server enforces the same rule. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { data: user } = useMe();
  if (!hasAnyRole(user, roles)) return <ForbiddenPage />;
  return <Outlet />;
}
