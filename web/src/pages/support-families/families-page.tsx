import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORT_FAMILY_SORTS, useFamilies, useBoardKinds } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { ListPager, ListToolbar } from '../../components/list-controls';
import { useListState } from '../../components/list-state';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { formatDate, kindLabels } from './labels';

const STATES = ['eligible', 'incomplete', 'expired', 'inactive'] as const;
const COLUMNS = ['reference', 'name', 'place', 'offers', 'room', 'screening', 'vog'] as const;

export function FamiliesPage() {
  const { t, i18n } = useTranslation();
  const [state, setStateValue] = useState('');
  const list = useListState(SUPPORT_FAMILY_SORTS);
  const setState = (value: string) => {
    setStateValue(value);
    list.firstPage();
  };
  const families = useFamilies(
    STATES.find((known) => known === state),
    {
      page: list.page,
      pageSize: list.pageSize,
      sort: list.sort,
      q: list.q,
    },
  );
  const kinds = useBoardKinds().data?.items;
  const label = (c: (typeof COLUMNS)[number]) => t(`supportFamilies.families.${c}`);
  return (
    <>
      <PageHeading>{t('supportFamilies.families.title')}</PageHeading>
      <ListToolbar
        state={list}
        label={t('supportFamilies.families.title')}
        searchLabel={t('supportFamilies.families.search')}
        sorts={SUPPORT_FAMILY_SORTS.map((value) => ({ value, label: t(`supportFamilies.families.sorts.${value}`) }))}
      >
        <SelectField
          label={t('supportFamilies.families.screening')}
          value={state}
          onValueChange={setState}
          emptyOption={t('supportFamilies.requests.all')}
          options={STATES.map((s) => ({ value: s, label: t(`supportFamilies.screeningState.${s}`) }))}
        />
      </ListToolbar>
      <QueryView query={families}>
        {(data) => (
          <>
            <DataTable
              caption={t('supportFamilies.families.caption', { count: data.total })}
              busy={families.isFetching}
              testId="support-families"
              stack
            >
              <TableHeader>
                <TableRow>
                  {COLUMNS.map((c) => (
                    <TableHeaderCell key={c} scope="col">
                      {t(`supportFamilies.families.${c}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((f) => (
                  <TableRow key={f.id}>
                    <TableCell data-label={label('reference')}>
                      <AppLink to={`/buurtgezinnen/steungezinnen/${f.id}`}>{f.reference}</AppLink>
                    </TableCell>
                    <TableCell data-label={label('name')}>
                      {f.givenName} {f.familyName}
                      {f.fosterInterest ? ` (${t('supportFamilies.families.foster')})` : ''}
                    </TableCell>
                    <TableCell data-label={label('place')}>
                      {f.neighbourhoodName ?? '—'}, {f.municipalityName}
                    </TableCell>
                    <TableCell data-label={label('offers')}>{kindLabels(kinds, f.offers, i18n.language)}</TableCell>
                    <TableCell data-label={label('room')}>
                      {f.currentMatches} / {f.maxFamilies}
                    </TableCell>
                    <TableCell data-label={label('screening')}>
                      {t(`supportFamilies.screeningState.${f.screeningState}`)}
                    </TableCell>
                    <TableCell data-label={label('vog')}>{formatDate(f.vogExpiresOn, i18n.language)}</TableCell>
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
