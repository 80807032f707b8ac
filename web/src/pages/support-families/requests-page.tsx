import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequests, useBoardKinds } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { kindLabels } from './labels';

const STATUSES = ['open', 'matched', 'closed'] as const;

export function RequestsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('open');
  const requests = useRequests(STATUSES.find((known) => known === status));
  const kinds = useBoardKinds().data?.items;
  return (
    <>
      <PageHeading>{t('supportFamilies.requests.title')}</PageHeading>
      <SelectField
        label={t('supportFamilies.requests.status')}
        value={status}
        onValueChange={setStatus}
        emptyOption={t('supportFamilies.requests.all')}
        options={STATUSES.map((s) => ({ value: s, label: t(`supportFamilies.requestStatus.${s}`) }))}
      />
      <QueryView query={requests}>
        {(data) => (
          <DataTable caption={t('supportFamilies.requests.caption', { count: data.items.length })} wide>
            <TableHeader>
              <TableRow>
                {(['reference', 'name', 'place', 'support', 'children', 'waiting', 'statusCol'] as const).map((c) => (
                  <TableHeaderCell key={c} scope="col">
                    {t(`supportFamilies.requests.${c}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <AppLink to={`/buurtgezinnen/aanvragen/${r.id}`}>{r.reference}</AppLink>
                  </TableCell>
                  <TableCell>
                    {r.givenName} {r.familyName}
                  </TableCell>
                  <TableCell>
                    {r.neighbourhoodName ?? '—'}, {r.municipalityName}
                  </TableCell>
                  <TableCell>{kindLabels(kinds, r.supportKinds, i18n.language)}</TableCell>
                  <TableCell>{r.childAges.join(', ')}</TableCell>
                  <TableCell>{t('supportFamilies.requests.days', { count: r.waitingDays })}</TableCell>
                  <TableCell>{t(`supportFamilies.requestStatus.${r.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        )}
      </QueryView>
    </>
  );
}
