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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useContract, type ContractDetail, type ContractProduct } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { CriterionForm } from './criterion-form';
import { ProductForm } from './product-form';
import { TariffForm } from './tariff-form';
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
        {c ? (
          <>
            {' · '}
            <AppLink to={`/contracts/${c.id}/edit`}>{t('contracts.detail.edit')}</AppLink>
          </>
        ) : null}
      </Paragraph>
      <ProblemAlert error={contract.error} />
      {c ? <ContractView c={c} /> : null}
    </>
  );
}

function ContractView({ c }: { c: ContractDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editingCriterion, setEditingCriterion] = useState<string | null>(null);
  const criterion = c.criteria.find((k) => k.id === editingCriterion);
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
        <ProductSection key={p.id} contract={c} p={p} />
      ))}
      <ProductForm contract={c} />
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
              <TableHeaderCell scope="col">{t('contracts.providers.actions')}</TableHeaderCell>
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
                <TableCell>
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-label={t('contracts.criterionForm.editOne', {
                      indicator: t(`contracts.indicators.${k.indicator}`),
                    })}
                    onClick={() => setEditingCriterion(k.id)}
                  >
                    {t('contracts.providers.edit')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      {criterion ? (
        <CriterionForm
          key={criterion.id}
          contractId={c.id}
          criterion={criterion}
          onDone={() => setEditingCriterion(null)}
        />
      ) : null}
      <CriterionForm contractId={c.id} />
    </>
  );
}

function ProductSection({ contract, p }: { contract: ContractDetail; p: ContractProduct }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const title = `${p.category}${p.productCode ? ` ${p.productCode}` : ''} · ${p.name}`;
  return (
    <section className="kt-product" aria-label={title}>
      <Heading3>{title}</Heading3>
      <Paragraph>
        {t('contracts.fields.category')}: {p.categoryLabel ?? p.category} · {t('contracts.fields.unit')}:{' '}
        {p.unitLabel ?? p.unit} · {t('contracts.fields.budgetLine')}: {t(`contracts.lines.${p.budgetLine}`)}
      </Paragraph>
      {editing ? (
        <ProductForm contract={contract} product={p} onDone={() => setEditing(false)} />
      ) : (
        <Button
          type="button"
          appearance="secondary-action-button"
          aria-label={t('contracts.productForm.editOne', { product: title })}
          onClick={() => setEditing(true)}
        >
          {t('contracts.productForm.edit')}
        </Button>
      )}
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
      <TariffForm contractId={contract.id} p={p} title={title} />
    </section>
  );
}
