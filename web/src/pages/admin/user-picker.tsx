import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useAdminUsers } from '../../api/admin-users';
import { RadioGroup } from '../../components/form/radio-group';
import { Loading } from '../../components/loading';
import { ProblemAlert } from '../../components/problem-alert';

interface UserPickerProps {
  query: string;
  excludedUserIds: readonly string[];
  value: string;
  onValueChange: (userId: string) => void;
  error?: string | undefined;
  /** From `form.field(path)`, so the error summary can link here. */
  id?: string | undefined;
}

/** Search results as radio buttons, each naming the user's home organisation. */
export function UserPicker({ query, excludedUserIds, value, onValueChange, error, id }: UserPickerProps) {
  const { t } = useTranslation();
  const users = useAdminUsers({ q: query, page: 1 }, { enabled: query.length > 0 });

  if (query.length === 0) return <Paragraph>{t('admin.teams.searchFirst')}</Paragraph>;
  if (users.isPending) return <Loading />;
  if (users.isError) return <ProblemAlert error={users.error} />;

  const candidates = users.data.items.filter((user) => user.active && !excludedUserIds.includes(user.id));
  if (candidates.length === 0) {
    return <Paragraph role="status">{t('admin.teams.noUsersFound', { query })}</Paragraph>;
  }
  return (
    <RadioGroup
      legend={t('admin.teams.pickUser')}
      name="userId"
      value={value}
      onValueChange={onValueChange}
      error={error}
      id={id}
      options={candidates.map((user) => ({
        value: user.id,
        label: t('admin.teams.userOption', {
          name: user.displayName,
          username: user.username,
          organisation: user.homeOrganisation.name,
        }),
      }))}
    />
  );
}
