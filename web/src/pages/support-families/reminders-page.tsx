import { Button, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useReminderDone, useReminders } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from './labels';

export function RemindersPage() {
  const { t, i18n } = useTranslation();
  const reminders = useReminders();
  const done = useReminderDone();
  return (
    <>
      <PageHeading>{t('supportFamilies.reminders.title')}</PageHeading>
      <ProblemAlert error={done.error} />
      <QueryView query={reminders}>
        {(data) => (
          <DataTable caption={t('supportFamilies.reminders.caption', { count: data.items.length })} stack>
            <TableHeader>
              <TableRow>
                {(['match', 'after', 'due', 'done'] as const).map((c) => (
                  <TableHeaderCell key={c} scope="col">
                    {t(`supportFamilies.reminders.${c}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <AppLink to={`/buurtgezinnen/koppelingen/${r.matchId}`}>
                      {r.request.givenName} – {r.family.givenName}
                    </AppLink>
                  </TableCell>
                  <TableCell>{t('supportFamilies.requests.days', { count: r.offsetDays })}</TableCell>
                  <TableCell>{formatDate(r.dueAt, i18n.language)}</TableCell>
                  <TableCell>
                    <Button
                      appearance="secondary-action-button"
                      disabled={done.isPending}
                      onClick={() => done.mutate(r.id)}
                    >
                      {t('supportFamilies.reminders.markDone', {
                        name: `${r.request.givenName} – ${r.family.givenName}`,
                      })}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        )}
      </QueryView>
    </>
  );
}
