// Claims rejected: JW323 lines the municipality sent back (JW325) on allocations of its decisions, so the
// consultant sees where what was decided and the care claimed do not match.
import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRejectedClaims, type RejectedClaimSort } from '../../api/decisions';
import { AppLink } from '../../components/app-link';
import { CheckboxField } from '../../components/form/checkbox-field';
import { DataTable } from '../../components/data-table';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

const SORTS = ['received', '-received'] as const satisfies readonly RejectedClaimSort[];

export function RejectedClaimsList() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListState(SORTS);
  const [mine, setMine] = useState(false);
  const claims = useRejectedClaims({ page: list.page, pageSize: list.pageSize, sort: list.sort, q: list.q, mine });
  const day = (iso: string) => format.date(`${iso}T12:00:00Z`);
  return (
    <section aria-labelledby="queue-claims" className="kt-section">
      <Heading2 id="queue-claims">{t('decisions.queue.tabs.claims')}</Heading2>
      <Paragraph>{t('decisions.queue.about.claims')}</Paragraph>
      <ListToolbar
        state={list}
        label={t('decisions.queue.filters')}
        searchLabel={t('decisions.claims.search')}
        sorts={SORTS.map((s) => ({ value: s, label: t(`decisions.claims.sorts.${s}`) }))}
      >
        <CheckboxField
          label={t('decisions.claims.mine')}
          checked={mine}
          onCheckedChange={(v) => {
            setMine(v);
            list.firstPage();
          }}
        />
      </ListToolbar>
      <ProblemAlert error={claims.error} />
      {claims.data ? (
        <>
          <DataTable
            caption={t('decisions.claims.caption', { count: claims.data.total })}
            busy={claims.isFetching}
            testId="rejected-claims"
            wide
            stack
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('decisions.queue.youth')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.claims.provider')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.claims.line')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.claims.codes')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {claims.data.items.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row" data-label={t('decisions.queue.youth')}>
                    {c.youthGivenName} ({c.familyReference})
                    <br />
                    <AppLink to={`/decisions/${c.decisionId}/letter`}>
                      {t('decisions.claims.decision', { reference: c.decisionReference })}
                    </AppLink>
                  </TableHeaderCell>
                  <TableCell data-label={t('decisions.claims.provider')}>
                    {c.providerName}
                    <br />
                    {t('decisions.claims.invoice', { number: c.invoiceNumber, date: format.date(c.receivedAt) })}
                  </TableCell>
                  <TableCell data-label={t('decisions.claims.line')}>
                    {t('decisions.claims.lineText', {
                      number: c.allocationNumber,
                      product: [c.category, c.productCode].filter(Boolean).join('/'),
                      from: day(c.periodStart),
                      until: day(c.periodEnd),
                      amount: format.money(c.amountCents),
                    })}
                  </TableCell>
                  <TableCell data-label={t('decisions.claims.codes')}>
                    {c.returnCodes
                      .map((code) =>
                        t(`decisions.returnCodes.${code}`, { defaultValue: t('decisions.returnCodes.other') }),
                      )
                      .join('; ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          <ListPager
            page={claims.data.page}
            pageSize={claims.data.pageSize}
            total={claims.data.total}
            onPageChange={list.setPage}
          />
        </>
      ) : null}
    </section>
  );
}
