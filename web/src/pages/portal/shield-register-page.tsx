import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShieldRegister } from '../../api/portal';
import { DataTable } from '../../components/data-table';
import { Pagination } from '../../components/pagination';
import { useFormat } from '../../i18n/format';
import { PortalPage } from './portal-page';

/** The privacy officer's register: every item shielded from a family, the review date first. */
export function ShieldRegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const q = useShieldRegister(page);
  return (
    <PortalPage title={t('portal.register.title')} query={q}>
      {() => (
        <>
          <Paragraph>{t('portal.register.intro')}</Paragraph>
          <DataTable caption={t('portal.register.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('portal.register.family')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('portal.register.reason')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('portal.register.explanation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('portal.register.review')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('portal.register.by')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(q.data?.items ?? []).map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{s.familyReference}</TableCell>
                  <TableCell>{t(`portal.reasons.${s.reason}`)}</TableCell>
                  <TableCell>{s.explanation}</TableCell>
                  <TableCell>
                    {format.date(s.reviewOn)}
                    {s.reviewDue ? ` (${t('portal.register.due')})` : ''}
                  </TableCell>
                  <TableCell>{s.shieldedByName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          {q.data ? (
            <Pagination page={q.data.page} pageSize={q.data.pageSize} total={q.data.total} onPageChange={setPage} />
          ) : null}
        </>
      )}
    </PortalPage>
  );
}
