import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useContracts } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import './contracts.css';

/** Contract manager: the region's contracts, searchable by reference or provider, 25 a page. */
export function ContractsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [search, setSearch] = useState(q);
  const contracts = useContracts({ q, page });
  const go = (next: { q?: string; page?: number }) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq) p.set('q', nq);
    if ((next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p, { replace: true });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: search.trim(), page: 1 });
  };
  const data = contracts.data;
  return (
    <>
      <PageHeading>{t('contracts.list.title')}</PageHeading>
      <Paragraph lead>{t('contracts.list.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/contracts/new">{t('contracts.list.new')}</AppLink>
        {' · '}
        <AppLink to="/contracts/providers">{t('contracts.providers.title')}</AppLink>
        {' · '}
        <AppLink to="/contracts/arrangements">{t('contracts.arrangements.title')}</AppLink>
      </Paragraph>
      <form className="kt-filters" onSubmit={onSubmit} role="search" aria-label={t('contracts.list.search')}>
        <TextField label={t('contracts.list.search')} value={search} onValueChange={setSearch} />
        <Button type="submit" appearance="secondary-action-button">
          {t('contracts.list.searchButton')}
        </Button>
      </form>
      <ProblemAlert error={contracts.error} />
      {data ? (
        <DataTable
          caption={t('contracts.list.caption', { count: data.total })}
          busy={contracts.isFetching}
          testId="contracts-table"
          stack
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('contracts.fields.reference')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.provider')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.purchaser')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.variant')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.products')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((c) => (
              <TableRow key={c.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/contracts/${c.id}`}>{c.reference}</AppLink>
                </TableHeaderCell>
                <TableCell>{c.providerName}</TableCell>
                <TableCell>
                  {c.purchaser === 'region' ? t('contracts.purchaser.region') : (c.municipalityName ?? '')}
                </TableCell>
                <TableCell>{t(`contracts.variants.${c.variant}`)}</TableCell>
                <TableCell>
                  {format.date(c.startsOn)} – {c.endsOn ? format.date(c.endsOn) : t('contracts.openEnded')}
                </TableCell>
                <TableCell>{format.integer(c.products)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}
      {data && data.total === 0 ? <Paragraph>{t('contracts.list.none')}</Paragraph> : null}
      {data ? (
        <Pagination
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPageChange={(p) => go({ page: p })}
        />
      ) : null}
    </>
  );
}
