import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PendingChange } from '../../api/admin-types';
import { AppLink } from '../../components/app-link';
import { useFormat } from '../../i18n/format';

/** "Wacht op goedkeuring": what was asked for this account and does not count until a second person approves. */
export function PendingChanges({ changes }: { changes: PendingChange[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (changes.length === 0) return null;
  return (
    <Alert type="warning" className="kt-alert" data-testid="pending-changes">
      <Paragraph>
        <strong>{t('privileged.awaiting')}</strong> {t('privileged.awaitingIntro')}
      </Paragraph>
      <UnorderedList>
        {changes.map((c) => (
          <UnorderedListItem key={c.id}>
            {t(`privileged.kinds.${c.kind}`)}: {c.summary} —{' '}
            {t('privileged.by', { name: c.requestedBy, at: format.dateTime(c.requestedAt) })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Paragraph>
        <AppLink to="/approvals">{t('privileged.toApprovals')}</AppLink>
      </Paragraph>
    </Alert>
  );
}
