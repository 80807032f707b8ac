import { NumberBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useInbox } from '../../api/inbox';

/** The unread count beside "Postvak IN" in the main menu. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const unread = useInbox().data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <NumberBadge className="kt-unread-badge" data-testid="inbox-unread-count">
      <span aria-hidden="true">{unread}</span>
      <span className="kt-visually-hidden">{t('inbox.unread', { count: unread })}</span>
    </NumberBadge>
  );
}
