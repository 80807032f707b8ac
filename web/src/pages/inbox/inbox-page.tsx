import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  useInbox,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useMarkNotificationsRead,
} from '../../api/inbox';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { groupNotifications } from './grouping';
import { NotificationGroup } from './notification-group';
import { NotificationItem } from './notification-item';

export function InboxPage() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const markMany = useMarkNotificationsRead();
  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <ProblemAlert error={markRead.error ?? markAllRead.error ?? markMany.error} />
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
                {groupNotifications(items).map((group) => {
                  const [only] = group.items;
                  return group.items.length === 1 && only ? (
                    <NotificationItem
                      key={only.id}
                      notification={only}
                      marking={markRead.isPending && markRead.variables === only.id}
                      onMarkRead={() => markRead.mutate(only.id)}
                    />
                  ) : (
                    <NotificationGroup
                      key={group.kind}
                      group={group}
                      marking={markMany.isPending}
                      onMarkRead={(ids) => markMany.mutate(ids)}
                    />
                  );
                })}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </>
  );
}
