import {
  Paragraph,
  PreserveData,
  StatusBadge,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOutbox } from '../../api/admin-security';
import type { OutboxMessage } from '../../api/admin-types';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

// The outbox endpoint returns no page size; this matches the server's default.
const OUTBOX_PAGE_SIZE = 50;

/** Mail the platform sent or tried to send (with the local transport, the only place to read it). */
export function OutboxPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const outbox = useOutbox(page);
  return (
    <>
      <PageHeading>{t('admin.outbox.title')}</PageHeading>
      <Paragraph>{t('admin.outbox.intro')}</Paragraph>
      <QueryView query={outbox}>
        {(data) => (
          <>
            <DataTable
              caption={t('admin.outbox.caption', { count: data.total })}
              busy={outbox.isFetching}
              testId="outbox"
              wide
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('admin.outbox.subject')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.outbox.to')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.outbox.created')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.outbox.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('admin.outbox.body')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((message) => (
                  <OutboxRow key={message.id} message={message} />
                ))}
              </TableBody>
            </DataTable>
            <Pagination page={page} pageSize={OUTBOX_PAGE_SIZE} total={data.total} onPageChange={setPage} />
          </>
        )}
      </QueryView>
    </>
  );
}

function OutboxRow({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableRow>
      <TableHeaderCell scope="row">{message.subject}</TableHeaderCell>
      <TableCell>{message.to}</TableCell>
      <TableCell>{format.dateTime(message.createdAt)}</TableCell>
      <TableCell>
        {message.error ? (
          <StatusBadge status="invalid">{t('admin.outbox.failed', { error: message.error })}</StatusBadge>
        ) : message.sentAt ? (
          <StatusBadge status="valid">
            {t('admin.outbox.sent', {
              at: format.dateTime(message.sentAt),
              transport: t(`admin.outbox.transport.${message.transport}`),
            })}
          </StatusBadge>
        ) : (
          <StatusBadge status="warning">{t('admin.outbox.queued')}</StatusBadge>
        )}
      </TableCell>
      <TableCell>
        {message.body === null ? (
          t('admin.outbox.bodyNotKept')
        ) : (
          <details>
            <summary>{t('admin.outbox.showBody')}</summary>
            <PreserveData className="kt-mail-body">{message.body}</PreserveData>
          </details>
        )}
        {message.redacted ? <Paragraph>{t('admin.outbox.redacted')}</Paragraph> : null}
      </TableCell>
    </TableRow>
  );
}
