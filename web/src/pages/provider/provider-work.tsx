import { LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useProviderWork } from '../../api/provider';
import { AppLink } from '../../components/app-link';

/** The provider's work on its start page: what waits for a start message, refused claim lines, new messages. */
export function ProviderWork() {
  const { t } = useTranslation();
  const work = useProviderWork();
  if (!work.data) return null;
  const { awaitingStart, rejectedLines, outgoingNew } = work.data;
  const items = [
    {
      count: awaitingStart,
      to: '/provider/allocations?status=current',
      text: t('provider.work.awaitingStart', { count: awaitingStart }),
    },
    {
      count: rejectedLines,
      to: '/provider/claims?state=rejected',
      text: t('provider.work.rejectedLines', { count: rejectedLines }),
    },
    {
      count: outgoingNew,
      to: '/provider/messages?direction=out',
      text: t('provider.work.outgoingNew', { count: outgoingNew }),
    },
  ].filter((item) => item.count > 0);
  if (items.length === 0) return <Paragraph data-testid="provider-work">{t('provider.work.nothing')}</Paragraph>;
  return (
    <LinkList data-testid="provider-work">
      {items.map((item) => (
        <li key={item.to} className="utrecht-link-list__item">
          <AppLink to={item.to} className="utrecht-link-list__link">
            {item.text}
          </AppLink>
        </li>
      ))}
    </LinkList>
  );
}
