import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVerifyTotp } from '../../api/auth';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { TotpCodeField } from './totp-code-field';

export function TotpStep({ onSignedIn, onRestart }: { onSignedIn: () => void; onRestart: () => void }) {
  const { t } = useTranslation();
  const verify = useVerifyTotp();
  const [code, setCode] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate(code, { onSuccess: onSignedIn, onError: () => setCode('') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert error={verify.error} fieldsShownInline={['code']} />
      <TotpCodeField
        label={t('auth.totp.code')}
        description={t('auth.totp.codeDescription')}
        value={code}
        onValueChange={setCode}
        error={fieldErrorsOf(verify.error)('code')}
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
