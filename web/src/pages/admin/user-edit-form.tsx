import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { useUpdateUser } from '../../api/admin-users';
import type { AdminUser } from '../../api/admin-types';
import { isApiError } from '../../api/problem';
import { CheckboxField } from '../../components/form/checkbox-field';
import { ErrorSummary } from '../../components/form/error-summary';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useUserSpecs } from './form-specs';
import { UserProfileFields, type UserProfileValues } from './user-profile-fields';

interface UserEditFormProps {
  user: AdminUser;
  /** Owned by the page: the form remounts with fresh values after each saved version. */
  update: ReturnType<typeof useUpdateUser>;
}

/** Edits an account with optimistic locking: the server refuses a change to a stale version. */
export function UserEditForm({ user, update }: UserEditFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [active, setActive] = useState(user.active);
  const [profile, setProfile] = useState<UserProfileValues>({
    displayName: user.displayName,
    email: user.email ?? '',
    homeOrganisationId: user.homeOrganisation.id,
    roles: user.roles,
  });
  const stale = isApiError(update.error, 'stale_version');
  const serverError = useMemo(() => withFieldCodes(update.error), [update.error]);
  const form = useFormErrors(useUserSpecs(), serverError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = profile.email.trim();
    const valid = form.check([
      issue(!profile.displayName.trim(), 'displayName'),
      issue(Boolean(email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email), 'email', 'invalid_format'),
      issue(!profile.homeOrganisationId, 'homeOrganisationId'),
      issue(profile.roles.length === 0, 'roles'),
    ]);
    if (!valid) return;
    update.mutate({
      version: user.version,
      displayName: profile.displayName.trim(),
      email: email || null,
      homeOrganisationId: profile.homeOrganisationId,
      roles: profile.roles,
      active,
    });
  };

  return (
    <section className="kt-section">
      <Heading2>{t('admin.users.editHeading')}</Heading2>
      <form onSubmit={submit} noValidate>
        {update.isSuccess ? (
          <Alert type="ok" role="status">
            <Paragraph>{t('common.saved')}</Paragraph>
          </Alert>
        ) : null}
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <UserProfileFields values={profile} onChange={setProfile} field={form.field} />
        <CheckboxField
          label={t('admin.users.activeLabel')}
          description={t('admin.users.activeDescription')}
          checked={active}
          onCheckedChange={setActive}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={update.isPending} disabled={update.isPending}>
            {t('common.saveChanges')}
          </Button>
          {stale ? (
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                update.reset();
                void queryClient.invalidateQueries({ queryKey: ['admin', 'users', 'detail', user.id] });
              }}
            >
              {t('admin.users.reload')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}
