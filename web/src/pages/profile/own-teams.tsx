import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyTeam } from '../../api/types';
import { DataTable } from '../../components/data-table';

export function OwnTeams({ teams }: { teams: MyTeam[] }) {
  const { t } = useTranslation();
  return (
    <section className="kt-section">
      <Heading2>{t('profile.teamsHeading')}</Heading2>
      {teams.length === 0 ? (
        <Paragraph>{t('profile.noTeams')}</Paragraph>
      ) : (
        <DataTable caption={t('profile.teamsCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('teams.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('teams.type')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('teams.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('teams.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('teams.myRole')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {teams.map((team) => (
              <TableRow key={team.id}>
                <TableHeaderCell scope="row">{team.name}</TableHeaderCell>
                <TableCell>{t(`teamTypes.${team.type}`)}</TableCell>
                <TableCell>{team.organisationName}</TableCell>
                <TableCell>{team.municipalityName}</TableCell>
                <TableCell>{team.isLead ? t('teams.lead') : t('teams.member')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </section>
  );
}
