import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  useArrangement,
  useContractCodeLists,
  useProviders,
  useSaveArrangement,
  type CareArrangementDetail,
} from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { centsToInput, toCents, toDecimal, useErrorText } from './form-helpers';
import './contracts.css';

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  const e = useErrorText();
  return useMemo(
    () => ({
      municipalityCode: {
        label: t('contracts.budgets.municipality'),
        messages: { required: e('municipality'), invalid_format: e('municipality'), out_of_region: e('municipality') },
      },
      name: { label: t('contracts.arrangementForm.name'), messages: { required: e('arrangementName') } },
      schoolId: {
        label: t('contracts.arrangements.school'),
        messages: { required: e('school'), invalid_format: e('school'), unknown: e('school') },
      },
      capacity: {
        label: t('contracts.arrangements.capacity'),
        messages: {
          required: e('capacity'),
          invalid_type: e('capacity'),
          too_small: e('capacity'),
          too_big: e('capacity'),
          below_placed: e('capacityBelowPlaced'),
        },
      },
      costModel: { label: t('contracts.arrangements.costModel'), messages: { required: e('costModel') } },
      annualCostCents: {
        label: t('contracts.arrangements.annualCost'),
        messages: { required: e('amount'), invalid_type: e('amount'), too_big: e('amount') },
      },
      startsOn: {
        label: t('contracts.contractForm.startsOn'),
        messages: { required: e('startsOn'), invalid_format: e('date') },
      },
      endsOn: {
        label: t('contracts.contractForm.endsOn'),
        messages: { invalid_format: e('date'), before_start: e('endBeforeStart') },
      },
      providers: {
        label: t('contracts.arrangements.providers'),
        messages: {
          required: e('arrangementProviders'),
          too_small: e('arrangementProviders'),
          shares_not_100: e('shares'),
          provider_twice: e('providerTwice'),
          provider_placed: e('providerPlaced'),
        },
      },
      'providers.*.providerId': {
        label: t('contracts.fields.provider'),
        messages: {
          required: e('provider'),
          invalid_format: e('provider'),
          not_contracted: e('providerNotContracted'),
        },
      },
      'providers.*.costSharePct': {
        label: t('contracts.arrangementForm.share'),
        messages: { required: e('share'), invalid_type: e('share'), too_small: e('share'), too_big: e('share') },
      },
    }),
    [t, e],
  );
}

/** New arrangement (/contracts/arrangements/new) or edit one (/contracts/arrangements/:arrangementId/edit). */
export function ArrangementFormPage() {
  const { t } = useTranslation();
  const { arrangementId } = useParams();
  const existing = useArrangement(arrangementId ?? '');
  const ready = !arrangementId || existing.data;
  return (
    <>
      <PageHeading>
        {arrangementId
          ? t('contracts.arrangementForm.editTitle', { name: existing.data?.name ?? '' })
          : t('contracts.arrangementForm.newTitle')}
      </PageHeading>
      <Paragraph>
        <AppLink to={arrangementId ? `/contracts/arrangements/${arrangementId}` : '/contracts/arrangements'}>
          {t('contracts.arrangements.back')}
        </AppLink>
      </Paragraph>
      <Paragraph>{t('contracts.arrangementForm.intro')}</Paragraph>
      {arrangementId ? <ProblemAlert error={existing.error} /> : null}
      {ready ? <ArrangementForm existing={arrangementId ? (existing.data ?? null) : null} /> : null}
    </>
  );
}

interface ProviderRow {
  providerId: string;
  share: string;
}

function ArrangementForm({ existing }: { existing: CareArrangementDetail | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lists = useContractCodeLists();
  const providers = useProviders();
  const save = useSaveArrangement();
  const form = useFormErrors(useSpecs(), save.error);
  const [v, setV] = useState({
    municipalityCode: existing?.municipalityCode ?? '',
    name: existing?.name ?? '',
    schoolId: existing?.schoolId ?? '',
    capacity: existing ? String(existing.capacity) : '',
    costModel: existing?.costModel ?? '',
    annualCost: existing ? centsToInput(existing.annualCostCents) : '',
    startsOn: existing?.startsOn ?? '',
    endsOn: existing?.endsOn ?? '',
  });
  const [rows, setRows] = useState<ProviderRow[]>(
    existing
      ? existing.providers.map((p) => ({ providerId: p.id, share: String(p.costSharePct).replace('.', ',') }))
      : [{ providerId: '', share: '100' }],
  );
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const setRow = (i: number, patch: Partial<ProviderRow>) =>
    setRows((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const schools = (lists.data?.schools ?? []).filter(
    (s) => !v.municipalityCode || s.municipalityCode === v.municipalityCode,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const capacity = Number(v.capacity);
    const cents = toCents(v.annualCost);
    const shares = rows.map((r) => toDecimal(r.share));
    const total = shares.reduce((s, x) => s + (Number.isNaN(x) ? 0 : Math.round(x * 100)), 0);
    const ok = form.check([
      issue(!v.municipalityCode, 'municipalityCode'),
      issue(!v.name.trim(), 'name'),
      issue(!v.schoolId, 'schoolId'),
      issue(
        !/^\d{1,3}$/.test(v.capacity) || capacity < 1 || capacity > 100,
        'capacity',
        v.capacity ? 'invalid_type' : 'required',
      ),
      issue(!v.costModel.trim(), 'costModel'),
      issue(Number.isNaN(cents), 'annualCostCents', v.annualCost.trim() ? 'invalid_type' : 'required'),
      issue(!v.startsOn, 'startsOn'),
      issue(Boolean(v.startsOn && v.endsOn) && v.endsOn < v.startsOn, 'endsOn', 'before_start'),
      ...rows.map((r, i) => issue(!r.providerId, `providers.${i}.providerId`)),
      ...shares.map((x, i) =>
        issue(Number.isNaN(x) || x <= 0 || x > 100, `providers.${i}.costSharePct`, 'invalid_type'),
      ),
      issue(shares.every((x) => !Number.isNaN(x)) && total !== 10_000, 'providers', 'shares_not_100'),
      issue(new Set(rows.map((r) => r.providerId)).size !== rows.length, 'providers', 'provider_twice'),
    ]);
    if (!ok) return;
    save.mutate(
      {
        ...(existing ? { id: existing.id } : {}),
        body: {
          municipalityCode: v.municipalityCode,
          name: v.name.trim(),
          schoolId: v.schoolId,
          capacity,
          costModel: v.costModel.trim(),
          annualCostCents: cents,
          startsOn: v.startsOn,
          endsOn: v.endsOn || null,
          providers: rows.map((r, i) => ({ providerId: r.providerId, costSharePct: shares[i] ?? 0 })),
        },
      },
      { onSuccess: (detail) => void navigate(`/contracts/arrangements/${detail.id}`) },
    );
  };
  const providersField = form.field('providers');
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('contracts.arrangementForm.formLabel')} className="kt-form">
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError ?? lists.error ?? providers.error} />
      <SelectField
        label={t('contracts.budgets.municipality')}
        value={v.municipalityCode}
        onValueChange={set('municipalityCode')}
        emptyOption={t('contracts.form.choose')}
        options={(lists.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
        required
        {...form.field('municipalityCode')}
      />
      <TextField
        label={t('contracts.arrangementForm.name')}
        value={v.name}
        onValueChange={set('name')}
        required
        {...form.field('name')}
      />
      <SelectField
        label={t('contracts.arrangements.school')}
        value={v.schoolId}
        onValueChange={set('schoolId')}
        emptyOption={t('contracts.form.choose')}
        options={schools.map((s) => ({ value: s.id, label: s.name }))}
        required
        {...form.field('schoolId')}
      />
      <TextField
        label={t('contracts.arrangements.capacity')}
        description={t('contracts.arrangementForm.capacityHelp')}
        inputMode="numeric"
        maxLength={3}
        value={v.capacity}
        onValueChange={set('capacity')}
        required
        {...form.field('capacity')}
      />
      <Fieldset
        id={providersField.id}
        invalid={Boolean(providersField.error)}
        aria-invalid={providersField.error ? true : undefined}
      >
        <FieldsetLegend>{t('contracts.arrangements.providers')}</FieldsetLegend>
        <Paragraph>{t('contracts.arrangementForm.providersHelp')}</Paragraph>
        {providersField.error ? <p className="utrecht-form-field-error-message">{providersField.error}</p> : null}
        {rows.map((r, i) => (
          <div key={i} className="kt-provider-row">
            <SelectField
              label={t('contracts.arrangementForm.providerN', { n: i + 1 })}
              value={r.providerId}
              onValueChange={(providerId) => setRow(i, { providerId })}
              emptyOption={t('contracts.form.choose')}
              options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              required
              {...form.field(`providers.${i}.providerId`)}
            />
            <TextField
              label={t('contracts.arrangementForm.shareN', { n: i + 1 })}
              inputMode="decimal"
              value={r.share}
              onValueChange={(share) => setRow(i, { share })}
              required
              {...form.field(`providers.${i}.costSharePct`)}
            />
            {rows.length > 1 ? (
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => setRows((old) => old.filter((_, j) => j !== i))}
              >
                {t('contracts.arrangementForm.removeProvider', { n: i + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        {rows.length < 10 ? (
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => setRows((old) => [...old, { providerId: '', share: '' }])}
          >
            {t('contracts.arrangementForm.addProvider')}
          </Button>
        ) : null}
      </Fieldset>
      <TextareaField
        label={t('contracts.arrangements.costModel')}
        description={t('contracts.arrangementForm.costModelHelp')}
        value={v.costModel}
        onValueChange={set('costModel')}
        required
        {...form.field('costModel')}
      />
      <TextField
        label={t('contracts.arrangementForm.annualCost')}
        inputMode="decimal"
        value={v.annualCost}
        onValueChange={set('annualCost')}
        required
        {...form.field('annualCostCents')}
      />
      <TextField
        label={t('contracts.contractForm.startsOn')}
        type="date"
        value={v.startsOn}
        onValueChange={set('startsOn')}
        required
        {...form.field('startsOn')}
      />
      <TextField
        label={t('contracts.contractForm.endsOn')}
        type="date"
        value={v.endsOn}
        onValueChange={set('endsOn')}
        {...form.field('endsOn')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {existing ? t('contracts.arrangementForm.save') : t('contracts.arrangementForm.create')}
      </Button>
    </form>
  );
}
