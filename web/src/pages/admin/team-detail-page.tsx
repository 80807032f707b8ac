import { Alert, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useTeam } from '../../api/admin-teams';
import type { Team } from '../../api/admin-types';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { AddTeamMember } from './add-team-member';
import { TeamMembers } from './team-members';

function createdNotice(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'notice' in state && state.notice === 'created';
}

export function TeamDetailPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const team = useTeam(teamId);
  const location = useLocation();

  if (team.isPending) return <Loading />;
  if (team.isError) {
    return (
      <>
        <PageHeading>{t('admin.teams.detailTitleUnknown')}</PageHeading>
        <ProblemAlert error={team.error} />
      </>
    );
  }
  return (
    <>
      <PageHeading>{team.data.name}</PageHeading>
      {createdNotice(location.state) ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('admin.teams.created')}</Paragraph>
        </Alert>
      ) : null}
      <TeamFacts team={team.data} />
      <TeamMembers team={team.data} />
      <AddTeamMember team={team.data} />
    </>
  );
}

function TeamFacts({ team }: { team: Team }) {
  const { t } = useTranslation();
  const facts = [
    { key: t('teams.type'), value: t(`teamTypes.${team.type}`) },
    { key: t('teams.organisation'), value: team.organisation.name },
    { key: t('teams.municipality'), value: team.municipality.name },
    {
      key: t('teams.neighbourhoods'),
      value: team.neighbourhoods.map((neighbourhood) => neighbourhood.name).join(', ') || t('common.none'),
    },
  ];
  return (
    <DataList appearance="rows" className="kt-data-list">
      {facts.map((fact) => (
        <DataListItem key={fact.key}>
          <DataListKey>{fact.key}</DataListKey>
          <DataListValue>{fact.value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
