import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_SORTS, useRequests, useBoardKinds } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { kindLabels } from './labels';

const STATUSES = ['open', 'matched', 'closed'] as const;
const COLUMNS = ['reference', 'name', 'place', 'support', 'children', 'waiting', 'statusCol'] as const;

export function RequestsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatusState] = useState('open');
  const list = useListState(REQUEST_SORTS);
  const setStatus = (value: string) => {
    setStatusState(value);
    list.firstPage();
  };
  const requests = useRequests(
    STATUSES.find((known) => known === status),
    {
      page: list.page,
      pageSize: list.pageSize,
      sort: list.sort,
      q: list.q,
    },
  );
  const kinds = useBoardKinds().data?.items;
  const label = (c: (typeof COLUMNS)[number]) => t(`supportFamilies.requests.${c}`);
  return (
    <>
      <PageHeading>{t('supportFamilies.requests.title')}</PageHeading>
      <ListToolbar
        state={list}
        label={t('supportFamilies.requests.title')}
        searchLabel={t('supportFamilies.requests.search')}
        sorts={REQUEST_SORTS.map((value) => ({ value, label: t(`supportFamilies.requests.sorts.${value}`) }))}
      >
        <SelectField
          label={t('supportFamilies.requests.status')}
          value={status}
          onValueChange={setStatus}
          emptyOption={t('supportFamilies.requests.all')}
          options={STATUSES.map((s) => ({ value: s, label: t(`supportFamilies.requestStatus.${s}`) }))}
        />
      </ListToolbar>
      <QueryView query={requests}>
        {(data) => (
          <>
            <DataTable
              caption={t('supportFamilies.requests.caption', { count: data.total })}
              busy={requests.isFetching}
              testId="support-requests"
              stack
            >
              <TableHeader>
                <TableRow>
                  {COLUMNS.map((c) => (
                    <TableHeaderCell key={c} scope="col">
                      {t(`supportFamilies.requests.${c}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell data-label={label('reference')}>
                      <AppLink to={`/buurtgezinnen/aanvragen/${r.id}`}>{r.reference}</AppLink>
                    </TableCell>
                    <TableCell data-label={label('name')}>
                      {r.givenName} {r.familyName}
                    </TableCell>
                    <TableCell data-label={label('place')}>
                      {r.neighbourhoodName ?? '—'}, {r.municipalityName}
                    </TableCell>
                    <TableCell data-label={label('support')}>
                      {kindLabels(kinds, r.supportKinds, i18n.language)}
                    </TableCell>
                    <TableCell data-label={label('children')}>{r.childAges.join(', ')}</TableCell>
                    <TableCell data-label={label('waiting')}>
                      {t('supportFamilies.requests.days', { count: r.waitingDays })}
                    </TableCell>
                    <TableCell data-label={label('statusCol')}>
                      {t(`supportFamilies.requestStatus.${r.status}`)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
            <ListPager page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={list.setPage} />
          </>
        )}
      </QueryView>
    </>
  );
}
