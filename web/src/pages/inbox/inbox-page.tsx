import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useInbox, useMarkAllNotificationsRead, useMarkNotificationRead } from '../../api/inbox';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { NotificationItem } from './notification-item';

export function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <ProblemAlert error={markRead.error ?? markAllRead.error} />
      <QueryView query={inbox}>
        {({ items, unread }) => (
          <>
            <Paragraph role="status" data-testid="inbox-summary">
              {t('inbox.summary', { count: unread })}
            </Paragraph>
            <Paragraph>
              <Button
                appearance="secondary-action-button"
                disabled={unread === 0 || markAllRead.isPending}
                busy={markAllRead.isPending}
                onClick={() => markAllRead.mutate()}
              >
                {t('inbox.markAllRead')}
              </Button>
            </Paragraph>
            {items.length === 0 ? (
              <Paragraph>{t('inbox.empty')}</Paragraph>
            ) : (
              <ul className="kt-notifications" aria-label={t('inbox.listLabel')}>
                {items.map((notification) => (
                  <NotificationItem
                    key={notification.id}
                    notification={notification}
                    marking={markRead.isPending && markRead.variables === notification.id}
                    onMarkRead={() => markRead.mutate(notification.id)}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </>
  );
}
