import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useVerifyChain } from '../../api/audit';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** Recomputes the hash chain on the server and reports the first broken entry, if any. */
export function ChainVerification() {
  const { t } = useTranslation();
  const format = useFormat();
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <section className="kt-section">
      <Heading2>{t('audit.verify.heading')}</Heading2>
      <Paragraph>{t('audit.verify.intro')}</Paragraph>
      <Button
        appearance="secondary-action-button"
        busy={verify.isPending}
        disabled={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {t('audit.verify.button')}
      </Button>
      <ProblemAlert error={verify.error} />
      {result ? (
        <Alert
          type={result.ok ? 'ok' : 'error'}
          role={result.ok ? 'status' : 'alert'}
          data-testid="audit-verify-result"
        >
          <Paragraph>
            {result.ok
              ? t('audit.verify.ok', { checked: format.number(result.checked) })
              : t('audit.verify.broken', { checked: format.number(result.checked) })}
          </Paragraph>
          {result.firstBroken ? (
            <Paragraph>
              {t('audit.verify.firstBroken', {
                seq: result.firstBroken.chainSeq,
                id: result.firstBroken.id,
                reason: result.firstBroken.reason,
              })}
            </Paragraph>
          ) : null}
          <Paragraph>{t('audit.verify.unsealed', { count: result.unsealed })}</Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}
