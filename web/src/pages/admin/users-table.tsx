import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/admin-types';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { UserStatus } from './user-status';

export function UsersTable({ users, total, busy }: { users: AdminUser[]; total: number; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('admin.users.caption', { count: total })} busy={busy} testId="users-table" wide>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('admin.users.username')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.users.displayName')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.users.homeOrganisation')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.users.roles')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.users.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableHeaderCell scope="row">
              <AppLink to={`/admin/users/${user.id}`}>{user.username}</AppLink>
            </TableHeaderCell>
            <TableCell>{user.displayName}</TableCell>
            <TableCell>{user.homeOrganisation.name}</TableCell>
            <TableCell>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</TableCell>
            <TableCell>
              <UserStatus user={user} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
