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
import { useTeams } from '../../api/admin-teams';
import type { Team } from '../../api/admin-types';
import { AppLink, ButtonAppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useMunicipalityOptions } from './options';

export function TeamsPage() {
  const { t } = useTranslation();
  const [municipalityCode, setMunicipalityCode] = useState('');
  const municipalities = useMunicipalityOptions();
  const teams = useTeams(municipalityCode || undefined);
  return (
    <>
      <PageHeading>{t('admin.teams.title')}</PageHeading>
      <Paragraph>
        <ButtonAppLink to="/admin/teams/new" appearance="primary-action-button">
          {t('admin.teams.new')}
        </ButtonAppLink>
      </Paragraph>
      <div className="kt-filter-form">
        <SelectField
          label={t('admin.teams.filterMunicipality')}
          value={municipalityCode}
          onValueChange={setMunicipalityCode}
          emptyOption={t('common.all')}
          options={municipalities.options}
        />
      </div>
      <QueryView query={teams}>{(data) => <TeamsTable teams={data.items} busy={teams.isFetching} />}</QueryView>
    </>
  );
}

function TeamsTable({ teams, busy }: { teams: Team[]; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('admin.teams.caption', { count: teams.length })} busy={busy} testId="teams-table" wide>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('teams.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.type')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.organisation')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.municipality')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.neighbourhoods')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.memberCount')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {teams.map((team) => (
          <TableRow key={team.id}>
            <TableHeaderCell scope="row">
              <AppLink to={`/admin/teams/${team.id}`}>{team.name}</AppLink>
            </TableHeaderCell>
            <TableCell>{t(`teamTypes.${team.type}`)}</TableCell>
            <TableCell>{team.organisation.name}</TableCell>
            <TableCell>{team.municipality.name}</TableCell>
            <TableCell>{team.neighbourhoods.map((neighbourhood) => neighbourhood.name).join(', ') || '–'}</TableCell>
            <TableCell>{team.members.length}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
