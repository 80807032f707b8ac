import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractCodeLists, useSaveProduct, type ContractDetail, type ContractProduct } from '../../api/contracts';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useErrorText } from './form-helpers';

const LINES = [
  'local_basic',
  'local_ambulant',
  'regional_ambulant',
  'regional_day_treatment',
  'regional_residential',
  'crisis',
  'youth_protection',
  'tailored_arrangements',
] as const;
type Line = (typeof LINES)[number];

/** Units per execution variant (Toewijzingsvarianten; the server checks the same, products.ts). */
const UNITS_BY_VARIANT: Record<ContractDetail['variant'], readonly string[]> = {
  effort: ['01', '04', '14', '16', '84'],
  output: ['82', '83'],
  task: ['01', '04', '14', '16', '82', '83', '84'],
};

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  const e = useErrorText();
  return useMemo(
    () => ({
      category: {
        label: t('contracts.fields.category'),
        messages: {
          required: e('category'),
          invalid_format: e('category'),
          not_in_list: e('category'),
          in_use: e('productInUse'),
        },
      },
      productCode: {
        label: t('contracts.productForm.code'),
        messages: { invalid_format: e('productCode'), too_big: e('productCode'), duplicate: e('productDuplicate') },
      },
      name: { label: t('contracts.productForm.name'), messages: { required: e('productName') } },
      unit: {
        label: t('contracts.fields.unit'),
        messages: {
          required: e('unit'),
          invalid_format: e('unit'),
          not_in_list: e('unit'),
          unit_variant: e('unitVariant'),
        },
      },
      budgetLine: {
        label: t('contracts.fields.budgetLine'),
        messages: { required: e('budgetLine'), invalid_enum: e('budgetLine') },
      },
    }),
    [t, e],
  );
}

/** Add a product to a contract, or edit one: JZ020 category and WJ756 unit chosen by name, own code ≤ 5. */
export function ProductForm({
  contract,
  product,
  onDone,
}: {
  contract: ContractDetail;
  product?: ContractProduct;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const lists = useContractCodeLists();
  const save = useSaveProduct(contract.id);
  const form = useFormErrors(useSpecs(), save.error);
  const empty = { category: '', productCode: '', name: '', unit: '', budgetLine: '' as Line | '' };
  const [v, setV] = useState(
    product
      ? {
          category: product.category,
          productCode: product.productCode ?? '',
          name: product.name,
          unit: product.unit,
          budgetLine: product.budgetLine,
        }
      : empty,
  );
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const units = (lists.data?.units ?? []).filter((u) => UNITS_BY_VARIANT[contract.variant].includes(u.code));
  const formTitle = product
    ? t('contracts.productForm.editTitle', { product: product.name })
    : t('contracts.productForm.newTitle');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = v.productCode.trim().toUpperCase();
    const budgetLine = LINES.find((l) => l === v.budgetLine);
    const ok = form.check([
      issue(!v.category, 'category'),
      issue(Boolean(code) && !/^[0-9A-Z]{1,5}$/.test(code), 'productCode', 'invalid_format'),
      issue(!v.name.trim(), 'name'),
      issue(!v.unit, 'unit'),
      issue(!budgetLine, 'budgetLine'),
    ]);
    if (!ok || !budgetLine) return;
    save.mutate(
      {
        ...(product ? { productId: product.id } : {}),
        body: { category: v.category, productCode: code || null, name: v.name.trim(), unit: v.unit, budgetLine },
      },
      {
        onSuccess: () => {
          if (!product) setV(empty);
          form.clear();
          onDone?.();
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={formTitle} className="kt-form kt-inline-form">
      <p className="kt-form-title">{formTitle}</p>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError ?? lists.error} />
      <SelectField
        label={t('contracts.fields.category')}
        description={t('contracts.productForm.categoryHelp')}
        value={v.category}
        onValueChange={set('category')}
        emptyOption={t('contracts.form.choose')}
        options={(lists.data?.categories ?? []).map((c) => ({ value: c.code, label: `${c.label} (${c.code})` }))}
        required
        {...form.field('category')}
      />
      <TextField
        label={t('contracts.productForm.code')}
        description={t('contracts.productForm.codeHelp')}
        maxLength={5}
        value={v.productCode}
        onValueChange={set('productCode')}
        {...form.field('productCode')}
      />
      <TextField
        label={t('contracts.productForm.name')}
        value={v.name}
        onValueChange={set('name')}
        required
        {...form.field('name')}
      />
      <SelectField
        label={t('contracts.fields.unit')}
        description={t('contracts.productForm.unitHelp', { variant: t(`contracts.variants.${contract.variant}`) })}
        value={v.unit}
        onValueChange={set('unit')}
        emptyOption={t('contracts.form.choose')}
        options={units.map((u) => ({ value: u.code, label: u.label }))}
        required
        {...form.field('unit')}
      />
      <SelectField
        label={t('contracts.fields.budgetLine')}
        value={v.budgetLine}
        onValueChange={set('budgetLine')}
        emptyOption={t('contracts.form.choose')}
        options={LINES.map((l) => ({ value: l, label: t(`contracts.lines.${l}`) }))}
        required
        {...form.field('budgetLine')}
      />
      <div className="kt-form-actions">
        <Button type="submit" appearance="primary-action-button" disabled={save.isPending}>
          {product ? t('contracts.productForm.save') : t('contracts.productForm.add')}
        </Button>
        {onDone ? (
          <Button type="button" appearance="subtle-button" onClick={onDone}>
            {t('contracts.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
