import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/auth';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();

  // mutateAsync, not mutate(…, { onSettled }): per-call callbacks are dropped once this button
  // unmounts, which it does as soon as the user is forgotten.
  const signOut = async () => {
    try {
      await logout.mutateAsync();
    } catch {
      // The user is forgotten locally either way (see useLogout).
    }
    await navigate('/login', { replace: true });
  };

  return (
    <Button
      appearance="secondary-action-button"
      busy={logout.isPending}
      disabled={logout.isPending}
      onClick={() => void signOut()}
    >
      {t('nav.logout')}
    </Button>
  );
}
