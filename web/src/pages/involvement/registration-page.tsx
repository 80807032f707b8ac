import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRegistration } from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useCodeLabels } from '../../i18n/code-labels';
import { useFormat } from '../../i18n/format';

/** One registration of my organisation, with its matches and the archive's one-off history notice. */
export function RegistrationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const codes = useCodeLabels();
  const { registrationId = '' } = useParams();
  const registration = useRegistration(registrationId);
  return (
    <QueryView query={registration}>
      {(r) => (
        <>
          <PageHeading>{t('involvement.detail.title', { youth: r.bsnMasked })}</PageHeading>
          <Paragraph>
            <AppLink to="/involvement">{t('involvement.detail.back')}</AppLink>
          </Paragraph>
          <Paragraph>
            {t('involvement.detail.summary', {
              organisation: r.organisation.name,
              ground: codes.riskGround(r.riskGround),
              date: format.dateTime(r.registeredAt),
              endsOn: format.date(r.endsOn),
            })}
          </Paragraph>
          <Paragraph>
            {r.informing.informedAt
              ? t('involvement.list.informedOn', { date: format.date(r.informing.informedAt) })
              : t(`involvement.audience.${r.informing.audience}`)}
          </Paragraph>
          <Heading2>{t('involvement.list.matches')}</Heading2>
          {r.matches.length === 0 ? (
            <Paragraph>{t('common.none')}</Paragraph>
          ) : (
            <UnorderedList>
              {r.matches.map((m) => (
                <UnorderedListItem key={m.id}>
                  <AppLink to={`/involvement/matches/${m.id}`}>{t(`involvement.matchKinds.${m.kind}`)}</AppLink>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {r.historyNotices.length > 0 ? (
            <section aria-labelledby="history-notice">
              <Heading2 id="history-notice">{t('involvement.detail.history')}</Heading2>
              <UnorderedList>
                {r.historyNotices.map((n) => (
                  <UnorderedListItem key={`${n.organisationName}-${n.endedAt}`}>
                    {t('involvement.detail.historyItem', {
                      organisation: n.organisationName,
                      contact: n.contactName,
                      phone: n.contactPhone,
                      from: format.date(n.registeredAt),
                      to: format.date(n.endedAt),
                    })}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          ) : null}
        </>
      )}
    </QueryView>
  );
}
