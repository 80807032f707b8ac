import {
  Paragraph,
  StatusBadge,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Heading2,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SUBMISSION_SORTS, useSubmissions, type SignalStatus } from '../../api/signals';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { CsvUpload } from './csv-upload';
import { SignalForm } from './signal-form';
import './signals.css';

const STATUS_BADGE: Record<SignalStatus, 'neutral' | 'active' | 'valid'> = {
  received: 'neutral',
  picked_up: 'active',
  closed: 'valid',
};

/** The partner's page: pass on a signal, upload a list, and follow the own organisation's signals (status only). */
export function PartnerSignalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListState(SUBMISSION_SORTS);
  const submissions = useSubmissions({ page: list.page, pageSize: list.pageSize, sort: list.sort, q: list.q });
  return (
    <>
      <PageHeading>{t('signals.partner.title')}</PageHeading>
      <Paragraph lead>{t('signals.partner.intro')}</Paragraph>
      <QueryView query={submissions}>
        {(data) => (
          <>
            <SignalForm categories={data.categories} />
            <CsvUpload />
            <section className="kt-section" aria-labelledby="own-submissions">
              <Heading2 id="own-submissions">{t('signals.partner.listTitle')}</Heading2>
              <Paragraph>{t('signals.partner.listIntro')}</Paragraph>
              <ListToolbar
                state={list}
                label={t('signals.partner.listTitle')}
                searchLabel={t('signals.partner.search')}
                sorts={SUBMISSION_SORTS.map((value) => ({ value, label: t(`signals.partner.sorts.${value}`) }))}
              />
              <DataTable
                caption={t('signals.partner.listCaption', { count: data.total })}
                testId="own-submissions"
                busy={submissions.isFetching}
                stack
              >
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('signals.reference')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.category')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.signalDate')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.channel')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('signals.status')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.items.map((s) => (
                    <TableRow key={s.reference}>
                      <TableHeaderCell scope="row" data-label={t('signals.reference')}>
                        {s.reference}
                      </TableHeaderCell>
                      <TableCell data-label={t('signals.category')}>{t(`signals.categories.${s.category}`)}</TableCell>
                      <TableCell data-label={t('signals.signalDate')}>{format.date(s.signalDate)}</TableCell>
                      <TableCell data-label={t('signals.channel')}>
                        {t(`signals.channels.${s.channel}`)}
                        {s.batchLine ? ` (${t('signals.upload.lineN', { line: s.batchLine })})` : ''}
                      </TableCell>
                      <TableCell data-label={t('signals.status')}>
                        <StatusBadge status={STATUS_BADGE[s.status]}>{t(`signals.statuses.${s.status}`)}</StatusBadge>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </DataTable>
              <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}
