import {
  Button,
  ButtonGroup,
  StatusBadge,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PrivilegedChange } from '../api/admin-types';
import { useFormat } from '../i18n/format';
import { DataTable } from './data-table';

const BADGE = { pending: 'warning', approved: 'valid', rejected: 'invalid', applied: 'neutral' } as const;

/**
 * Privileged changes: what, for whom, who asked and who decided. With `onDecide`, pending rows the
 * caller may decide on get Approve/Reject buttons (the policy's `canDecide`, not a guess).
 */
export function PrivilegedChangesTable({
  items,
  caption,
  testId,
  onDecide,
  busy = false,
}: {
  items: PrivilegedChange[];
  caption: string;
  testId: string;
  onDecide?: (change: PrivilegedChange, outcome: 'approve' | 'reject') => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable caption={caption} testId={testId} wide busy={busy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('privileged.change')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('privileged.account')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('privileged.requested')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('privileged.status')}</TableHeaderCell>
          {onDecide ? <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((c) => (
          <TableRow key={c.id}>
            <TableHeaderCell scope="row">
              {t(`privileged.kinds.${c.kind}`)}: {c.summary}
              {c.team ? ` (${c.team.name})` : ''}
            </TableHeaderCell>
            <TableCell>
              {c.target.displayName} ({c.target.username})
            </TableCell>
            <TableCell>
              {t('privileged.by', { name: c.requestedBy.displayName, at: format.dateTime(c.requestedAt) })}
            </TableCell>
            <TableCell>
              <StatusBadge status={BADGE[c.status]}>{t(`privileged.statuses.${c.status}`)}</StatusBadge>
              {c.decidedBy && c.decidedAt ? (
                <>
                  {' '}
                  {t('privileged.decidedBy', {
                    name: c.decidedBy.displayName,
                    at: format.dateTime(c.decidedAt),
                  })}
                </>
              ) : null}
              {c.decisionNote ? <> — {c.decisionNote}</> : null}
            </TableCell>
            {onDecide ? (
              <TableCell>
                {c.canDecide ? (
                  <ButtonGroup>
                    <Button
                      appearance="primary-action-button"
                      disabled={busy}
                      aria-label={t('privileged.approveLabel', { summary: c.summary, user: c.target.username })}
                      onClick={() => onDecide(c, 'approve')}
                    >
                      {t('privileged.approve')}
                    </Button>
                    <Button
                      appearance="secondary-action-button"
                      hint="danger"
                      disabled={busy}
                      aria-label={t('privileged.rejectLabel', { summary: c.summary, user: c.target.username })}
                      onClick={() => onDecide(c, 'reject')}
                    >
                      {t('privileged.reject')}
                    </Button>
                  </ButtonGroup>
                ) : c.status === 'pending' ? (
                  t('privileged.notYours')
                ) : null}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
