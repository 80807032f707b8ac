import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  ALLOCATION_STATUSES,
  useProviderAllocations,
  type ProviderAllocation,
  type ProviderAllocationStatus,
} from '../../api/provider';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat, type Format } from '../../i18n/format';
import { codedText } from './coded';

const SORTS = ['allocated_desc', 'number', 'starts_asc'] as const;

/** The allocations to the provider's own organisation: search (in memory, never in the URL), status filter, paged. */
export function ProviderAllocationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListState(SORTS);
  const [params, setParams] = useSearchParams();
  const raw = params.get('status') ?? '';
  const status = (ALLOCATION_STATUSES as readonly string[]).includes(raw) ? (raw as ProviderAllocationStatus) : '';
  const allocations = useProviderAllocations({
    page: list.page,
    pageSize: list.pageSize,
    q: list.q,
    sort: list.sort,
    status,
  });
  const setStatus = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('status', value);
    else next.delete('status');
    next.delete('page');
    setParams(next, { replace: true });
  };
  const data = allocations.data;
  return (
    <>
      <PageHeading>{t('provider.allocations.title')}</PageHeading>
      <Paragraph lead>{t('provider.allocations.intro')}</Paragraph>
      <ListToolbar
        state={list}
        label={t('provider.allocations.filters')}
        searchLabel={t('provider.allocations.search')}
        searchDescription={t('provider.allocations.searchHint')}
        sorts={SORTS.map((value) => ({ value, label: t(`provider.allocations.sorts.${value}`) }))}
      >
        <SelectField
          label={t('provider.allocations.status')}
          value={status}
          onValueChange={setStatus}
          emptyOption={t('provider.any')}
          options={ALLOCATION_STATUSES.map((s) => ({ value: s, label: t(`provider.allocations.statuses.${s}`) }))}
        />
      </ListToolbar>
      <ProblemAlert error={allocations.error} />
      {data ? (
        <>
          <DataTable
            caption={t('provider.allocations.caption', { count: data.total })}
            busy={allocations.isFetching}
            testId="provider-allocations"
            wide
            stack
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('provider.allocations.number')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.allocations.client')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.allocations.product')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.allocations.volume')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.allocations.period')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.allocations.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('provider.allocations.care')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((a) => (
                <AllocationRow key={a.id} a={a} format={format} />
              ))}
            </TableBody>
          </DataTable>
          {data.total === 0 ? <Paragraph>{t('provider.allocations.none')}</Paragraph> : null}
          <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
        </>
      ) : null}
    </>
  );
}

function AllocationRow({ a, format }: { a: ProviderAllocation; format: Format }) {
  const { t } = useTranslation();
  const volume =
    a.volume !== null && a.unit
      ? `${format.integer(a.volume)} ${codedText(t, a.unit)}${a.frequency ? `, ${codedText(t, a.frequency)}` : ''}`
      : a.budgetCents !== null
        ? t('provider.allocations.budget', { amount: format.money(a.budgetCents) })
        : '';
  return (
    <TableRow>
      <TableHeaderCell scope="row">{a.allocationNumber}</TableHeaderCell>
      <TableCell>
        {a.client.initials} {a.client.surname}
        {a.client.birthDate ? (
          <>
            <br />
            {t('provider.allocations.birthDate', { date: format.date(a.client.birthDate) })}
          </>
        ) : null}
        {a.client.bsnMasked ? (
          <>
            <br />
            {t('provider.allocations.bsn', { bsn: a.client.bsnMasked })}
          </>
        ) : null}
      </TableCell>
      <TableCell>
        {a.category ? codedText(t, a.category) : ''}
        {a.productCode ? ` · ${a.productCode}` : ''}
        {a.productName ? (
          <>
            <br />
            {a.productName}
          </>
        ) : null}
        <br />
        {a.municipalityName}
      </TableCell>
      <TableCell>{volume}</TableCell>
      <TableCell>
        {format.date(a.startsOn)} – {format.date(a.endsOn)}
      </TableCell>
      <TableCell>
        {t(`provider.allocations.statuses.${a.status}`)}
        {a.changeReason ? (
          <>
            <br />
            {codedText(t, a.changeReason)}
          </>
        ) : null}
      </TableCell>
      <TableCell>
        {a.awaitingStart ? <strong>{t('provider.allocations.awaitingStart')}</strong> : null}
        {a.care ? t('provider.allocations.started', { date: format.date(a.care.startedOn) }) : null}
        {a.care?.stoppedOn ? (
          <>
            <br />
            {t('provider.allocations.stopped', { date: format.date(a.care.stoppedOn) })}
            {a.care.endReason ? ` (${codedText(t, a.care.endReason)})` : ''}
          </>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
