import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { pendingLogin, useMe } from '../../api/auth';
import { PageHeading } from '../../components/page-heading';
import { PasswordStep } from './password-step';
import { ProviderButtons } from './provider-buttons';
import { TotpEnrolment } from './totp-enrolment';
import { TotpStep } from './totp-step';

type Step = 'password' | 'totp' | 'enrolment';

function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    if (state.from.startsWith('/') && !state.from.startsWith('/login')) return state.from;
  }
  return '/';
}

/** Password, then (when the account or its role needs it) a TOTP code or a TOTP enrolment. */
export function LoginPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('password');
  const [params] = useSearchParams();
  const destination = returnPath(location.state);
  const done = () => void navigate(destination, { replace: true });
  // Back from the staff identity provider without an MFA assertion: the second step follows here.
  const afterProvider = params.get('stap') === 'code';
  useEffect(() => {
    if (!afterProvider) return;
    void pendingLogin().then((status) => {
      if (status === 'totp_required') setStep('totp');
      if (status === 'totp_enrolment_required') setStep('enrolment');
    });
  }, [afterProvider]);

  if (user && step === 'password') return <Navigate to={destination} replace />;

  return (
    <div className="kt-narrow">
      <PageHeading>{t(`auth.${step}.title`)}</PageHeading>
      {step === 'password' && params.get('uitgelogd') === '1' ? (
        <Alert type="ok">
          <Paragraph>{t('auth.oidc.loggedOut')}</Paragraph>
        </Alert>
      ) : null}
      {step === 'password' ? <ProviderButtons returnTo={destination} /> : null}
      {step === 'password' ? (
        <PasswordStep
          onSignedIn={done}
          onTotpRequired={() => setStep('totp')}
          onEnrolmentRequired={() => setStep('enrolment')}
        />
      ) : null}
      {step === 'totp' ? <TotpStep onSignedIn={done} onRestart={() => setStep('password')} /> : null}
      {step === 'enrolment' ? (
        <>
          <Paragraph>{t('auth.enrolment.intro')}</Paragraph>
          <TotpEnrolment onEnabled={done} />
        </>
      ) : null}
    </div>
  );
}
