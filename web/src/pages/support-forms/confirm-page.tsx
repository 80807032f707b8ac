// The page behind the e-mail link. It sends the token only when the person presses the button:
// mail scanners that open links (and run their scripts) must not confirm a registration.
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useConfirm } from '../../api/support-families';
import { PageHeading } from '../../components/page-heading';

export function ConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const confirm = useConfirm();
  const token = params.get('token') ?? '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!confirm.isPending && !confirm.isSuccess) confirm.mutate(token);
  };
  return (
    <>
      <PageHeading>{t('supportFamilies.form.confirmTitle')}</PageHeading>
      {confirm.isSuccess ? (
        <Alert type="ok" role="status" className="kt-alert">
          <Paragraph>{t('supportFamilies.form.confirmed')}</Paragraph>
        </Alert>
      ) : confirm.isError ? (
        <Alert type="error" role="alert" className="kt-alert">
          <Paragraph>{t('supportFamilies.form.confirmFailed')}</Paragraph>
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Paragraph>{t('supportFamilies.form.confirmIntro')}</Paragraph>
          <ButtonGroup>
            <Button
              type="submit"
              appearance="primary-action-button"
              busy={confirm.isPending}
              disabled={confirm.isPending}
            >
              {t('supportFamilies.form.confirmButton')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
