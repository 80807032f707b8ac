import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVerifyTotp } from '../../api/auth';
import { ErrorSummary } from '../../components/form/error-summary';
import { useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { TOTP_PROBLEM_FIELDS, TotpCodeField, totpCodeIssues, useTotpSpecs } from './totp-code-field';

export function TotpStep({ onSignedIn, onRestart }: { onSignedIn: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  const verify = useVerifyTotp();
  const [code, setCode] = useState('');
  const form = useFormErrors(useTotpSpecs(t('auth.totp.code')), verify.error, TOTP_PROBLEM_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(totpCodeIssues(code))) return;
    verify.mutate(code, { onSuccess: onSignedIn, onError: () => setCode('') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TotpCodeField
        label={t('auth.totp.code')}
        description={t('auth.totp.codeDescription')}
        value={code}
        onValueChange={setCode}
        {...form.field('code')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={verify.isPending} disabled={verify.isPending}>
          {t('auth.totp.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onRestart}>
          {t('auth.totp.restart')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
