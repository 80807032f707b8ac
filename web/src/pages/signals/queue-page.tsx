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
import { SIGNAL_CATEGORIES, URGENCIES, useMyQueues, useQueue, type QueueFilter } from '../../api/signals';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { SlaBadge } from './sla-badge';
import './signals.css';

const STATES = ['open', 'late', 'triaged', 'all'] as const;
/** 'default': by priority while open, the latest decision first once triaged (the server decides). */
const SORTS = [
  'default',
  'triaged_desc',
  'received_desc',
  'received_asc',
  'signal_date_desc',
  'priority',
  'reference',
] as const;

/** The team's triage queue: most urgent and earliest due first, with the SLA as text and filters in the URL. */
export function TriageQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const list = useListState(SORTS);
  const queues = useMyQueues();
  const teams = queues.data?.teams ?? [];
  const filter: QueueFilter = {
    teamId: params.get('team') ?? teams[0]?.id ?? '',
    state: (STATES as readonly string[]).includes(params.get('state') ?? '')
      ? (params.get('state') as QueueFilter['state'])
      : 'open',
    category: params.get('category') ?? '',
    urgency: params.get('urgency') ?? '',
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort === 'default' ? '' : list.sort,
    q: list.q,
  };
  const queue = useQueue(filter);
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    if (!next.get('team') && filter.teamId) next.set('team', filter.teamId);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeading>{t('signals.queue.title')}</PageHeading>
      <Paragraph lead>{t('signals.queue.intro')}</Paragraph>
      {queues.isSuccess && teams.length === 0 ? <Paragraph>{t('signals.queue.noTeams')}</Paragraph> : null}
      <ListToolbar
        state={list}
        label={t('signals.queue.filters')}
        searchLabel={t('signals.queue.search')}
        searchDescription={t('signals.queue.searchHint')}
        sorts={SORTS.map((value) => ({ value, label: t(`signals.queue.sorts.${value}`) }))}
      >
        {teams.length > 1 ? (
          <SelectField
            label={t('signals.queue.team')}
            value={filter.teamId}
            onValueChange={(v) => update('team', v)}
            options={teams.map((tm) => ({ value: tm.id, label: tm.name }))}
          />
        ) : null}
        <SelectField
          label={t('signals.queue.state')}
          value={filter.state}
          onValueChange={(v) => update('state', v)}
          options={STATES.map((s) => ({ value: s, label: t(`signals.queue.states.${s}`) }))}
        />
        <SelectField
          label={t('signals.category')}
          value={filter.category}
          onValueChange={(v) => update('category', v)}
          emptyOption={t('signals.any')}
          options={SIGNAL_CATEGORIES.map((c) => ({ value: c, label: t(`signals.categories.${c}`) }))}
        />
        <SelectField
          label={t('signals.urgency')}
          value={filter.urgency}
          onValueChange={(v) => update('urgency', v)}
          emptyOption={t('signals.any')}
          options={URGENCIES.map((u) => ({ value: u, label: t(`signals.urgencies.${u}`) }))}
        />
      </ListToolbar>
      <ProblemAlert error={queue.error ?? queues.error} />
      {queue.data ? (
        <>
          <DataTable
            caption={t(queue.data.totalCapped ? 'signals.queue.captionMore' : 'signals.queue.caption', {
              total: format.integer(queue.data.total),
            })}
            busy={queue.isFetching}
            testId="triage-queue"
            wide
            stack
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.about')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.address')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.category')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.urgency')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.from')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.sla.deadline')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queue.data.items.map((s) => (
                <TableRow key={s.id}>
                  <TableHeaderCell scope="row" data-label={t('signals.reference')}>
                    <AppLink to={`/signals/${s.id}`}>{s.reference}</AppLink>
                  </TableHeaderCell>
                  <TableCell data-label={t('signals.about')}>
                    {s.displayName}
                    {s.routedTo === 'regisseur' ? ` (${t('signals.queue.knownFamily')})` : ''}
                  </TableCell>
                  <TableCell data-label={t('signals.address')}>
                    {s.postcode} {s.houseNumber}
                    {s.neighbourhoodName ? `, ${s.neighbourhoodName}` : ''}
                  </TableCell>
                  <TableCell data-label={t('signals.category')}>{t(`signals.categories.${s.category}`)}</TableCell>
                  <TableCell data-label={t('signals.urgency')}>{t(`signals.urgencies.${s.urgency}`)}</TableCell>
                  <TableCell data-label={t('signals.from')}>
                    {s.organisationName}
                    <br />
                    {format.date(s.receivedAt)}
                  </TableCell>
                  <TableCell data-label={t('signals.sla.deadline')}>
                    <SlaBadge sla={s.sla} status={s.status} />
                  </TableCell>
                  <TableCell data-label={t('signals.status')}>
                    {s.triageOutcome ? t(`signals.outcomes.${s.triageOutcome}`) : t(`signals.statuses.${s.status}`)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          <ListPager
            page={queue.data.page}
            pageSize={queue.data.pageSize}
            total={queue.data.total}
            totalCapped={queue.data.totalCapped}
            onPageChange={list.setPage}
          />
        </>
      ) : null}
    </>
  );
}
