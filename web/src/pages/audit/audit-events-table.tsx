import {
  StatusBadge,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/audit';
import { DataTable } from '../../components/data-table';
import { useCodeLabels } from '../../i18n/code-labels';
import { useFormat } from '../../i18n/format';

const OUTCOME_STATUS = { allowed: 'valid', denied: 'warning', failed: 'invalid' } as const;

export function AuditEventsTable({ events, total, busy }: { events: AuditEvent[]; total: number; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('audit.events.caption', { count: total })} busy={busy} testId="audit-events" wide>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('audit.events.occurredAt')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.events.actor')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.events.action')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.events.subject')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.events.purpose')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.events.emergency')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('audit.events.details')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.length === 0 ? (
          <TableRow>
            <TableCell colSpan={7}>{t('audit.events.none')}</TableCell>
          </TableRow>
        ) : (
          events.map((event) => <AuditEventRow key={event.id} event={event} />)
        )}
      </TableBody>
    </DataTable>
  );
}

function AuditEventRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const codes = useCodeLabels();
  const actorContext = [event.actorRole ? codes.role(event.actorRole) : null, event.actorOrganisation]
    .filter(Boolean)
    .join(' · ');
  const subjectName = event.clientRef
    ? t('audit.events.dossier', { ref: event.clientRef })
    : event.subjectLabel && event.subjectType !== 'family'
      ? event.subjectLabel
      : null;
  return (
    <TableRow>
      <TableHeaderCell scope="row">{format.dateTime(event.occurredAt)}</TableHeaderCell>
      <TableCell>
        <strong>{event.actorName ?? event.actorUsername ?? t('audit.events.system')}</strong>
        {actorContext ? <span className="kt-secondary">{actorContext}</span> : null}
        {event.onBehalfOf ? (
          <span className="kt-secondary">{t('audit.events.onBehalfOf', { name: event.onBehalfOf })}</span>
        ) : null}
      </TableCell>
      <TableCell>
        {codes.event(event.event, event.action)}{' '}
        <StatusBadge status={OUTCOME_STATUS[event.outcome]}>{t(`audit.outcomes.${event.outcome}`)}</StatusBadge>
      </TableCell>
      <TableCell>
        {codes.subject(event.subjectType)}
        {subjectName ? <span className="kt-secondary">{subjectName}</span> : null}
      </TableCell>
      <TableCell>{codes.purpose(event.purpose)}</TableCell>
      <TableCell>
        {event.emergency ? (
          <StatusBadge status="warning">
            {t('audit.events.emergencyYes', { reason: event.emergencyReason ?? '' })}
          </StatusBadge>
        ) : (
          t('common.no')
        )}
      </TableCell>
      <TableCell>
        <details className="kt-details">
          <summary>{t('audit.events.more')}</summary>
          <dl className="kt-inline-dl kt-technical">
            <dt>{t('audit.events.account')}</dt>
            <dd>{event.actorUsername ?? '–'}</dd>
            <dt>{t('audit.filter.action')}</dt>
            <dd>{t(`audit.actions.${event.action}`)}</dd>
            <dt>{t('audit.events.eventCode')}</dt>
            <dd>
              <code className="kt-code">{event.event}</code>
            </dd>
            <dt>{t('audit.events.subjectId')}</dt>
            <dd>{event.subjectId ? <code className="kt-code">{event.subjectId}</code> : '–'}</dd>
            <dt>{t('audit.events.dataDescription')}</dt>
            <dd>{event.dataDescription ?? '–'}</dd>
            <dt>{t('audit.events.requestId')}</dt>
            <dd>{event.requestId ? <code className="kt-code">{event.requestId}</code> : '–'}</dd>
            <dt>{t('audit.events.sealed')}</dt>
            <dd>{event.sealed ? t('common.yes') : t('audit.events.notYetSealed')}</dd>
          </dl>
        </details>
      </TableCell>
    </TableRow>
  );
}
