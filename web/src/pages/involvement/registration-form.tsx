import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_GROUNDS, useRegister, type RiskGround } from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** The registration's fields: labels for the error summary and, per kind of problem, what to do. */
function useRegistrationSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const e = (key: string) => t(`involvement.form.errors.${key}` as 'involvement.form.errors.bsn');
    return {
      bsn: {
        label: t('involvement.fields.bsn'),
        messages: { required: e('bsn'), invalid_format: e('bsn'), bsn: e('bsnInvalid') },
      },
      birthDate: {
        label: t('involvement.fields.birthDate'),
        messages: { required: e('birthDate'), invalid_format: e('birthDate'), in_future: e('birthDateFuture') },
      },
      riskGround: {
        label: t('involvement.fields.riskGround'),
        messages: { required: e('riskGround'), invalid_enum: e('riskGround'), invalid_value: e('riskGround') },
      },
      contactName: { label: t('involvement.fields.contactName'), messages: { required: e('contactName') } },
      contactPhone: {
        label: t('involvement.fields.contactPhone'),
        messages: { required: e('contactPhone'), invalid_format: e('contactPhone') },
      },
      contactEmail: { label: t('involvement.fields.contactEmail'), messages: { invalid_format: e('contactEmail') } },
      postcode: { label: t('involvement.fields.postcode'), messages: { invalid_format: e('postcode') } },
      houseNumber: {
        label: t('involvement.fields.houseNumber'),
        messages: { required: e('houseNumber'), invalid_format: e('houseNumber'), custom: e('houseNumber') },
      },
      parentBsn: {
        label: t('involvement.fields.parentBsn'),
        messages: { invalid_format: e('parentBsn'), bsn: e('parentBsn'), custom: e('parentSame') },
      },
      endsOn: { label: t('involvement.fields.endsOn'), messages: { invalid_format: e('endsOn') } },
    };
  }, [t]);
}
const EMPTY = {
  bsn: '',
  birthDate: '',
  riskGround: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  postcode: '',
  houseNumber: '',
  parentBsn: '',
  endsOn: '',
};

/** Register THAT your organisation is involved — no content: the form has no free text. */
export function RegistrationForm() {
  const { t } = useTranslation();
  const register = useRegister();
  const format = useFormat();
  const [form, setForm] = useState(EMPTY);
  const set = (field: keyof typeof EMPTY) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const errors = useFormErrors(useRegistrationSpecs(), register.error);
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const riskGround = RISK_GROUNDS.find((g) => g === form.riskGround);
    const bsn = form.bsn.trim();
    const parentBsn = form.parentBsn.trim();
    const valid = errors.check([
      issue(!/^\d{9}$/.test(bsn), 'bsn', bsn ? 'invalid_format' : 'required'),
      issue(!form.birthDate, 'birthDate'),
      issue(!riskGround, 'riskGround'),
      issue(!form.contactName.trim(), 'contactName'),
      issue(!form.contactPhone.trim(), 'contactPhone'),
      issue(
        Boolean(form.contactEmail.trim()) && !/^\S+@\S+\.\S+$/.test(form.contactEmail.trim()),
        'contactEmail',
        'invalid_format',
      ),
      issue(Boolean(form.postcode.trim()) && !form.houseNumber.trim(), 'houseNumber'),
      issue(Boolean(parentBsn) && !/^\d{9}$/.test(parentBsn), 'parentBsn', 'invalid_format'),
      issue(Boolean(parentBsn) && parentBsn === bsn, 'parentBsn', 'custom'),
    ]);
    if (!valid || !riskGround) return;
    const body = {
      bsn: form.bsn.trim(),
      birthDate: form.birthDate,
      riskGround: riskGround as RiskGround,
      contactName: form.contactName.trim(),
      contactPhone: form.contactPhone.trim(),
      contactEmail: optional(form.contactEmail),
      postcode: optional(form.postcode),
      houseNumber: optional(form.houseNumber),
      parentBsn: optional(form.parentBsn),
      endsOn: optional(form.endsOn),
    };
    register.mutate(Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as typeof body, {
      onSuccess: () => {
        setForm(EMPTY);
        errors.clear();
      },
    });
  };

  const created = register.data;
  return (
    <section className="kt-section" aria-labelledby="involvement-register">
      <Heading2 id="involvement-register">{t('involvement.form.heading')}</Heading2>
      <Paragraph>{t('involvement.form.intro')}</Paragraph>
      {created ? (
        <div role="status" data-testid="registration-result">
          <Paragraph>{t('involvement.form.created', { endsOn: format.date(created.registration.endsOn) })}</Paragraph>
          {created.matches.length > 0 ? (
            <Paragraph>
              {t('involvement.form.matched', { count: created.matches.length })}{' '}
              <AppLink to={`/involvement/matches/${created.matches[0]?.id ?? ''}`}>
                {t('involvement.form.openMatch')}
              </AppLink>
            </Paragraph>
          ) : null}
          {created.historyNotice ? <Paragraph>{t('involvement.form.historyNotice')}</Paragraph> : null}
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={errors} />
        <ProblemAlert error={errors.otherError} />
        <TextField
          label={t('involvement.fields.bsn')}
          description={t('involvement.fields.bsnDescription')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          value={form.bsn}
          onValueChange={set('bsn')}
          {...errors.field('bsn')}
          required
        />
        <TextField
          label={t('involvement.fields.birthDate')}
          type="date"
          value={form.birthDate}
          onValueChange={set('birthDate')}
          {...errors.field('birthDate')}
          required
        />
        <SelectField
          label={t('involvement.fields.riskGround')}
          value={form.riskGround}
          onValueChange={set('riskGround')}
          emptyOption={t('common.choose')}
          options={RISK_GROUNDS.map((g) => ({ value: g, label: `${g}. ${t(`involvement.riskGrounds.${g}`)}` }))}
          {...errors.field('riskGround')}
          required
        />
        <TextField
          label={t('involvement.fields.contactName')}
          autoComplete="name"
          value={form.contactName}
          onValueChange={set('contactName')}
          {...errors.field('contactName')}
          required
        />
        <TextField
          label={t('involvement.fields.contactPhone')}
          type="tel"
          autoComplete="tel"
          value={form.contactPhone}
          onValueChange={set('contactPhone')}
          {...errors.field('contactPhone')}
          required
        />
        <TextField
          label={t('involvement.fields.contactEmail')}
          type="email"
          autoComplete="email"
          value={form.contactEmail}
          onValueChange={set('contactEmail')}
          {...errors.field('contactEmail')}
        />
        <TextField
          label={t('involvement.fields.postcode')}
          description={t('involvement.fields.addressDescription')}
          value={form.postcode}
          onValueChange={set('postcode')}
          {...errors.field('postcode')}
        />
        <TextField
          label={t('involvement.fields.houseNumber')}
          value={form.houseNumber}
          onValueChange={set('houseNumber')}
          {...errors.field('houseNumber')}
        />
        <TextField
          label={t('involvement.fields.parentBsn')}
          description={t('involvement.fields.parentBsnDescription')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          value={form.parentBsn}
          onValueChange={set('parentBsn')}
          {...errors.field('parentBsn')}
        />
        <TextField
          label={t('involvement.fields.endsOn')}
          description={t('involvement.fields.endsOnDescription')}
          type="date"
          value={form.endsOn}
          onValueChange={set('endsOn')}
          {...errors.field('endsOn')}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={register.isPending}
          disabled={register.isPending}
        >
          {t('involvement.form.submit')}
        </Button>
      </form>
    </section>
  );
}
