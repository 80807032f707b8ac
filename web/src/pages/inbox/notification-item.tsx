import { Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../api/inbox';
import { AppLink } from '../../components/app-link';
import { useFormat } from '../../i18n/format';
import { notificationText } from './notification-text';

interface NotificationItemProps {
  notification: Notification;
  marking: boolean;
  onMarkRead: () => void;
}

/** Only same-origin paths become links; anything else in `link` is ignored. */
function internalLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationItem({ notification, marking, onMarkRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = notification.readAt === null;
  const text = notificationText(t, notification.kind);
  const link = internalLink(notification.link);
  return (
    <li
      className={unread ? 'kt-notification kt-notification--unread' : 'kt-notification'}
      data-testid={`notification-${notification.id}`}
    >
      <Paragraph>
        {unread ? <StatusBadge status="active">{t('inbox.new')}</StatusBadge> : null} {text}
      </Paragraph>
      <Paragraph small>{format.dateTime(notification.createdAt)}</Paragraph>
      <div className="kt-notification__actions">
        {link ? (
          <AppLink to={link} onClick={unread ? onMarkRead : undefined}>
            {t('inbox.open')}
          </AppLink>
        ) : null}
        {unread ? (
          <Button
            appearance="subtle-button"
            busy={marking}
            disabled={marking}
            aria-label={t('inbox.markReadLabel', { text, date: format.dateTime(notification.createdAt) })}
            onClick={onMarkRead}
          >
            {t('inbox.markRead')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
