// One allocated product of a decision: specific (category + product code), aspecific (category only) or
// generic (budget only); a volume with its unit and frequency, or a budget; the period, the referrer
// (COD327) and the provider — offered only when contracted for that product over the whole period.
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePlacementArrangements } from '../../api/decisions';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import type { FormErrors } from '../../components/form/use-form-errors';
import { ArrangementPicker } from './arrangement-picker';
import { BUDGET_LINES, candidates, FREQUENCIES, KINDS, REFERRERS, type Product, type Row } from './product-rows';

export function ProductRow({
  index,
  row,
  products,
  form,
  onChange,
  onRemove,
}: {
  index: number;
  row: Row;
  products: readonly Product[];
  form: FormErrors;
  onChange: (row: Row) => void;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof Row>(key: K, value: Row[K]) => {
    const next = { ...row, [key]: value };
    // A provider that no longer fits the product or period is forgotten rather than sent.
    if (key !== 'providerId' && !candidates(products, next).some((p) => p.providerId === next.providerId))
      next.providerId = '';
    // A placement's provider is the arrangement's: another provider or product undoes the pick.
    if (key === 'providerId' || key === 'kind' || key === 'productCode') next.arrangementId = '';
    onChange(next);
  };
  const path = (field: string) => `products.${index}.${field}`;
  const categories = [...new Map(products.map((p) => [p.category, p])).values()].sort((a, b) =>
    a.category.localeCompare(b.category),
  );
  const codes = products.filter((p) => p.category === row.category && p.productCode);
  const uniqueCodes = [...new Map(codes.map((p) => [p.productCode, p])).values()];
  const fitting = candidates(products, row);
  const providers = [...new Map(fitting.map((p) => [p.providerId, p])).values()];
  const chosen = fitting.find((p) => p.providerId === row.providerId);
  const level = products.find((p) => p.category === row.category)?.levelOfHelp;
  const generic = row.kind === 'generic';
  const byBudget = generic || row.basis === 'budget';
  const arrangements = usePlacementArrangements(row, !generic && row.category !== '');
  // The choice is offered when an arrangement's provider is contracted for this category (seed: 50).
  const contracted = new Set(fitting.map((p) => p.providerId));
  const placeable = (arrangements.data?.items ?? []).filter((a) =>
    a.providers.some((ap) => products.some((p) => p.providerId === ap.id && p.category === row.category)),
  );
  const inArrangement = placeable.find((a) => a.id === row.arrangementId);
  const providerOptions = inArrangement
    ? providers.filter((p) => inArrangement.providers.some((ap) => ap.id === p.providerId))
    : providers;
  const pick = (arrangementId: string, providerId: string) => {
    const product = fitting.find((p) => p.providerId === providerId);
    onChange({
      ...row,
      arrangementId,
      providerId,
      ...(row.kind === 'specific' && product?.productCode ? { productCode: product.productCode } : {}),
    });
  };
  return (
    <Fieldset className="kt-section kt-product-row" data-testid={`product-row-${index}`}>
      <FieldsetLegend>{t('decisions.form.productN', { n: index + 1 })}</FieldsetLegend>
      <RadioGroup
        legend={t('decisions.form.kind')}
        name={`kind-${row.key}`}
        value={row.kind}
        onValueChange={(v) => set('kind', v)}
        options={KINDS.map((k) => ({ value: k, label: t(`decisions.kinds.${k}`) }))}
        {...form.field(path('kind'))}
      />
      {generic ? (
        <SelectField
          label={t('decisions.form.budgetLine')}
          value={row.budgetLine}
          onValueChange={(v) => set('budgetLine', v as Row['budgetLine'])}
          options={BUDGET_LINES.map((l) => ({ value: l, label: t(`decisions.lines.${l}`) }))}
          {...form.field(path('budgetLine'))}
        />
      ) : (
        <>
          <SelectField
            label={t('decisions.form.category')}
            value={row.category}
            onValueChange={(v) => onChange({ ...row, category: v, productCode: '', providerId: '' })}
            emptyOption={t('decisions.form.choose')}
            options={categories.map((p) => ({
              value: p.category,
              label: `${p.category} ${t(`decisions.categories.${p.category}`, { defaultValue: '' })}`.trim(),
            }))}
            {...form.field(path('category'))}
          />
          {row.category ? (
            <Paragraph data-testid={`level-${index}`}>
              {t('decisions.form.level', {
                level: t(`decisions.levels.${level ?? 'generic'}`),
              })}
            </Paragraph>
          ) : null}
        </>
      )}
      {row.kind === 'specific' ? (
        <SelectField
          label={t('decisions.form.productCode')}
          value={row.productCode}
          onValueChange={(v) => set('productCode', v)}
          emptyOption={t('decisions.form.choose')}
          options={uniqueCodes.map((p) => ({ value: p.productCode ?? '', label: `${p.productCode} ${p.name}` }))}
          {...form.field(path('productCode'))}
        />
      ) : null}
      <TextField
        label={t('decisions.form.startsOn')}
        type="date"
        value={row.startsOn}
        onValueChange={(v) => set('startsOn', v)}
        {...form.field(path('startsOn'))}
      />
      <TextField
        label={t('decisions.form.endsOn')}
        type="date"
        value={row.endsOn}
        onValueChange={(v) => set('endsOn', v)}
        {...form.field(path('endsOn'))}
      />
      {!generic && (placeable.length > 0 || row.placement) ? (
        <RadioGroup
          legend={t('decisions.arrangements.choice')}
          name={`placement-${row.key}`}
          value={row.placement ? 'yes' : 'no'}
          onValueChange={(v) => onChange({ ...row, placement: v === 'yes', arrangementId: '' })}
          options={(['no', 'yes'] as const).map((v) => ({ value: v, label: t(`decisions.arrangements.${v}`) }))}
        />
      ) : null}
      {row.placement && !generic ? (
        <ArrangementPicker
          arrangements={placeable}
          chosenId={row.arrangementId}
          contracted={contracted}
          onPick={(a, providerId) => pick(a.id, providerId)}
          {...form.field(path('arrangementId'))}
        />
      ) : null}
      <SelectField
        label={t('decisions.form.provider')}
        description={t('decisions.form.providerDescription')}
        value={row.providerId}
        onValueChange={(v) => set('providerId', v)}
        emptyOption={providers.length === 0 ? t('decisions.form.noProvider') : t('decisions.form.choose')}
        options={providerOptions.map((p) => ({ value: p.providerId, label: p.providerName }))}
        {...form.field(path('providerId'))}
      />
      {generic ? null : (
        <RadioGroup
          legend={t('decisions.form.basis')}
          name={`basis-${row.key}`}
          value={row.basis}
          onValueChange={(v) => set('basis', v)}
          options={(['volume', 'budget'] as const).map((b) => ({ value: b, label: t(`decisions.bases.${b}`) }))}
        />
      )}
      {byBudget ? (
        <TextField
          label={t('decisions.form.budget')}
          description={t('decisions.form.budgetDescription')}
          value={row.budgetEuros}
          onValueChange={(v) => set('budgetEuros', v)}
          inputMode="decimal"
          {...form.field(path('budgetCents'))}
        />
      ) : (
        <>
          <TextField
            label={t('decisions.form.volume')}
            description={
              chosen
                ? t('decisions.form.unitIs', {
                    unit: t(`decisions.units.${chosen.unit}`, { defaultValue: chosen.unit }),
                  })
                : undefined
            }
            value={row.volume}
            onValueChange={(v) => set('volume', v)}
            inputMode="numeric"
            {...form.field(path('volume'))}
          />
          <SelectField
            label={t('decisions.form.frequency')}
            value={row.frequency}
            onValueChange={(v) => set('frequency', v as Row['frequency'])}
            options={FREQUENCIES.map((f) => ({ value: f, label: t(`decisions.frequencies.${f}`) }))}
            {...form.field(path('frequency'))}
          />
        </>
      )}
      <SelectField
        label={t('decisions.form.referrer')}
        value={row.referrerType}
        onValueChange={(v) => set('referrerType', v as Row['referrerType'])}
        options={REFERRERS.map((r) => ({ value: r, label: t(`decisions.referrers.${r}`) }))}
        {...form.field(path('referrerType'))}
      />
      {onRemove ? (
        <Button type="button" appearance="subtle-button" onClick={onRemove}>
          {t('decisions.form.removeProduct', { n: index + 1 })}
        </Button>
      ) : null}
    </Fieldset>
  );
}
