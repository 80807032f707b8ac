import { Button, Code, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnableTotp, useTotpSetup } from '../../api/auth';
import { Loading } from '../../components/loading';
import { ErrorSummary } from '../../components/form/error-summary';
import { useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { TOTP_PROBLEM_FIELDS, TotpCodeField, totpCodeIssues, useTotpSpecs } from './totp-code-field';

/**
 * Sets up a second factor: asks the server for a secret, shows it as a QR code and as text, and
 * turns TOTP on once the user confirms a code. Used at login (enrolment) and on the profile page.
 */
export function TotpEnrolment({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useEnableTotp();
  const [code, setCode] = useState('');
  const requested = useRef(false);
  const form = useFormErrors(useTotpSpecs(t('totp.enrolment.code')), enable.error, TOTP_PROBLEM_FIELDS);

  // One secret per enrolment: StrictMode runs effects twice, the ref keeps it to one request.
  useEffect(() => {
    if (requested.current) return;
    requested.current = true;
    setup.mutate();
  }, [setup]);

  if (setup.isError) return <ProblemAlert error={setup.error} />;
  if (!setup.data) return <Loading />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(totpCodeIssues(code))) return;
    enable.mutate(code, { onSuccess: onEnabled, onError: () => setCode('') });
  };

  return (
    <section className="kt-section">
      <Heading2>{t('totp.enrolment.heading')}</Heading2>
      <Paragraph>{t('totp.enrolment.scan')}</Paragraph>
      <img
        className="kt-qr"
        src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.data.qrSvg)}`}
        alt={t('totp.enrolment.qrAlt')}
        width={200}
        height={200}
      />
      <Paragraph>
        {t('totp.enrolment.manual')}{' '}
        <Code data-testid="totp-secret" className="kt-secret">
          {setup.data.secret}
        </Code>
      </Paragraph>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TotpCodeField
          label={t('totp.enrolment.code')}
          description={t('totp.enrolment.codeDescription')}
          value={code}
          onValueChange={setCode}
          {...form.field('code')}
        />
        <Button type="submit" appearance="primary-action-button" busy={enable.isPending} disabled={enable.isPending}>
          {t('totp.enrolment.submit')}
        </Button>
      </form>
    </section>
  );
}
