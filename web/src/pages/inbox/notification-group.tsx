// Repeated items of one kind as one expandable group: "31 × Er is een contactmoment …", and inside
// it one line per thing (which match, which family) with how often and when last.
import { Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link';
import { useFormat } from '../../i18n/format';
import { aboutText } from './about-text';
import type { KindGroup } from './grouping';
import { internalLink } from './internal-link';
import { notificationText } from './notification-text';

interface NotificationGroupProps {
  group: KindGroup;
  marking: boolean;
  onMarkRead: (ids: string[]) => void;
}

export function NotificationGroup({ group, marking, onMarkRead }: NotificationGroupProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = notificationText(t, group.kind);
  const unread = group.unreadIds.length;
  return (
    <li
      className={unread ? 'kt-notification kt-notification--unread' : 'kt-notification'}
      data-testid={`notification-group-${group.kind}`}
    >
      <details>
        <summary>
          {unread ? <StatusBadge status="active">{t('inbox.newCount', { count: unread })}</StatusBadge> : null}{' '}
          {t('inbox.groupSummary', { count: group.items.length, text })}
        </summary>
        <ul className="kt-notification-lines">
          {group.lines.map((line) => {
            const about = aboutText(t, line.latest.about) ?? text;
            const link = internalLink(line.latest.link);
            return (
              <li key={line.key}>
                <Paragraph>
                  {line.unreadIds.length ? <StatusBadge status="active">{t('inbox.new')}</StatusBadge> : null} {about}
                  {line.items.length > 1 ? ` (${t('inbox.times', { count: line.items.length })})` : ''}
                </Paragraph>
                <Paragraph small>{t('inbox.latest', { date: format.dateTime(line.latest.createdAt) })}</Paragraph>
                <div className="kt-notification__actions">
                  {link ? (
                    <AppLink to={link} onClick={line.unreadIds.length ? () => onMarkRead(line.unreadIds) : undefined}>
                      {t('inbox.openAbout', { about })}
                    </AppLink>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </details>
      {unread ? (
        <div className="kt-notification__actions">
          <Button
            appearance="subtle-button"
            busy={marking}
            disabled={marking}
            aria-label={t('inbox.markGroupReadLabel', { count: unread, text })}
            onClick={() => onMarkRead(group.unreadIds)}
          >
            {t('inbox.markGroupRead')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
