import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { messageFileUrl, useMessage } from '../../api/provider';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { useMunicipalityName } from '../../i18n/code-labels';
import { ReturnCodeList } from './return-codes';
import './provider.css';

/** One message: what it is, whom it is from, its return codes in words, and the XML to read and download. */
export function MessagePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { messageId = '' } = useParams();
  const message = useMessage(messageId);
  const municipality = useMunicipalityName();
  const m = message.data;
  return (
    <>
      <Paragraph>
        <AppLink to="/provider/messages">{t('provider.message.back')}</AppLink>
      </Paragraph>
      <PageHeading>
        {m ? t('provider.message.title', { type: t(`provider.types.${m.messageType}`) }) : t('provider.messages.title')}
      </PageHeading>
      <ProblemAlert error={message.error} />
      {m ? (
        <>
          <section className="kt-section" aria-labelledby="message-details">
            <Heading2 id="message-details">{t('provider.message.details')}</Heading2>
            <dl className="kt-provider-facts">
              <dt>{t('provider.message.from')}</dt>
              <dd>{m.direction === 'in' ? t('provider.message.you') : municipality(m.municipalityCode)}</dd>
              <dt>{t('provider.message.to')}</dt>
              <dd>{m.direction === 'out' ? t('provider.message.you') : municipality(m.municipalityCode)}</dd>
              <dt>{t('provider.messages.date')}</dt>
              <dd>{format.dateTime(m.createdAt)}</dd>
              <dt>{t('provider.messages.identification')}</dt>
              <dd>{m.identification}</dd>
              <dt>{t('provider.messages.status')}</dt>
              <dd>{t(`provider.messageStatus.${m.status}`)}</dd>
              <dt>{t('provider.message.size')}</dt>
              <dd>{t('provider.message.bytes', { size: format.integer(m.sizeBytes) })}</dd>
              {m.lineCount !== null ? (
                <>
                  <dt>{t('provider.message.lines')}</dt>
                  <dd>{format.integer(m.lineCount)}</dd>
                </>
              ) : null}
              {m.answersMessageId ? (
                <>
                  <dt>{t('provider.message.answers')}</dt>
                  <dd>
                    <AppLink to={`/provider/messages/${m.answersMessageId}`}>
                      {t('provider.message.answersLink')}
                    </AppLink>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          {m.returnCodes.length > 0 ? (
            <section className="kt-section" aria-labelledby="message-codes">
              <Heading2 id="message-codes">{t('provider.message.returnCodes')}</Heading2>
              <ReturnCodeList codes={m.returnCodes} />
            </section>
          ) : null}
          <section className="kt-section" aria-labelledby="message-xml">
            <Heading2 id="message-xml">{t('provider.message.xml')}</Heading2>
            <Paragraph>
              <a className="utrecht-link" href={messageFileUrl(m.id)} download>
                {t('provider.messages.download')}
              </a>
            </Paragraph>
            <pre className="kt-xml" tabIndex={0} aria-label={t('provider.message.xmlLabel')} data-testid="message-xml">
              {m.xml}
            </pre>
          </section>
        </>
      ) : null}
    </>
  );
}
