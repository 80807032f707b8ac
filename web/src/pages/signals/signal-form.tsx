import { Alert, Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
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
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';

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

/** The signal's fields: labels for the error summary and, per problem code, what to do. */
function useSignalSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const e = (key: string) => t(`signals.form.errors.${key}` as 'signals.form.errors.category');
    const amount = e('amount');
    const houseNumber = e('houseNumber');
    return {
      category: {
        label: t('signals.category'),
        messages: {
          required: e('category'),
          invalid_enum: e('category'),
          invalid_category: e('category'),
          category_not_allowed: e('categoryNotAllowed'),
        },
      },
      bsn: {
        label: t('signals.bsn'),
        messages: {
          invalid_format: e('bsn'),
          invalid_bsn: e('bsnInvalid'),
          bsn: e('bsnInvalid'),
          identity_required: e('identity'),
        },
      },
      givenName: { label: t('signals.givenName'), messages: { required: e('givenName') } },
      familyName: { label: t('signals.familyName'), messages: { required: e('familyName') } },
      birthDate: {
        label: t('signals.birthDate'),
        messages: { required: e('birthDate'), in_future: e('birthDateFuture'), invalid_format: e('birthDate') },
      },
      postcode: {
        label: t('signals.postcode'),
        messages: {
          required: e('postcode'),
          invalid_format: e('postcode'),
          invalid_postcode: e('postcode'),
          postcode_unknown: e('postcodeUnknown'),
          no_team_for_address: e('noTeam'),
        },
      },
      houseNumber: {
        label: t('signals.houseNumber'),
        messages: { required: houseNumber, invalid_format: houseNumber, invalid_house_number: houseNumber },
      },
      amountCents: {
        label: t('signals.amountEuro'),
        messages: {
          required: amount,
          amount_required: amount,
          invalid_format: amount,
          invalid_type: amount,
          too_small: amount,
          too_big: amount,
          only_for_arrears: e('onlyForArrears'),
        },
      },
      arrearsSince: {
        label: t('signals.arrearsSince'),
        messages: {
          required: e('arrearsSince'),
          arrears_since_required: e('arrearsSince'),
          after_signal_date: e('afterSignalDate'),
          arrears_too_recent: e('arrearsTooRecent'),
        },
      },
      signalDate: { label: t('signals.signalDate'), messages: { in_future: e('signalDate') } },
      note: { label: t('signals.note'), messages: { too_big: e('note') } },
    };
  }, [t]);
}

/** One signal about a person or household: identity (BSN, or name + birth date), address, category. */
export function SignalForm({ categories }: { categories: readonly SignalCategory[] }) {
  const { t } = useTranslation();
  const submit = useSubmitSignal();
  const [category, setCategory] = useState<SignalCategory | ''>(categories.length === 1 ? (categories[0] ?? '') : '');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [v, setV] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) => setV({ ...v, [key]: value });
  const serverError = useMemo(() => withFieldCodes(submit.error), [submit.error]);
  const form = useFormErrors(useSignalSpecs(), serverError);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const bsn = v.bsn.trim();
    const arrears = Boolean(category) && isArrears(category as SignalCategory);
    const valid = form.check([
      issue(!category, 'category'),
      issue(Boolean(bsn) && !/^\d{9}$/.test(bsn), 'bsn', 'invalid_format'),
      issue(!bsn && !v.givenName.trim(), 'givenName'),
      issue(!bsn && !v.familyName.trim(), 'familyName'),
      issue(!bsn && !v.birthDate, 'birthDate'),
      issue(!v.postcode.trim(), 'postcode'),
      issue(!v.houseNumber.trim(), 'houseNumber'),
      issue(arrears && cents(v.amount) === undefined, 'amountCents'),
      issue(arrears && !v.arrearsSince, 'arrearsSince'),
    ]);
    if (!valid || !category) return;
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
        if (r.status !== 'accepted') return;
        setV(EMPTY);
        form.clear();
      },
    });
  };
  return (
    <section className="kt-section" aria-labelledby="signal-form-title">
      <Heading2 id="signal-form-title">{t('signals.partner.formTitle')}</Heading2>
      <form onSubmit={onSubmit} noValidate data-testid="signal-form">
        <ErrorSummary form={form} />
        <SelectField
          label={t('signals.category')}
          value={category}
          onValueChange={(c) => setCategory(c as SignalCategory)}
          required
          emptyOption={t('signals.choose')}
          options={categories.map((c) => ({ value: c, label: t(`signals.categories.${c}`) }))}
          {...form.field('category')}
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
            {...form.field('bsn')}
          />
          <TextField
            label={t('signals.givenName')}
            value={v.givenName}
            onValueChange={set('givenName')}
            autoComplete="off"
            {...form.field('givenName')}
          />
          <TextField
            label={t('signals.familyName')}
            value={v.familyName}
            onValueChange={set('familyName')}
            autoComplete="off"
            {...form.field('familyName')}
          />
          <TextField
            label={t('signals.birthDate')}
            type="date"
            value={v.birthDate}
            onValueChange={set('birthDate')}
            {...form.field('birthDate')}
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
            {...form.field('postcode')}
          />
          <TextField
            label={t('signals.houseNumber')}
            value={v.houseNumber}
            onValueChange={set('houseNumber')}
            required
            autoComplete="off"
            {...form.field('houseNumber')}
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
              {...form.field('amountCents')}
            />
            <TextField
              label={t('signals.arrearsSince')}
              type="date"
              value={v.arrearsSince}
              onValueChange={set('arrearsSince')}
              required
              description={t('signals.partner.arrearsHint')}
              {...form.field('arrearsSince')}
            />
          </Fieldset>
        ) : null}
        <TextField
          label={t('signals.signalDate')}
          type="date"
          value={v.signalDate}
          onValueChange={set('signalDate')}
          description={t('signals.partner.signalDateHint')}
          {...form.field('signalDate')}
        />
        <TextareaField
          label={t('signals.note')}
          value={v.note}
          onValueChange={set('note')}
          maxLength={500}
          description={t('signals.partner.noteHint')}
          {...form.field('note')}
        />
        <ProblemAlert error={form.otherError} />
        {submit.data ? (
          <Alert type={submit.data.status === 'accepted' ? 'ok' : 'info'} role="status" className="kt-alert">
            <Paragraph>
              {submit.data.status === 'accepted'
                ? t('signals.partner.accepted', { reference: submit.data.reference ?? '' })
                : t('signals.partner.duplicate')}
            </Paragraph>
          </Alert>
        ) : null}
        <Button appearance="primary-action-button" type="submit" disabled={submit.isPending}>
          {t('signals.partner.send')}
        </Button>
      </form>
    </section>
  );
}
