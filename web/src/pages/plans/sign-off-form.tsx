import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import { useSignOff, type PlanView } from '../../api/plans';
import { TextField } from '../../components/form/text-field';
import { hasRole } from '../../components/roles';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { today } from '../../clock';

/** The family's agreement with the current version: a family member's name, or the family's own login. */
export function SignOffForm({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const portal = hasRole(me, 'family');
  const signOff = useSignOff(plan.familyId);
  const [name, setName] = useState('');
  const [signedOn, setSignedOn] = useState(today);
  const [done, setDone] = useState(false);
  const fieldError = fieldErrorsOf(signOff.error);
  const version = plan.current?.version ?? 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signOff.mutate(
      { version, signedOn, ...(portal ? {} : { signedByName: name.trim() }) },
      {
        onSuccess: () => {
          setDone(true);
          setName('');
        },
      },
    );
  };
  return (
    <section className="kt-section" aria-labelledby="sign-off">
      <Heading2 id="sign-off">{t('plans.signOff.title', { version })}</Heading2>
      <Paragraph>{portal ? t('plans.signOff.introFamily') : t('plans.signOff.intro')}</Paragraph>
      <Paragraph role="status">{done ? t('plans.signOff.done', { version }) : ''}</Paragraph>
      {/* After a sign-off the form folds away: an emptied required name field would otherwise look like an error. */}
      {done ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setDone(false)}>
          {t('plans.signOff.another')}
        </Button>
      ) : (
        <form onSubmit={submit} noValidate className="kt-narrow" data-testid="sign-off-form">
          <ProblemAlert error={signOff.error} fieldsShownInline={['signedByName', 'signedOn']} showDetail />
          {portal ? null : (
            <TextField
              label={t('plans.signOff.name')}
              description={t('plans.signOff.nameDescription')}
              value={name}
              onValueChange={setName}
              error={fieldError('signedByName')}
              required
            />
          )}
          <TextField
            label={t('plans.signOff.date')}
            type="date"
            value={signedOn}
            onValueChange={setSignedOn}
            error={fieldError('signedOn')}
            required
          />
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={signOff.isPending}
            disabled={signOff.isPending}
          >
            {t('plans.signOff.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
