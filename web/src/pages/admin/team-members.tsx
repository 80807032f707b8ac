import {
  Button,
  Heading2,
  Paragraph,
  StatusBadge,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useRemoveTeamMember } from '../../api/admin-teams';
import type { Team } from '../../api/admin-types';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

export function TeamMembers({ team }: { team: Team }) {
  const { t } = useTranslation();
  const removeMember = useRemoveTeamMember(team.id);
  return (
    <section className="kt-section">
      <Heading2>{t('admin.teams.membersHeading')}</Heading2>
      <ProblemAlert error={removeMember.error} />
      {removeMember.isSuccess ? <Paragraph role="status">{t('admin.teams.memberRemoved')}</Paragraph> : null}
      {team.members.length === 0 ? (
        <Paragraph>{t('admin.teams.noMembers')}</Paragraph>
      ) : (
        <DataTable caption={t('admin.teams.membersCaption', { team: team.name })} testId="team-members" wide>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('admin.users.displayName')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('admin.users.username')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('admin.users.homeOrganisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('teams.roleInTeam')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {team.members.map((member) => (
              <TableRow key={member.userId}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/admin/users/${member.userId}`}>{member.displayName}</AppLink>
                </TableHeaderCell>
                <TableCell>{member.username}</TableCell>
                <TableCell>{member.organisationName}</TableCell>
                <TableCell>{member.isLead ? t('teams.lead') : t('teams.member')}</TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    hint="danger"
                    disabled={removeMember.isPending}
                    aria-label={t('admin.teams.removeMemberLabel', {
                      name: member.displayName,
                      username: member.username,
                    })}
                    onClick={() => removeMember.mutate(member.userId)}
                  >
                    {t('admin.teams.removeMember')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      <PendingMembers team={team} />
    </section>
  );
}

/** Members asked for but not yet approved by a second person: they have no access yet. */
function PendingMembers({ team }: { team: Team }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (team.pendingMembers.length === 0) return null;
  return (
    <DataTable caption={t('admin.teams.pendingCaption', { team: team.name })} testId="team-pending-members" wide>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('admin.users.displayName')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.users.username')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('teams.roleInTeam')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('privileged.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {team.pendingMembers.map((member) => (
          <TableRow key={member.changeId}>
            <TableHeaderCell scope="row">
              <AppLink to={`/admin/users/${member.userId}`}>{member.displayName}</AppLink>
            </TableHeaderCell>
            <TableCell>{member.username}</TableCell>
            <TableCell>{member.isLead ? t('teams.lead') : t('teams.member')}</TableCell>
            <TableCell>
              <StatusBadge status="warning">{t('privileged.awaiting')}</StatusBadge>{' '}
              {t('privileged.by', { name: member.requestedBy, at: format.dateTime(member.requestedAt) })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
