import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../api/auth';
import { PageHeading } from '../../components/page-heading';
import { PasswordStep } from './password-step';
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
  const destination = returnPath(location.state);
  const done = () => void navigate(destination, { replace: true });

  if (user && step === 'password') return <Navigate to={destination} replace />;

  return (
    <div className="kt-narrow">
      <PageHeading>{t(`auth.${step}.title`)}</PageHeading>
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
