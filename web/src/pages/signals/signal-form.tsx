import { Alert, Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isArrears,
  URGENCIES,
  useSubmitSignal,
  type NewSignal,
  type SignalCategory,
  type Urgency,
} from '../../api/signals';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { fieldCodesOf, generalFieldText, ProblemAlert } from '../../components/problem-alert';

const EMPTY = {
  bsn: '',
  givenName: '',
  familyName: '',
  birthDate: '',
  postcode: '',
  houseNumber: '',
  amount: '',
  arrearsSince: '',
  signalDate: '',
  note: '',
};

/** Euros as typed ("1.245,50" or "1245.50") → cents; undefined when empty or unreadable. */
function cents(raw: string): number | undefined {
  const s = raw.trim().replace(/\s|€/g, '');
  if (!s) return undefined;
  const normal = /,\d{1,2}$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  const value = Number(normal);
  return Number.isFinite(value) ? Math.round(value * 100) : undefined;
}

/** One signal about a person or household: identity (BSN, or name + birth date), address, category. */
export function SignalForm({ categories }: { categories: readonly SignalCategory[] }) {
  const { t } = useTranslation();
  const submit = useSubmitSignal();
  const [category, setCategory] = useState<SignalCategory | ''>(categories.length === 1 ? (categories[0] ?? '') : '');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [v, setV] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) => setV({ ...v, [key]: value });
  const fieldError = fieldCodesOf(submit.error);
  const errorText = (field: string) => {
    const code = fieldError(field);
    return code
      ? t(`signals.reasons.${code}` as 'signals.reasons.required', { defaultValue: generalFieldText(code) })
      : undefined;
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!category) return;
    const body: NewSignal = {
      category,
      urgency,
      postcode: v.postcode,
      houseNumber: v.houseNumber,
      ...(v.bsn.trim() ? { bsn: v.bsn.trim() } : {}),
      ...(v.givenName.trim() ? { givenName: v.givenName.trim() } : {}),
      ...(v.familyName.trim() ? { familyName: v.familyName.trim() } : {}),
      ...(v.birthDate ? { birthDate: v.birthDate } : {}),
      ...(v.signalDate ? { signalDate: v.signalDate } : {}),
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
      ...(isArrears(category)
        ? {
            ...(cents(v.amount) !== undefined ? { amountCents: cents(v.amount) } : {}),
            ...(v.arrearsSince ? { arrearsSince: v.arrearsSince } : {}),
          }
        : {}),
    };
    submit.mutate(body, {
      onSuccess: (r) => {
        if (r.status === 'accepted') setV(EMPTY);
      },
    });
  };
  return (
    <section className="kt-section" aria-labelledby="signal-form-title">
      <Heading2 id="signal-form-title">{t('signals.partner.formTitle')}</Heading2>
      <form onSubmit={onSubmit} noValidate data-testid="signal-form">
        <SelectField
          label={t('signals.category')}
          value={category}
          onValueChange={(c) => setCategory(c as SignalCategory)}
          required
          emptyOption={t('signals.choose')}
          options={categories.map((c) => ({ value: c, label: t(`signals.categories.${c}`) }))}
          error={errorText('category')}
        />
        <SelectField
          label={t('signals.urgency')}
          value={urgency}
          onValueChange={(u) => setUrgency(u as Urgency)}
          options={URGENCIES.map((u) => ({ value: u, label: t(`signals.urgencies.${u}`) }))}
        />
        <Fieldset>
          <FieldsetLegend>{t('signals.partner.who')}</FieldsetLegend>
          <Paragraph>{t('signals.partner.whoHint')}</Paragraph>
          <TextField
            label={t('signals.bsn')}
            value={v.bsn}
            onValueChange={set('bsn')}
            inputMode="numeric"
            autoComplete="off"
            error={errorText('bsn')}
          />
          <TextField
            label={t('signals.givenName')}
            value={v.givenName}
            onValueChange={set('givenName')}
            autoComplete="off"
            error={errorText('givenName')}
          />
          <TextField
            label={t('signals.familyName')}
            value={v.familyName}
            onValueChange={set('familyName')}
            autoComplete="off"
            error={errorText('familyName')}
          />
          <TextField
            label={t('signals.birthDate')}
            type="date"
            value={v.birthDate}
            onValueChange={set('birthDate')}
            error={errorText('birthDate')}
          />
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('signals.address')}</FieldsetLegend>
          <TextField
            label={t('signals.postcode')}
            value={v.postcode}
            onValueChange={set('postcode')}
            required
            autoComplete="off"
            error={errorText('postcode')}
          />
          <TextField
            label={t('signals.houseNumber')}
            value={v.houseNumber}
            onValueChange={set('houseNumber')}
            required
            autoComplete="off"
            error={errorText('houseNumber')}
          />
        </Fieldset>
        {category && isArrears(category) ? (
          <Fieldset>
            <FieldsetLegend>{t('signals.partner.arrears')}</FieldsetLegend>
            <TextField
              label={t('signals.amountEuro')}
              value={v.amount}
              onValueChange={set('amount')}
              inputMode="decimal"
              required
              error={errorText('amountCents')}
            />
            <TextField
              label={t('signals.arrearsSince')}
              type="date"
              value={v.arrearsSince}
              onValueChange={set('arrearsSince')}
              required
              description={t('signals.partner.arrearsHint')}
              error={errorText('arrearsSince')}
            />
          </Fieldset>
        ) : null}
        <TextField
          label={t('signals.signalDate')}
          type="date"
          value={v.signalDate}
          onValueChange={set('signalDate')}
          description={t('signals.partner.signalDateHint')}
          error={errorText('signalDate')}
        />
        <TextareaField
          label={t('signals.note')}
          value={v.note}
          onValueChange={set('note')}
          maxLength={500}
          description={t('signals.partner.noteHint')}
        />
        <ProblemAlert
          error={submit.error}
          fieldsShownInline={[
            'bsn',
            'givenName',
            'familyName',
            'birthDate',
            'postcode',
            'houseNumber',
            'category',
            'amountCents',
            'arrearsSince',
            'signalDate',
          ]}
        />
        {submit.data ? (
          <Alert type={submit.data.status === 'accepted' ? 'ok' : 'info'} role="status" className="kt-alert">
            <Paragraph>
              {submit.data.status === 'accepted'
                ? t('signals.partner.accepted', { reference: submit.data.reference ?? '' })
                : t('signals.partner.duplicate')}
            </Paragraph>
          </Alert>
        ) : null}
        <Button appearance="primary-action-button" type="submit" disabled={submit.isPending || !category}>
          {t('signals.partner.send')}
        </Button>
      </form>
    </section>
  );
}
