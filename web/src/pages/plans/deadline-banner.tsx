import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../api/plans';
import { useFormat } from '../../i18n/format';

const TYPE = {
  no_trajectory: 'info',
  on_track: 'info',
  due_soon: 'warning',
  late: 'error',
  met: 'ok',
  met_late: 'warning',
} as const;

/** The legal deadline: a plan with the family within 6 weeks of the start (Jeugdwet 4.1.2). */
export function DeadlineBanner({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  const format = useFormat();
  const due = deadline.dueOn ? format.date(deadline.dueOn) : '';
  return (
    <Alert type={TYPE[deadline.state]} className="kt-alert" data-testid="plan-deadline">
      <Paragraph>
        <strong>
          {t(`plans.deadline.${deadline.state}`, {
            due,
            days: Math.abs(deadline.daysLeft ?? 0),
            signed: deadline.firstSignedOn ? format.date(deadline.firstSignedOn) : '',
          })}
        </strong>
      </Paragraph>
      {deadline.currentVersion !== null ? (
        <Paragraph>
          {deadline.currentSigned
            ? t('plans.deadline.currentSigned', { version: deadline.currentVersion })
            : t('plans.deadline.currentNotSigned', { version: deadline.currentVersion })}
        </Paragraph>
      ) : null}
    </Alert>
  );
}
