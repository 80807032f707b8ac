import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisableTotp } from '../../api/auth';
import type { Me } from '../../api/types';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors, type ProblemFields } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { TotpEnrolment } from '../auth/totp-enrolment';

type Notice = 'enabled' | 'disabled' | null;

export function TotpSettings({ user }: { user: Me }) {
  const { t } = useTranslation();
  const [enrolling, setEnrolling] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <section className="kt-section">
      <Heading2>{t('profile.totp.heading')}</Heading2>
      {notice ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(`profile.totp.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph data-testid="totp-status">
        {user.totpEnabled ? t('profile.totp.statusOn') : t('profile.totp.statusOff')}
      </Paragraph>
      {user.totpRequired ? <Paragraph>{t('profile.totp.requiredByRole')}</Paragraph> : null}
      {!user.totpEnabled && !enrolling ? (
        <Button
          appearance="primary-action-button"
          onClick={() => {
            setNotice(null);
            setEnrolling(true);
          }}
        >
          {t('profile.totp.enable')}
        </Button>
      ) : null}
      {!user.totpEnabled && enrolling ? (
        <TotpEnrolment
          onEnabled={() => {
            setEnrolling(false);
            setNotice('enabled');
          }}
        />
      ) : null}
      {user.totpEnabled && !user.totpRequired ? <DisableTotpForm onDisabled={() => setNotice('disabled')} /> : null}
    </section>
  );
}

/** A wrong password is about the password field, though the server names no field. */
const DISABLE_PROBLEM_FIELDS: ProblemFields = { invalid_credentials: 'password' };

function DisableTotpForm({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const disable = useDisableTotp();
  const [password, setPassword] = useState('');
  const specs: FieldSpecs = useMemo(
    () => ({
      password: {
        label: t('profile.totp.password'),
        messages: {
          required: t('profile.totp.errors.password'),
          invalid_credentials: t('profile.totp.errors.wrongPassword'),
        },
      },
    }),
    [t],
  );
  const form = useFormErrors(specs, disable.error, DISABLE_PROBLEM_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(password === '', 'password')])) return;
    disable.mutate(password, { onSuccess: onDisabled, onSettled: () => setPassword('') });
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextField
        label={t('profile.totp.password')}
        description={t('profile.totp.passwordDescription')}
        type="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        {...form.field('password')}
        required
      />
      <Button
        type="submit"
        appearance="secondary-action-button"
        hint="danger"
        busy={disable.isPending}
        disabled={disable.isPending}
      >
        {t('profile.totp.disable')}
      </Button>
    </form>
  );
}
