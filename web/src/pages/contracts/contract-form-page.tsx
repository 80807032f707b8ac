import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  useContract,
  useContractCodeLists,
  useProviders,
  useSaveContract,
  type ContractDetail,
} from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useErrorText } from './form-helpers';
import './contracts.css';

const VARIANTS = ['effort', 'output', 'task'] as const;
type Variant = (typeof VARIANTS)[number];

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  const e = useErrorText();
  return useMemo(
    () => ({
      reference: {
        label: t('contracts.fields.reference'),
        messages: { required: e('reference'), invalid_format: e('reference'), taken: e('referenceTaken') },
      },
      providerId: {
        label: t('contracts.fields.provider'),
        messages: {
          required: e('provider'),
          invalid_format: e('provider'),
          unknown: e('provider'),
          in_use: e('providerInUse'),
        },
      },
      purchaser: {
        label: t('contracts.fields.purchaser'),
        messages: { required: e('purchaser'), invalid_enum: e('purchaser') },
      },
      municipalityCode: {
        label: t('contracts.contractForm.municipality'),
        messages: {
          required: e('municipality'),
          out_of_region: e('municipality'),
          regional: e('regionalNoMunicipality'),
        },
      },
      variant: {
        label: t('contracts.fields.variant'),
        messages: { required: e('variant'), invalid_enum: e('variant'), unit_variant: e('variantProducts') },
      },
      startsOn: {
        label: t('contracts.contractForm.startsOn'),
        messages: { required: e('startsOn'), invalid_format: e('date') },
      },
      endsOn: {
        label: t('contracts.contractForm.endsOn'),
        messages: { invalid_format: e('date'), before_start: e('endBeforeStart') },
      },
      note: { label: t('contracts.contractForm.note') },
    }),
    [t, e],
  );
}

/** New contract (/contracts/new) or edit one (/contracts/:contractId/edit). */
export function ContractFormPage() {
  const { t } = useTranslation();
  const { contractId } = useParams();
  const existing = useContract(contractId ?? '', { enabled: Boolean(contractId) });
  const ready = !contractId || existing.data;
  return (
    <>
      <PageHeading>
        {contractId
          ? t('contracts.contractForm.editTitle', { reference: existing.data?.reference ?? '' })
          : t('contracts.contractForm.newTitle')}
      </PageHeading>
      <Paragraph>
        <AppLink to={contractId ? `/contracts/${contractId}` : '/contracts'}>
          {contractId ? t('contracts.contractForm.backToContract') : t('contracts.detail.back')}
        </AppLink>
      </Paragraph>
      <ProblemAlert error={existing.error} />
      {ready ? <ContractForm existing={existing.data ?? null} /> : null}
    </>
  );
}

function ContractForm({ existing }: { existing: ContractDetail | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const lists = useContractCodeLists();
  const providers = useProviders();
  const save = useSaveContract();
  const form = useFormErrors(useSpecs(), save.error);
  const [v, setV] = useState({
    reference: existing?.reference ?? '',
    providerId: existing?.providerId ?? '',
    purchaser: (existing?.purchaser ?? '') as '' | 'municipality' | 'region',
    municipalityCode: existing?.municipalityCode ?? '',
    variant: (existing?.variant ?? '') as Variant | '',
    startsOn: existing?.startsOn ?? '',
    endsOn: existing?.endsOn ?? '',
    note: existing?.note ?? '',
  });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const reference = v.reference.trim().toUpperCase();
    const ok = form.check([
      issue(!/^[A-Z0-9-]{3,30}$/.test(reference), 'reference', reference ? 'invalid_format' : 'required'),
      issue(!v.providerId, 'providerId'),
      issue(!v.purchaser, 'purchaser'),
      issue(v.purchaser === 'municipality' && !v.municipalityCode, 'municipalityCode'),
      issue(!v.variant, 'variant'),
      issue(!v.startsOn, 'startsOn'),
      issue(Boolean(v.startsOn && v.endsOn) && v.endsOn < v.startsOn, 'endsOn', 'before_start'),
    ]);
    if (!ok || !v.purchaser || !v.variant) return;
    save.mutate(
      {
        ...(existing ? { id: existing.id } : {}),
        body: {
          reference,
          providerId: v.providerId,
          purchaser: v.purchaser,
          municipalityCode: v.purchaser === 'municipality' ? v.municipalityCode : null,
          variant: v.variant,
          startsOn: v.startsOn,
          endsOn: v.endsOn || null,
          note: v.note.trim() || null,
        },
      },
      { onSuccess: (detail) => void navigate(`/contracts/${detail.id}`) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('contracts.contractForm.formLabel')} className="kt-form">
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError ?? lists.error ?? providers.error} />
      <TextField
        label={t('contracts.fields.reference')}
        description={t('contracts.contractForm.referenceHelp')}
        value={v.reference}
        onValueChange={set('reference')}
        required
        {...form.field('reference')}
      />
      <SelectField
        label={t('contracts.fields.provider')}
        description={t('contracts.contractForm.providerHelp')}
        value={v.providerId}
        onValueChange={set('providerId')}
        emptyOption={t('contracts.form.choose')}
        options={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (AGB ${p.agbCode})` }))}
        required
        {...form.field('providerId')}
      />
      <RadioGroup
        legend={t('contracts.fields.purchaser')}
        name="purchaser"
        value={v.purchaser}
        onValueChange={set('purchaser')}
        options={[
          { value: 'municipality', label: t('contracts.contractForm.purchaserMunicipality') },
          {
            value: 'region',
            label: t('contracts.contractForm.purchaserRegion'),
            description: t('contracts.contractForm.purchaserRegionHelp'),
          },
        ]}
        {...form.field('purchaser')}
      />
      {v.purchaser === 'municipality' ? (
        <SelectField
          label={t('contracts.contractForm.municipality')}
          value={v.municipalityCode}
          onValueChange={set('municipalityCode')}
          emptyOption={t('contracts.form.choose')}
          options={(lists.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
          required
          {...form.field('municipalityCode')}
        />
      ) : null}
      <RadioGroup
        legend={t('contracts.fields.variant')}
        name="variant"
        value={v.variant}
        onValueChange={set('variant')}
        options={VARIANTS.map((variant) => ({
          value: variant,
          label: t(`contracts.variants.${variant}`),
          description: t(`contracts.variantHelp.${variant}`),
        }))}
        {...form.field('variant')}
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
        description={t('contracts.contractForm.endsOnHelp')}
        type="date"
        value={v.endsOn}
        onValueChange={set('endsOn')}
        {...form.field('endsOn')}
      />
      <TextareaField
        label={t('contracts.contractForm.note')}
        value={v.note}
        onValueChange={set('note')}
        {...form.field('note')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
        {existing ? t('contracts.contractForm.save') : t('contracts.contractForm.create')}
      </Button>
    </form>
  );
}
