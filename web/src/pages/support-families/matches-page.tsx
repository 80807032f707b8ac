import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATCH_STATUSES, useMatches } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { formatDate } from './labels';

export function MatchesPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const matches = useMatches(MATCH_STATUSES.find((known) => known === status));
  return (
    <>
      <PageHeading>{t('supportFamilies.matches.title')}</PageHeading>
      <SelectField
        label={t('supportFamilies.matches.status')}
        value={status}
        onValueChange={setStatus}
        emptyOption={t('supportFamilies.matches.running')}
        options={MATCH_STATUSES.map((s) => ({ value: s, label: t(`supportFamilies.matchStatus.${s}`) }))}
      />
      <QueryView query={matches}>
        {(data) => (
          <DataTable caption={t('supportFamilies.matches.caption', { count: data.items.length })} wide>
            <TableHeader>
              <TableRow>
                {(['request', 'family', 'statusCol', 'proposed', 'started', 'reminders'] as const).map((c) => (
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
        )}
      </QueryView>
    </>
  );
}
