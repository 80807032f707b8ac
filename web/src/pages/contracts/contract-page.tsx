import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAddTariff, useContract, type ContractDetail, type ContractProduct } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import './contracts.css';

/** One contract: products with their tariffs per validity, outcome criteria; add a tariff (1 January changes). */
export function ContractPage() {
  const { t } = useTranslation();
  const { contractId = '' } = useParams();
  const contract = useContract(contractId);
  const c = contract.data;
  return (
    <>
      <PageHeading>
        {c ? t('contracts.detail.title', { reference: c.reference }) : t('contracts.detail.loading')}
      </PageHeading>
      <Paragraph>
        <AppLink to="/contracts">{t('contracts.detail.back')}</AppLink>
      </Paragraph>
      <ProblemAlert error={contract.error} />
      {c ? <ContractView c={c} /> : null}
    </>
  );
}

function ContractView({ c }: { c: ContractDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <dl className="kt-facts">
        <dt>{t('contracts.fields.provider')}</dt>
        <dd>
          {c.providerName} (AGB {c.providerAgb})
        </dd>
        <dt>{t('contracts.fields.purchaser')}</dt>
        <dd>{c.purchaser === 'region' ? t('contracts.purchaser.region') : (c.municipalityName ?? '')}</dd>
        <dt>{t('contracts.fields.variant')}</dt>
        <dd>{t(`contracts.variants.${c.variant}`)}</dd>
        <dt>{t('contracts.fields.period')}</dt>
        <dd>
          {format.date(c.startsOn)} – {c.endsOn ? format.date(c.endsOn) : t('contracts.openEnded')}
        </dd>
      </dl>
      <Heading2>{t('contracts.detail.products')}</Heading2>
      {c.productList.length === 0 ? <Paragraph>{t('contracts.detail.noProducts')}</Paragraph> : null}
      {c.productList.map((p) => (
        <ProductSection key={p.id} contractId={c.id} p={p} />
      ))}
      <Heading2>{t('contracts.detail.criteria')}</Heading2>
      {c.criteria.length === 0 ? (
        <Paragraph>{t('contracts.detail.noCriteria')}</Paragraph>
      ) : (
        <DataTable caption={t('contracts.detail.criteria')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('contracts.fields.indicator')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.target')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.description')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.criteria.map((k) => (
              <TableRow key={k.id}>
                <TableHeaderCell scope="row">{t(`contracts.indicators.${k.indicator}`)}</TableHeaderCell>
                <TableCell>
                  {t(`contracts.comparison.${k.comparison}`)} {format.number(k.target)}
                </TableCell>
                <TableCell>{k.description ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}

function ProductSection({ contractId, p }: { contractId: string; p: ContractProduct }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = `${p.category}${p.productCode ? ` ${p.productCode}` : ''} · ${p.name}`;
  return (
    <section className="kt-product" aria-label={title}>
      <Heading3>{title}</Heading3>
      <Paragraph>
        {t('contracts.fields.category')}: {p.categoryLabel ?? p.category} · {t('contracts.fields.unit')}:{' '}
        {p.unitLabel ?? p.unit} · {t('contracts.fields.budgetLine')}: {t(`contracts.lines.${p.budgetLine}`)}
      </Paragraph>
      <DataTable caption={t('contracts.detail.tariffsOf', { product: title })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('contracts.fields.validFrom')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('contracts.fields.validTo')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('contracts.fields.tariff')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {p.tariffs.map((tr) => (
            <TableRow key={tr.id}>
              <TableCell>{format.date(tr.validFrom)}</TableCell>
              <TableCell>{tr.validTo ? format.date(tr.validTo) : t('contracts.openEnded')}</TableCell>
              <TableCell>{format.money(tr.tariffCents)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      <TariffForm contractId={contractId} p={p} title={title} />
    </section>
  );
}

/** Euros as typed by a person ("101,20" or "101.20") to cents; NaN when it is not an amount. */
function toCents(text: string): number {
  const m = /^\s*(\d{1,7})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!m) return Number.NaN;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

function TariffForm({ contractId, p, title }: { contractId: string; p: ContractProduct; title: string }) {
  const { t } = useTranslation();
  const add = useAddTariff(contractId);
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | undefined>();
  const fieldError = fieldErrorsOf(add.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const cents = toCents(amount);
    if (Number.isNaN(cents)) {
      setAmountError(t('contracts.tariffForm.amountInvalid'));
      return;
    }
    setAmountError(undefined);
    add.mutate(
      { productId: p.id, body: { validFrom, ...(validTo ? { validTo } : {}), tariffCents: cents } },
      {
        onSuccess: () => {
          setValidFrom('');
          setValidTo('');
          setAmount('');
        },
      },
    );
  };
  const formId = `tariff-${p.id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="kt-inline-form" aria-labelledby={`${formId}-title`}>
      <p id={`${formId}-title`} className="kt-form-title">
        {t('contracts.tariffForm.title', { product: title })}
      </p>
      <TextField
        label={t('contracts.fields.validFrom')}
        type="date"
        value={validFrom}
        onValueChange={setValidFrom}
        required
        error={fieldError('validFrom')}
      />
      <TextField
        label={t('contracts.fields.validTo')}
        type="date"
        value={validTo}
        onValueChange={setValidTo}
        error={fieldError('validTo')}
      />
      <TextField
        label={t('contracts.tariffForm.amount')}
        inputMode="decimal"
        value={amount}
        onValueChange={setAmount}
        required
        error={amountError ?? fieldError('tariffCents')}
      />
      <ProblemAlert error={add.error} fieldsShownInline={['validFrom', 'validTo', 'tariffCents']} />
      <Button type="submit" appearance="primary-action-button" disabled={add.isPending}>
        {t('contracts.tariffForm.submit')}
      </Button>
    </form>
  );
}
