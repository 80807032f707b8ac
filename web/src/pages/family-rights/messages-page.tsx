import { Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useInbox, useMarkNotificationRead } from '../../api/inbox';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import './family-rights.css';

const FAMILY_KINDS = [
  'family_plan_sign_off',
  'family_meeting_planned',
  'family_decision_taken',
  'family_proposal_answered',
  'family_request_answered',
] as const;
type FamilyKind = (typeof FAMILY_KINDS)[number];
const isFamilyKind = (kind: string): kind is FamilyKind => (FAMILY_KINDS as readonly string[]).includes(kind);

/** The family's in-app messages: its own notifications (the inbox API), a fixed sentence per kind. */
export function MessagesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const inbox = useInbox();
  const markRead = useMarkNotificationRead();
  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.messages.title')}</PageHeading>
      <Paragraph>{t('familyRights.messages.intro')}</Paragraph>
      <ProblemAlert error={markRead.error} />
      <QueryView query={inbox}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('familyRights.messages.empty')}</Paragraph>
          ) : (
            <ul className="kt-rights-list">
              {items.map((n) => (
                <li key={n.id} data-testid="family-message">
                  <Paragraph>
                    {n.readAt === null ? (
                      <StatusBadge status="active">{t('familyRights.messages.unread')}</StatusBadge>
                    ) : null}{' '}
                    {t(`familyRights.messages.kinds.${isFamilyKind(n.kind) ? n.kind : 'other'}`)}
                  </Paragraph>
                  <Paragraph className="kt-rights-meta">{format.dateTime(n.createdAt)}</Paragraph>
                  {n.readAt === null ? (
                    <Button
                      appearance="secondary-action-button"
                      onClick={() => markRead.mutate(n.id)}
                      disabled={markRead.isPending}
                    >
                      {t('familyRights.messages.markRead')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}
