import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuditEvents } from '../../api/audit';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { QueryView } from '../../components/query-view';
import { AuditEventsTable } from './audit-events-table';
import { apiFilter, filterFromParams, pageFromParams, paramsFromFilter } from './audit-filter';
import { AuditFilterForm } from './audit-filter-form';
import { BreakGlassReviews } from './break-glass-reviews';
import { ChainVerification } from './chain-verification';
import { PrivilegedChanges } from './privileged-changes';

/** NEN 7513 log for the privacy officer: filter, page, verify the chain, review emergency access. */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const page = pageFromParams(params);
  const events = useAuditEvents(apiFilter(filter, page));

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <BreakGlassReviews />
      <AuditFilterForm initial={filter} onApply={(values) => setParams(paramsFromFilter(values))} />
      <QueryView query={events}>
        {(data) => (
          <>
            <AuditEventsTable events={data.items} total={data.total} busy={events.isFetching} />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onPageChange={(next) => setParams(paramsFromFilter(filter, next))}
            />
          </>
        )}
      </QueryView>
      <ChainVerification />
      <PrivilegedChanges />
    </>
  );
}
