import {
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Dossier, Trajectory } from '../../api/families';
import { DataTable } from '../../components/data-table';
import { useFormat } from '../../i18n/format';
import { AddMemberForm, CloseForm, HandoverForm, StatusForm } from './trajectory-forms';
import { ReopenTrajectory } from './trajectory-reopen';

export function TrajectorySection({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tr = dossier.trajectory;
  return (
    <section aria-labelledby="trajectory-heading" className="kt-section">
      <Heading2 id="trajectory-heading">{t('families.dossier.trajectoryTitle')}</Heading2>
      {!tr ? (
        <Paragraph>{t('families.dossier.noTrajectory')}</Paragraph>
      ) : (
        <>
          <dl className="kt-facts">
            <dt>{t('families.dossier.status')}</dt>
            <dd data-testid="trajectory-status">{t(`families.statuses.${tr.status}`)}</dd>
            <dt>{t('families.dossier.regisseur')}</dt>
            <dd data-testid="trajectory-regisseur">
              {tr.regisseur.displayName} ({tr.regisseur.organisationName})
            </dd>
            <dt>{t('families.dossier.team')}</dt>
            <dd>{tr.team.name}</dd>
            {tr.entryPoint ? (
              <>
                <dt>{t('families.dossier.entryPoint')}</dt>
                <dd>{t(`families.entryPoints.${tr.entryPoint}`)}</dd>
              </>
            ) : null}
            {tr.firstContactOn ? (
              <>
                <dt>{t('families.dossier.firstContact')}</dt>
                <dd>{format.date(tr.firstContactOn)}</dd>
              </>
            ) : null}
          </dl>
          {tr.status === 'closed' && tr.closedAt && tr.endingReason ? (
            <Paragraph>
              {t('families.dossier.closedSummary', {
                date: format.date(tr.closedAt),
                reason: t(`families.endingReasons.${tr.endingReason as '01'}`),
              })}
            </Paragraph>
          ) : null}
          <DataTable caption={t('families.dossier.teamMembersCaption')} testId="trajectory-members">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('families.dossier.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('families.dossier.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('families.dossier.role')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {tr.members.map((m) => (
                <TableRow key={m.userId}>
                  <TableHeaderCell scope="row">{m.displayName}</TableHeaderCell>
                  <TableCell>{m.organisationName}</TableCell>
                  <TableCell>
                    {m.isRegisseur ? t('families.dossier.roleRegisseur') : t('families.dossier.roleMember')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
          {tr.handovers.length > 0 ? (
            <>
              <Heading3>{t('families.dossier.handoversTitle')}</Heading3>
              <UnorderedList>
                {tr.handovers.map((h) => (
                  <UnorderedListItem key={h.at}>
                    {t('families.dossier.handoverLine', {
                      date: format.dateTime(h.at),
                      from: h.from,
                      to: h.to,
                      by: h.by,
                    })}
                    : “{h.note}”
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
          {dossier.abilities.edit ? <TrajectoryActions familyId={dossier.id} trajectory={tr} /> : null}
          {dossier.abilities.openTrajectory ? <ReopenTrajectory familyId={dossier.id} /> : null}
        </>
      )}
    </section>
  );
}

function TrajectoryActions({ familyId, trajectory }: { familyId: string; trajectory: Trajectory }) {
  const { t } = useTranslation();
  return (
    <>
      {trajectory.nextStatuses.length > 0 ? <StatusForm familyId={familyId} trajectory={trajectory} /> : null}
      {trajectory.colleagues.length > 0 ? <AddMemberForm familyId={familyId} trajectory={trajectory} /> : null}
      <HandoverForm familyId={familyId} trajectory={trajectory} />
      <details>
        <summary>{t('families.dossier.closeTitle')}</summary>
        <CloseForm familyId={familyId} trajectory={trajectory} />
      </details>
    </>
  );
}
