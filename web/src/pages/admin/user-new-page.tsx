import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateUser } from '../../api/admin-users';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { ErrorSummary } from '../../components/form/error-summary';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useUserSpecs } from './form-specs';
import { UserProfileFields, type UserProfileValues } from './user-profile-fields';

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
  const serverError = useMemo(() => withFieldCodes(createUser.error), [createUser.error]);
  const form = useFormErrors(useUserSpecs(), serverError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = profile.email.trim();
    const valid = form.check([
      issue(!username.trim(), 'username'),
      issue(!profile.displayName.trim(), 'displayName'),
      issue(Boolean(email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email), 'email', 'invalid_format'),
      issue(!profile.homeOrganisationId, 'homeOrganisationId'),
      issue(profile.roles.length === 0, 'roles'),
    ]);
    if (!valid) return;
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
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TextField
          label={t('admin.users.username')}
          description={t('admin.users.usernameDescription')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onValueChange={setUsername}
          {...form.field('username')}
          required
        />
        <UserProfileFields values={profile} onChange={setProfile} field={form.field} />
        <TextField
          label={t('admin.users.initialPassword')}
          description={t('admin.users.initialPasswordDescription')}
          type="password"
          autoComplete="new-password"
          value={password}
          onValueChange={setPassword}
          {...form.field('password')}
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
