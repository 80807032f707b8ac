import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useAdminUser, useUpdateUser } from '../../api/admin-users';
import type { AdminUser } from '../../api/admin-types';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { PendingChanges } from './pending-changes';
import { UserAccountActions } from './user-account-actions';
import { UserEditForm } from './user-edit-form';
import { UserStatus } from './user-status';

function createdNotice(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'notice' in state && state.notice === 'created';
}

export function UserDetailPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const user = useAdminUser(userId);
  const update = useUpdateUser(userId);
  const location = useLocation();

  if (user.isPending) return <Loading />;
  if (user.isError) {
    return (
      <>
        <PageHeading>{t('admin.users.detailTitleUnknown')}</PageHeading>
        <ProblemAlert error={user.error} />
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('admin.users.detailTitle', { username: user.data.username })}</PageHeading>
      {createdNotice(location.state) ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('admin.users.created')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        <UserStatus user={user.data} />
      </Paragraph>
      <PendingChanges changes={user.data.pendingChanges} />
      <UserEditForm key={user.data.version} user={user.data} update={update} />
      <UserTeams user={user.data} />
      <UserAccountActions user={user.data} />
    </>
  );
}

function UserTeams({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  return (
    <section className="kt-section">
      <Heading2>{t('admin.users.teamsHeading')}</Heading2>
      {user.teams.length === 0 ? (
        <Paragraph>{t('admin.users.noTeams')}</Paragraph>
      ) : (
        <UnorderedList>
          {user.teams.map((team) => (
            <UnorderedListItem key={team.id}>
              <AppLink to={`/admin/teams/${team.id}`}>{team.name}</AppLink>
              {team.isLead ? ` (${t('teams.lead')})` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
