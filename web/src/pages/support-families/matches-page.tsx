import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_SORTS, MATCH_STATUSES, useMatches } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { formatDate } from './labels';

const COLUMNS = ['request', 'family', 'statusCol', 'proposed', 'started', 'reminders'] as const;

/** The coordinator's matches, paged on the server, newest proposal first, searchable by either family. */
export function MatchesPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatusState] = useState('');
  const list = useListState(MATCH_SORTS);
  const setStatus = (value: string) => {
    setStatusState(value);
    list.firstPage();
  };
  const matches = useMatches(
    MATCH_STATUSES.find((known) => known === status),
    { page: list.page, pageSize: list.pageSize, sort: list.sort, q: list.q },
  );
  return (
    <>
      <PageHeading>{t('supportFamilies.matches.title')}</PageHeading>
      <ListToolbar
        state={list}
        label={t('supportFamilies.matches.title')}
        searchLabel={t('supportFamilies.matches.search')}
        sorts={MATCH_SORTS.map((value) => ({ value, label: t(`supportFamilies.matches.sorts.${value}`) }))}
      >
        <SelectField
          label={t('supportFamilies.matches.status')}
          value={status}
          onValueChange={setStatus}
          emptyOption={t('supportFamilies.matches.running')}
          options={MATCH_STATUSES.map((s) => ({ value: s, label: t(`supportFamilies.matchStatus.${s}`) }))}
        />
      </ListToolbar>
      <QueryView query={matches}>
        {(data) => (
          <>
            <DataTable
              caption={t('supportFamilies.matches.caption', { count: data.total })}
              busy={matches.isFetching}
              testId="support-matches"
              wide
              stack
            >
              <TableHeader>
                <TableRow>
                  {COLUMNS.map((c) => (
                    <TableHeaderCell key={c} scope="col">
                      {t(`supportFamilies.matches.${c}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>
                      <AppLink to={`/buurtgezinnen/koppelingen/${m.id}`}>
                        {m.request.givenName} ({m.request.reference})
                      </AppLink>
                    </TableCell>
                    <TableCell>
                      {m.family.givenName} ({m.family.reference})
                    </TableCell>
                    <TableCell>{t(`supportFamilies.matchStatus.${m.status}`)}</TableCell>
                    <TableCell>{formatDate(m.proposedAt, i18n.language)}</TableCell>
                    <TableCell>{formatDate(m.startedAt, i18n.language)}</TableCell>
                    <TableCell>{m.openReminders}</TableCell>
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
