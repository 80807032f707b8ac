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
    let endSessionUrl: string | null = null;
    try {
      endSessionUrl = await logout.mutateAsync();
    } catch {
      // The user is forgotten locally either way (see useLogout).
    }
    // After a DigiD or staff-IdP login the session ends at the provider too; it sends the browser back.
    if (endSessionUrl) window.location.assign(endSessionUrl);
    else await navigate('/login', { replace: true });
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
