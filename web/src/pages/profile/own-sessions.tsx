import {
  Button,
  Heading2,
  StatusBadge,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEndSession, useOwnSessions } from '../../api/sessions';
import type { OwnSession } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { deviceName } from './device-name';

export function OwnSessions() {
  const { t } = useTranslation();
  const sessions = useOwnSessions();
  const endSession = useEndSession();
  return (
    <section className="kt-section">
      <Heading2>{t('profile.sessions.heading')}</Heading2>
      <ProblemAlert error={endSession.error} />
      <QueryView query={sessions}>
        {({ items }) => (
          <DataTable caption={t('profile.sessions.caption')} testId="own-sessions" wide>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('profile.sessions.device')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('profile.sessions.started')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('profile.sessions.lastSeen')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('profile.sessions.expires')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((session) => (
                <SessionRow
                  key={session.id}
                  session={session}
                  ending={endSession.isPending && endSession.variables === session.id}
                  onEnd={() => endSession.mutate(session.id)}
                />
              ))}
            </TableBody>
          </DataTable>
        )}
      </QueryView>
    </section>
  );
}

function SessionRow({ session, ending, onEnd }: { session: OwnSession; ending: boolean; onEnd: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const device =
    (session.userAgent
      ? deviceName(session.userAgent, (browser, os) => t('profile.sessions.device', { browser, os }))
      : null) ?? t('profile.sessions.unknownDevice');
  return (
    <TableRow data-testid={session.current ? 'current-session' : 'other-session'}>
      <TableHeaderCell scope="row">
        <span title={session.userAgent ?? undefined}>{device}</span>{' '}
        {session.current ? <StatusBadge status="valid">{t('profile.sessions.current')}</StatusBadge> : null}
      </TableHeaderCell>
      <TableCell>{format.dateTime(session.createdAt)}</TableCell>
      <TableCell>{format.dateTime(session.lastSeenAt)}</TableCell>
      <TableCell>{format.dateTime(session.expiresAt)}</TableCell>
      <TableCell>
        {session.current ? (
          t('profile.sessions.currentHint')
        ) : (
          <Button
            appearance="secondary-action-button"
            busy={ending}
            disabled={ending}
            aria-label={t('profile.sessions.endLabel', { started: format.dateTime(session.createdAt) })}
            onClick={onEnd}
          >
            {t('profile.sessions.end')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
