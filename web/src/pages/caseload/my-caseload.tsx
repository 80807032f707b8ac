import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MY_CASELOAD_SORTS, useMyCaseload, type CaseloadItem } from '../../api/caseload';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

/**
 * The care worker's start: their families with what needs attention (deadline, overdue actions, new
 * top-3 results), paged on the server with the real count, searchable by dossier number or name.
 */
export function MyCaseload() {
  const { t } = useTranslation();
  const list = useListState(MY_CASELOAD_SORTS, { prefix: 'mine' });
  const caseload = useMyCaseload({ page: list.page, pageSize: list.pageSize, sort: list.sort, q: list.q });
  return (
    <section className="kt-section" aria-labelledby="my-caseload-heading">
      <Heading2 id="my-caseload-heading">{t('caseload.mine.title')}</Heading2>
      <QueryView query={caseload}>
        {(data) =>
          data.total === 0 && !list.q && !list.input ? (
            <Paragraph>{t('caseload.mine.empty')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('caseload.mine.order')}</Paragraph>
              <ListToolbar
                state={list}
                label={t('caseload.mine.title')}
                searchLabel={t('caseload.mine.search')}
                sorts={MY_CASELOAD_SORTS.map((value) => ({ value, label: t(`caseload.mine.sorts.${value}`) }))}
              />
              {data.total === 0 ? (
                <Paragraph role="status">{t('caseload.mine.noMatch')}</Paragraph>
              ) : (
                <>
                  <CaseloadTable items={data.items} total={data.total} busy={caseload.isFetching} />
                  <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
                </>
              )}
            </>
          )
        }
      </QueryView>
      <Paragraph>
        <AppLink to="/families">{t('caseload.mine.allFamilies')}</AppLink>
      </Paragraph>
    </section>
  );
}

function CaseloadTable({ items, total, busy }: { items: CaseloadItem[]; total: number; busy: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable caption={t('caseload.mine.caption', { count: total })} busy={busy} testId="my-caseload" wide>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('caseload.mine.reference')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseload.mine.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseload.mine.role')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseload.mine.nextReview')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseload.mine.deadline')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseload.mine.overdue')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('caseload.mine.meetings')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.familyId}>
            <TableHeaderCell scope="row">
              <AppLink to={`/families/${item.familyId}`}>{item.familyReference}</AppLink>
            </TableHeaderCell>
            <TableCell>{t(`families.statuses.${item.trajectoryStatus}`)}</TableCell>
            <TableCell>{t(`caseload.roles.${item.myRole}`)}</TableCell>
            <TableCell>{item.nextReviewOn ? format.date(item.nextReviewOn) : t('caseload.mine.noReview')}</TableCell>
            <TableCell>
              {t(`caseload.deadline.${item.deadline.state}`)}
              {item.deadline.dueOn &&
              (item.deadline.state === 'late' ||
                item.deadline.state === 'due_soon' ||
                item.deadline.state === 'on_track') ? (
                <> ({t('caseload.mine.dueOn', { date: format.date(item.deadline.dueOn) })})</>
              ) : null}
            </TableCell>
            <TableCell>
              {item.overdueActions > 0 ? (
                <AppLink to={`/families/${item.familyId}/plan`}>
                  {t('caseload.mine.overdueCount', { count: item.overdueActions })}
                </AppLink>
              ) : (
                t('caseload.mine.noOverdue')
              )}
            </TableCell>
            <TableCell>
              {item.newMeetingResults > 0 ? (
                <AppLink to={`/families/${item.familyId}/meetings`}>
                  {t('caseload.mine.newResults', { count: item.newMeetingResults })}
                </AppLink>
              ) : item.lastConfirmedMeetingOn ? (
                t('caseload.mine.lastMeeting', { date: format.date(item.lastConfirmedMeetingOn) })
              ) : (
                t('caseload.mine.noMeeting')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
