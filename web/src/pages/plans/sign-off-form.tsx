import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOff, type PlanView } from '../../api/plans';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { today } from '../../clock';

function useSignOffSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const date = t('plans.signOff.errors.date');
    return {
      signedByName: { label: t('plans.signOff.name'), messages: { required: t('plans.signOff.errors.name') } },
      signedOn: {
        label: t('plans.signOff.date'),
        messages: {
          required: date,
          invalid_format: date,
          in_future: t('plans.signOff.errors.dateFuture'),
          sign_off_in_future: t('plans.signOff.errors.dateFuture'),
        },
      },
    };
  }, [t]);
}

/** The family's agreement with the current version, recorded by a professional with the member's name (the family signs in the portal). */
export function SignOffForm({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const signOff = useSignOff(plan.familyId);
  const [name, setName] = useState('');
  const [signedOn, setSignedOn] = useState(today);
  const [done, setDone] = useState(false);
  const serverError = useMemo(() => withFieldCodes(signOff.error), [signOff.error]);
  const form = useFormErrors(useSignOffSpecs(), serverError);
  const version = plan.current?.version ?? 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = form.check([
      issue(!name.trim(), 'signedByName'),
      issue(!signedOn, 'signedOn'),
      issue(Boolean(signedOn) && signedOn > today(), 'signedOn', 'in_future'),
    ]);
    if (!valid) return;
    signOff.mutate(
      { version, signedOn, signedByName: name.trim() },
      {
        onSuccess: () => {
          form.clear();
          setDone(true);
          setName('');
        },
      },
    );
  };
  const another = () => {
    // A fresh form after a sign-off: no message from the last one may hang at an empty field.
    signOff.reset();
    form.clear();
    setDone(false);
  };
  return (
    <section className="kt-section" aria-labelledby="sign-off">
      <Heading2 id="sign-off">{t('plans.signOff.title', { version })}</Heading2>
      <Paragraph>{t('plans.signOff.intro')}</Paragraph>
      <Paragraph role="status">{done ? t('plans.signOff.done', { version }) : ''}</Paragraph>
      {/* After a sign-off the form folds away: an emptied required name field would otherwise look like an error. */}
      {done ? (
        <Button type="button" appearance="secondary-action-button" onClick={another}>
          {t('plans.signOff.another')}
        </Button>
      ) : (
        <form onSubmit={submit} noValidate className="kt-narrow" data-testid="sign-off-form">
          <ErrorSummary form={form} />
          <ProblemAlert error={form.otherError} showDetail />
          <TextField
            label={t('plans.signOff.name')}
            description={t('plans.signOff.nameDescription')}
            value={name}
            onValueChange={setName}
            {...form.field('signedByName')}
            required
          />
          <TextField
            label={t('plans.signOff.date')}
            type="date"
            value={signedOn}
            onValueChange={setSignedOn}
            {...form.field('signedOn')}
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
