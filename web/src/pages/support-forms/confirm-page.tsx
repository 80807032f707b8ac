// The page behind the e-mail link: sends the token once and says "thank you" — nothing more.
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useConfirm } from '../../api/support-families';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';

export function ConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const confirm = useConfirm();
  const sent = useRef(false);
  const token = params.get('token') ?? '';
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    confirm.mutate(token);
  }, [confirm, token]);
  return (
    <>
      <PageHeading>{t('supportFamilies.form.confirmTitle')}</PageHeading>
      {confirm.isSuccess ? (
        <Alert type="ok" role="status" className="kt-alert"><Paragraph>{t('supportFamilies.form.confirmed')}</Paragraph></Alert>
      ) : confirm.isError ? (
        <Alert type="error" role="alert" className="kt-alert"><Paragraph>{t('supportFamilies.form.confirmFailed')}</Paragraph></Alert>
      ) : <Loading />}
    </>
  );
}
