import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFamilies, useBoardKinds } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { formatDate, kindLabels } from './labels';

const STATES = ['eligible', 'incomplete', 'expired', 'inactive'] as const;

export function FamiliesPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState('');
  const families = useFamilies(STATES.find((known) => known === state));
  const kinds = useBoardKinds().data?.items;
  return (
    <>
      <PageHeading>{t('supportFamilies.families.title')}</PageHeading>
      <SelectField
        label={t('supportFamilies.families.screening')}
        value={state}
        onValueChange={setState}
        emptyOption={t('supportFamilies.requests.all')}
        options={STATES.map((s) => ({ value: s, label: t(`supportFamilies.screeningState.${s}`) }))}
      />
      <QueryView query={families}>
        {(data) => (
          <DataTable caption={t('supportFamilies.families.caption', { count: data.items.length })} wide>
            <TableHeader>
              <TableRow>
                {(['reference', 'name', 'place', 'offers', 'room', 'screening', 'vog'] as const).map((c) => (
                  <TableHeaderCell key={c} scope="col">
                    {t(`supportFamilies.families.${c}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((f) => (
                <TableRow key={f.id}>
                  <TableCell>
                    <AppLink to={`/buurtgezinnen/steungezinnen/${f.id}`}>{f.reference}</AppLink>
                  </TableCell>
                  <TableCell>
                    {f.givenName} {f.familyName}
                    {f.fosterInterest ? ` (${t('supportFamilies.families.foster')})` : ''}
                  </TableCell>
                  <TableCell>
                    {f.neighbourhoodName ?? '—'}, {f.municipalityName}
                  </TableCell>
                  <TableCell>{kindLabels(kinds, f.offers, i18n.language)}</TableCell>
                  <TableCell>
                    {f.currentMatches} / {f.maxFamilies}
                  </TableCell>
                  <TableCell>{t(`supportFamilies.screeningState.${f.screeningState}`)}</TableCell>
                  <TableCell>{formatDate(f.vogExpiresOn, i18n.language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        )}
      </QueryView>
    </>
  );
}
