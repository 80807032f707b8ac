import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Sla, SignalStatus } from '../../api/signals';
import { useFormat } from '../../i18n/format';

/** The triage deadline as text (never colour alone): due date, working days left, late, escalated. */
export function SlaBadge({ sla, status }: { sla: Sla; status: SignalStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (status !== 'received') return <>{t('signals.sla.done')}</>;
  return (
    <>
      {format.date(sla.dueOn)}{' '}
      {sla.late ? (
        <StatusBadge status="error">{t('signals.sla.late')}</StatusBadge>
      ) : (
        <StatusBadge status={sla.workingDaysLeft <= 1 ? 'warning' : 'neutral'}>
          {t('signals.sla.left', { count: sla.workingDaysLeft })}
        </StatusBadge>
      )}
      {sla.escalated ? (
        <>
          {' '}
          <StatusBadge status="warning">{t('signals.sla.escalated')}</StatusBadge>
        </>
      ) : null}
    </>
  );
}
