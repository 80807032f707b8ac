import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateUser } from '../../api/admin-users';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { UserProfileFields, type UserProfileValues } from './user-profile-fields';

const PROFILE_FIELDS = ['displayName', 'email', 'homeOrganisationId', 'roles'];

export function UserNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createUser = useCreateUser();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [profile, setProfile] = useState<UserProfileValues>({
    displayName: '',
    email: '',
    homeOrganisationId: '',
    roles: [],
  });
  const fieldError = fieldErrorsOf(createUser.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = profile.email.trim();
    createUser.mutate(
      {
        username: username.trim(),
        displayName: profile.displayName.trim(),
        ...(email ? { email } : {}),
        homeOrganisationId: profile.homeOrganisationId,
        roles: profile.roles,
        ...(password ? { password } : {}),
      },
      { onSuccess: (user) => void navigate(`/admin/users/${user.id}`, { state: { notice: 'created' } }) },
    );
  };

  return (
    <>
      <PageHeading>{t('admin.users.newTitle')}</PageHeading>
      <form onSubmit={submit} noValidate>
        <ProblemAlert error={createUser.error} fieldsShownInline={['username', 'password', ...PROFILE_FIELDS]} />
        <TextField
          label={t('admin.users.username')}
          description={t('admin.users.usernameDescription')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onValueChange={setUsername}
          error={fieldError('username')}
          required
        />
        <UserProfileFields values={profile} onChange={setProfile} fieldError={fieldError} />
        <TextField
          label={t('admin.users.initialPassword')}
          description={t('admin.users.initialPasswordDescription')}
          type="password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          error={fieldError('password')}
        />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={createUser.isPending}
          disabled={createUser.isPending}
        >
          {t('admin.users.create')}
        </Button>
      </form>
    </>
  );
}
