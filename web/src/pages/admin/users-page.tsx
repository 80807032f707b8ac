import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdminUsers, type UserSearch } from '../../api/admin-users';
import { ButtonAppLink } from '../../components/app-link';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { QueryView } from '../../components/query-view';
import { useOrganisationOptions } from './options';
import { UsersTable } from './users-table';

// The users endpoint returns no page size; this matches the server's default.
const USERS_PAGE_SIZE = 50;

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState<UserSearch>({ page: 1 });
  const users = useAdminUsers(search);
  return (
    <>
      <PageHeading>{t('admin.users.title')}</PageHeading>
      <Paragraph>
        <ButtonAppLink to="/admin/users/new" appearance="primary-action-button">
          {t('admin.users.new')}
        </ButtonAppLink>
      </Paragraph>
      <UserSearchForm onSearch={(criteria) => setSearch({ ...criteria, page: 1 })} />
      <QueryView query={users}>
        {(data) => (
          <>
            <UsersTable users={data.items} total={data.total} busy={users.isFetching} />
            <Pagination
              page={search.page ?? 1}
              pageSize={USERS_PAGE_SIZE}
              total={data.total}
              onPageChange={(page) => setSearch({ ...search, page })}
            />
          </>
        )}
      </QueryView>
    </>
  );
}

function UserSearchForm({ onSearch }: { onSearch: (criteria: Omit<UserSearch, 'page'>) => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions();
  const [q, setQ] = useState('');
  const [organisationId, setOrganisationId] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ q: q.trim(), organisationId });
  };

  return (
    <form role="search" aria-label={t('admin.users.searchLabel')} onSubmit={submit} className="kt-filter-form">
      <TextField label={t('admin.users.query')} type="search" value={q} onValueChange={setQ} />
      <SelectField
        label={t('admin.users.organisation')}
        value={organisationId}
        onValueChange={setOrganisationId}
        emptyOption={t('common.all')}
        options={organisations.options}
      />
      <Button type="submit" appearance="secondary-action-button">
        {t('admin.users.search')}
      </Button>
    </form>
  );
}
