import { Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../api/inbox';
import { AppLink } from '../../components/app-link';
import { useFormat } from '../../i18n/format';
import { aboutText } from './about-text';
import { internalLink } from './internal-link';
import { notificationText } from './notification-text';

interface NotificationItemProps {
  notification: Notification;
  marking: boolean;
  onMarkRead: () => void;
}

export function NotificationItem({ notification, marking, onMarkRead }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = notification.readAt === null;
  const text = notificationText(t, notification.kind);
  const link = internalLink(notification.link);
  const about = aboutText(t, notification.about);
  return (
    <li
      className={unread ? 'kt-notification kt-notification--unread' : 'kt-notification'}
      data-testid={`notification-${notification.id}`}
    >
      <Paragraph>
        {unread ? <StatusBadge status="active">{t('inbox.new')}</StatusBadge> : null} {text}
      </Paragraph>
      {about ? <Paragraph>{about}</Paragraph> : null}
      <Paragraph small>{format.dateTime(notification.createdAt)}</Paragraph>
      <div className="kt-notification__actions">
        {link ? (
          <AppLink to={link} onClick={unread ? onMarkRead : undefined}>
            {about ? t('inbox.openAbout', { about }) : t('inbox.open')}
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
