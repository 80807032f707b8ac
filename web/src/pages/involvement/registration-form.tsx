import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_GROUNDS, useRegister, type RiskGround } from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

const FIELDS = [
  'bsn',
  'birthDate',
  'riskGround',
  'contactName',
  'contactPhone',
  'contactEmail',
  'postcode',
  'houseNumber',
  'parentBsn',
  'endsOn',
];
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
  const fieldError = fieldErrorsOf(register.error);
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const riskGround = RISK_GROUNDS.find((g) => g === form.riskGround);
    if (!riskGround) return;
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
      onSuccess: () => setForm(EMPTY),
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
        <ProblemAlert error={register.error} fieldsShownInline={FIELDS} />
        <TextField
          label={t('involvement.fields.bsn')}
          description={t('involvement.fields.bsnDescription')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          value={form.bsn}
          onValueChange={set('bsn')}
          error={fieldError('bsn')}
          required
        />
        <TextField
          label={t('involvement.fields.birthDate')}
          type="date"
          value={form.birthDate}
          onValueChange={set('birthDate')}
          error={fieldError('birthDate')}
          required
        />
        <SelectField
          label={t('involvement.fields.riskGround')}
          value={form.riskGround}
          onValueChange={set('riskGround')}
          emptyOption={t('common.choose')}
          options={RISK_GROUNDS.map((g) => ({ value: g, label: `${g}. ${t(`involvement.riskGrounds.${g}`)}` }))}
          error={fieldError('riskGround')}
          required
        />
        <TextField
          label={t('involvement.fields.contactName')}
          autoComplete="name"
          value={form.contactName}
          onValueChange={set('contactName')}
          error={fieldError('contactName')}
          required
        />
        <TextField
          label={t('involvement.fields.contactPhone')}
          type="tel"
          autoComplete="tel"
          value={form.contactPhone}
          onValueChange={set('contactPhone')}
          error={fieldError('contactPhone')}
          required
        />
        <TextField
          label={t('involvement.fields.contactEmail')}
          type="email"
          autoComplete="email"
          value={form.contactEmail}
          onValueChange={set('contactEmail')}
          error={fieldError('contactEmail')}
        />
        <TextField
          label={t('involvement.fields.postcode')}
          description={t('involvement.fields.addressDescription')}
          value={form.postcode}
          onValueChange={set('postcode')}
          error={fieldError('postcode')}
        />
        <TextField
          label={t('involvement.fields.houseNumber')}
          value={form.houseNumber}
          onValueChange={set('houseNumber')}
          error={fieldError('houseNumber')}
        />
        <TextField
          label={t('involvement.fields.parentBsn')}
          description={t('involvement.fields.parentBsnDescription')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={9}
          value={form.parentBsn}
          onValueChange={set('parentBsn')}
          error={fieldError('parentBsn')}
        />
        <TextField
          label={t('involvement.fields.endsOn')}
          description={t('involvement.fields.endsOnDescription')}
          type="date"
          value={form.endsOn}
          onValueChange={set('endsOn')}
          error={fieldError('endsOn')}
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
