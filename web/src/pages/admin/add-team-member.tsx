import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddTeamMember } from '../../api/admin-teams';
import type { Team } from '../../api/admin-types';
import { CheckboxField } from '../../components/form/checkbox-field';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { UserPicker } from './user-picker';

const SEARCH_DELAY_MS = 300;

/** Search users (by name or username, any organisation), pick one, add them to the team. */
export function AddTeamMember({ team }: { team: Team }) {
  const { t } = useTranslation();
  const addMember = useAddTeamMember(team.id);
  const [query, setQuery] = useState('');
  const [searchedQuery, setSearchedQuery] = useState('');
  const [userId, setUserId] = useState('');
  const [isLead, setIsLead] = useState(false);
  const specs: FieldSpecs = useMemo(
    () => ({
      userId: {
        label: t('admin.teams.pickUser'),
        messages: { required: t('admin.teams.pickUserRequired'), invalid_format: t('admin.teams.pickUserRequired') },
      },
      isLead: { label: t('admin.teams.asLead') },
    }),
    [t],
  );
  const form = useFormErrors(specs, addMember.error);

  useEffect(() => {
    const timer = window.setTimeout(() => setSearchedQuery(query.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearchedQuery(query.trim());
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(userId === '', 'userId')])) return;
    addMember.mutate(
      { userId, isLead },
      {
        onSuccess: () => {
          setUserId('');
          setIsLead(false);
        },
      },
    );
  };

  return (
    <section className="kt-section">
      <Heading2>{t('admin.teams.addMemberHeading')}</Heading2>
      <form role="search" aria-label={t('admin.teams.searchUsersLabel')} onSubmit={search} className="kt-filter-form">
        <TextField
          label={t('admin.teams.searchUsers')}
          description={t('admin.teams.searchUsersDescription')}
          type="search"
          autoComplete="off"
          value={query}
          onValueChange={setQuery}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('admin.teams.search')}
        </Button>
      </form>
      <form onSubmit={add} noValidate>
        {addMember.isSuccess ? <Paragraph role="status">{t('admin.teams.memberAdded')}</Paragraph> : null}
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <UserPicker
          query={searchedQuery}
          excludedUserIds={[...team.members, ...team.pendingMembers].map((member) => member.userId)}
          value={userId}
          onValueChange={setUserId}
          {...form.field('userId')}
        />
        <CheckboxField label={t('admin.teams.asLead')} checked={isLead} onCheckedChange={setIsLead} />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={addMember.isPending}
          disabled={addMember.isPending}
        >
          {t('admin.teams.addMember')}
        </Button>
      </form>
    </section>
  );
}
