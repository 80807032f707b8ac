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
import { useAllocationQueue, type QueueState } from '../../api/decisions';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

const STATES = ['open', 'late', 'handled'] as const;

/** The consultant's work queue: requests of the municipality by answer date, late ones said in words. */
export function DecisionQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const raw = params.get('state') ?? '';
  const state: QueueState = (STATES as readonly string[]).includes(raw) ? (raw as QueueState) : 'open';
  const page = Number(params.get('page') ?? '1') || 1;
  const queue = useAllocationQueue(state, page);
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeading>{t('decisions.queue.title')}</PageHeading>
      <Paragraph lead>{t('decisions.queue.intro')}</Paragraph>
      <form onSubmit={(e) => e.preventDefault()} aria-label={t('decisions.queue.filters')}>
        <SelectField
          label={t('decisions.queue.state')}
          value={state}
          onValueChange={(v) => update('state', v)}
          options={STATES.map((s) => ({ value: s, label: t(`decisions.queue.states.${s}`) }))}
        />
      </form>
      <ProblemAlert error={queue.error} />
      {queue.data ? (
        <>
          {queue.data.late > 0 ? (
            <Paragraph>
              <strong>{t('decisions.queue.lateCount', { count: queue.data.late })}</strong>
            </Paragraph>
          ) : null}
          <DataTable
            caption={t('decisions.queue.caption', { count: queue.data.total })}
            busy={queue.isFetching}
            testId="decision-queue"
            wide
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('decisions.queue.youth')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.queue.question')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.queue.from')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.queue.due')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queue.data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/decisions/requests/${r.id}`}>
                      {r.youthGivenName} ({r.familyReference})
                    </AppLink>
                  </TableHeaderCell>
                  <TableCell>{r.question}</TableCell>
                  <TableCell>
                    {r.providerName ?? t(`decisions.sources.${r.source}`)}
                    <br />
                    {format.date(r.receivedAt)}
                  </TableCell>
                  <TableCell>
                    {format.date(`${r.answerDue}T12:00:00Z`)}
                    {r.late ? <strong> — {t('decisions.queue.late')}</strong> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          <Pagination
            page={queue.data.page}
            pageSize={queue.data.pageSize}
            total={queue.data.total}
            onPageChange={(p) => update('page', String(p))}
          />
        </>
      ) : null}
    </>
  );
}
