import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddTariff, type ContractProduct } from '../../api/contracts';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { toCents, useErrorText } from './form-helpers';

/** A new tariff for a product with its own validity (tariffs change on 1 January; no overlap). */
export function TariffForm({ contractId, p, title }: { contractId: string; p: ContractProduct; title: string }) {
  const { t } = useTranslation();
  const e = useErrorText();
  const add = useAddTariff(contractId);
  const specs: FieldSpecs = useMemo(
    () => ({
      validFrom: {
        label: t('contracts.fields.validFrom'),
        messages: { required: e('validFrom'), invalid_format: e('date'), overlap: e('tariffOverlap') },
      },
      validTo: {
        label: t('contracts.fields.validTo'),
        messages: { invalid_format: e('date'), custom: e('validToBefore') },
      },
      tariffCents: {
        label: t('contracts.tariffForm.amount'),
        messages: { required: e('amount'), invalid_type: e('amount'), too_big: e('amount'), too_small: e('amount') },
      },
    }),
    [t, e],
  );
  const form = useFormErrors(specs, add.error);
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [amount, setAmount] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const cents = toCents(amount);
    const ok = form.check([
      issue(!validFrom, 'validFrom'),
      issue(Boolean(validFrom && validTo) && validTo < validFrom, 'validTo', 'custom'),
      issue(Number.isNaN(cents), 'tariffCents', amount.trim() ? 'invalid_type' : 'required'),
    ]);
    if (!ok) return;
    add.mutate(
      { productId: p.id, body: { validFrom, ...(validTo ? { validTo } : {}), tariffCents: cents } },
      {
        onSuccess: () => {
          setValidFrom('');
          setValidTo('');
          setAmount('');
          form.clear();
        },
      },
    );
  };
  const formTitle = t('contracts.tariffForm.title', { product: title });
  return (
    <form onSubmit={onSubmit} noValidate className="kt-form kt-inline-form" aria-label={formTitle}>
      <p className="kt-form-title">{formTitle}</p>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextField
        label={t('contracts.fields.validFrom')}
        type="date"
        value={validFrom}
        onValueChange={setValidFrom}
        required
        {...form.field('validFrom')}
      />
      <TextField
        label={t('contracts.fields.validTo')}
        type="date"
        value={validTo}
        onValueChange={setValidTo}
        {...form.field('validTo')}
      />
      <TextField
        label={t('contracts.tariffForm.amount')}
        description={t('contracts.tariffForm.amountHelp')}
        inputMode="decimal"
        value={amount}
        onValueChange={setAmount}
        required
        {...form.field('tariffCents')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
        {t('contracts.tariffForm.submit')}
      </Button>
    </form>
  );
}
