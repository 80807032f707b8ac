import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApprovals, useDecideChange } from '../../api/privileged-changes';
import { PageHeading } from '../../components/page-heading';
import { PrivilegedChangesTable } from '../../components/privileged-changes-table';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';

/** Four eyes: a second administrator (or the team's lead, for memberships) approves or rejects. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const pending = useApprovals('pending');
  const decided = useApprovals();
  const decide = useDecideChange();
  return (
    <>
      <PageHeading>{t('privileged.approvalsTitle')}</PageHeading>
      <Paragraph>{t('privileged.approvalsIntro')}</Paragraph>
      <ProblemAlert error={decide.error} />
      <Paragraph role="status" className="kt-status-line">
        {decide.isSuccess
          ? t(decide.variables.outcome === 'approve' ? 'privileged.approved' : 'privileged.rejected')
          : ''}
      </Paragraph>
      <QueryView query={pending}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('privileged.nonePending')}</Paragraph>
          ) : (
            <PrivilegedChangesTable
              items={items}
              caption={t('privileged.pendingCaption', { count: items.length })}
              testId="approvals-pending"
              busy={decide.isPending}
              onDecide={(c, outcome) => decide.mutate({ id: c.id, outcome })}
            />
          )
        }
      </QueryView>
      <QueryView query={decided}>
        {({ items }) => {
          const done = items.filter((c) => c.status !== 'pending');
          return done.length === 0 ? null : (
            <PrivilegedChangesTable
              items={done}
              caption={t('privileged.decidedCaption', { count: done.length })}
              testId="approvals-decided"
            />
          );
        }}
      </QueryView>
    </>
  );
}
