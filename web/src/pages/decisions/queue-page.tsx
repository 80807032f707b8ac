import {
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAllocationQueue, type QueueOrigin, type QueueSort, type QueueState } from '../../api/decisions';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { RejectedClaimsList } from './rejected-claims';

const STATES = ['open', 'late', 'handled'] as const;
const SORTS = ['due', '-due', 'received'] as const satisfies readonly QueueSort[];
/** The tabs: requests from providers with their statutory deadline, decisions to take from plans, claims rejected. */
const TABS = ['requests', 'decisions', 'claims'] as const;
type Tab = (typeof TABS)[number];
const ORIGIN: Record<Exclude<Tab, 'claims'>, QueueOrigin> = { requests: 'provider', decisions: 'plan' };

/** The consultant's work queue: three sections, each paged and searchable. */
export function DecisionQueuePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const raw = params.get('tab') ?? '';
  // The late-request inbox item links to ?state=late here when a provider's request is late, else with
  // ?tab=decisions (src/modules/allocations/decisions/escalation.ts LATE_LINKS).
  const tab: Tab = (TABS as readonly string[]).includes(raw) ? (raw as Tab) : 'requests';
  return (
    <>
      <PageHeading>{t('decisions.queue.title')}</PageHeading>
      <Paragraph lead>{t('decisions.queue.intro')}</Paragraph>
      <nav aria-label={t('decisions.queue.sections')} className="kt-tabs">
        <ul className="kt-tab-list">
          {TABS.map((s) => (
            <li key={s}>
              <AppLink
                to={s === 'requests' ? '/decisions' : `/decisions?tab=${s}`}
                aria-current={s === tab ? 'page' : undefined}
              >
                {t(`decisions.queue.tabs.${s}`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'claims' ? (
        <RejectedClaimsList key="claims" />
      ) : (
        <RequestList key={tab} origin={ORIGIN[tab]} tab={tab} />
      )}
    </>
  );
}

function RequestList({ origin, tab }: { origin: QueueOrigin; tab: Tab }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const list = useListState(SORTS);
  const raw = params.get('state') ?? '';
  const state: QueueState = (STATES as readonly string[]).includes(raw) ? (raw as QueueState) : 'open';
  const queue = useAllocationQueue({
    state,
    origin,
    page: list.page,
    pageSize: list.pageSize,
    sort: list.sort,
    q: list.q,
  });
  const setState = (value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === 'open') next.delete('state');
        else next.set('state', value);
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  return (
    <section aria-labelledby={`queue-${tab}`} className="kt-section">
      <Heading2 id={`queue-${tab}`}>{t(`decisions.queue.tabs.${tab}`)}</Heading2>
      <Paragraph>{t(`decisions.queue.about.${tab}`)}</Paragraph>
      <ListToolbar
        state={list}
        label={t('decisions.queue.filters')}
        searchLabel={t('decisions.queue.search')}
        sorts={SORTS.map((s) => ({ value: s, label: t(`decisions.queue.sorts.${s}`) }))}
      >
        <SelectField
          label={t('decisions.queue.state')}
          value={state}
          onValueChange={setState}
          options={STATES.map((s) => ({ value: s, label: t(`decisions.queue.states.${s}`) }))}
        />
      </ListToolbar>
      <ProblemAlert error={queue.error} />
      {queue.data ? (
        <>
          {/* The late requests of this part (and search): the late filter lists exactly these. */}
          {queue.data.late > 0 ? (
            <Paragraph data-testid="late-count">
              <strong>{t('decisions.queue.lateCount', { count: queue.data.late })}</strong>
              {state !== 'late' ? (
                <>
                  {' '}
                  <Button appearance="subtle-button" onClick={() => setState('late')}>
                    {t('decisions.queue.showLate')}
                  </Button>
                </>
              ) : null}
            </Paragraph>
          ) : null}
          <DataTable
            caption={t('decisions.queue.caption', { count: queue.data.total })}
            busy={queue.isFetching}
            testId="decision-queue"
            wide
            stack
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
                <TableRow key={r.id} className={r.late ? 'kt-row-late' : undefined}>
                  <TableHeaderCell scope="row" data-label={t('decisions.queue.youth')}>
                    <AppLink to={`/decisions/requests/${r.id}`}>
                      {r.youthGivenName} ({r.familyReference})
                    </AppLink>
                  </TableHeaderCell>
                  <TableCell data-label={t('decisions.queue.question')}>
                    {r.question}
                    {/* A provider's request names a product by its code: its name from the contracts beside it. */}
                    {r.requestedProduct ? (
                      <>
                        <br />
                        <span data-testid="queue-product">
                          {r.requestedProduct.productCode}{' '}
                          {r.requestedProduct.name ?? t('decisions.request.productNotContracted')}
                        </span>
                      </>
                    ) : null}
                  </TableCell>
                  <TableCell data-label={t('decisions.queue.from')}>
                    {r.providerName ?? t(`decisions.sources.${r.source}`)}
                    <br />
                    {format.date(r.receivedAt)}
                  </TableCell>
                  <TableCell data-label={t('decisions.queue.due')}>
                    {format.date(`${r.answerDue}T12:00:00Z`)}
                    {r.late ? (
                      <>
                        {' '}
                        <strong data-testid="late-mark">— {t('decisions.queue.late')}</strong>
                        {r.escalatedAt ? (
                          <>
                            <br />
                            {t('decisions.queue.escalated', { date: format.date(r.escalatedAt) })}
                          </>
                        ) : null}
                      </>
                    ) : r.status !== 'open' ? (
                      <>
                        <br />
                        {t(`decisions.planHelp.status.${r.status}`)}
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          <ListPager
            page={queue.data.page}
            pageSize={queue.data.pageSize}
            total={queue.data.total}
            onPageChange={list.setPage}
          />
        </>
      ) : null}
    </section>
  );
}
