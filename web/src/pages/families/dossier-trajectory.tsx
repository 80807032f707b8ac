import {
  Button,
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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENDING_REASONS,
  MANAGING_WITHOUT_HELP,
  useAddTrajectoryMember,
  useChangeStatus,
  useCloseTrajectory,
  useHandOver,
  type Dossier,
  type Trajectory,
  type TrajectoryStatus,
} from '../../api/families';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
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

function StatusForm({ familyId, trajectory }: { familyId: string; trajectory: Trajectory }) {
  const { t } = useTranslation();
  const change = useChangeStatus(familyId, trajectory.id);
  // Closing has its own form; the server never offers `registered` again.
  const choices = trajectory.nextStatuses.filter(
    (s): s is Exclude<TrajectoryStatus, 'closed' | 'registered'> => s !== 'closed' && s !== 'registered',
  );
  const [status, setStatus] = useState(choices[0] ?? 'intake');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(status);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="status-heading">
      <Heading3 id="status-heading">{t('families.dossier.statusChange')}</Heading3>
      <ProblemAlert error={change.error} />
      <SelectField
        label={t('families.dossier.nextStatus')}
        value={status}
        options={choices.map((s) => ({ value: s, label: t(`families.statuses.${s}`) }))}
        onValueChange={(v) => setStatus(choices.find((s) => s === v) ?? status)}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={change.isPending}>
        {t('families.dossier.statusSave')}
      </Button>
    </form>
  );
}

function AddMemberForm({ familyId, trajectory }: { familyId: string; trajectory: Trajectory }) {
  const { t } = useTranslation();
  const add = useAddTrajectoryMember(familyId, trajectory.id);
  const [userId, setUserId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (userId) add.mutate(userId, { onSuccess: () => setUserId('') });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-member-heading">
      <Heading3 id="add-member-heading">{t('families.dossier.addMember')}</Heading3>
      <ProblemAlert error={add.error} />
      <SelectField
        label={t('families.dossier.colleague')}
        value={userId}
        onValueChange={setUserId}
        emptyOption={t('common.choose')}
        options={trajectory.colleagues.map((c) => ({
          value: c.userId,
          label: `${c.displayName} (${c.organisationName})`,
        }))}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={add.isPending}>
        {t('families.dossier.addMemberSave')}
      </Button>
    </form>
  );
}

function HandoverForm({ familyId, trajectory }: { familyId: string; trajectory: Trajectory }) {
  const { t } = useTranslation();
  const handOver = useHandOver(familyId, trajectory.id);
  const [toUserId, setToUserId] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const fieldError = fieldErrorsOf(handOver.error);
  const candidates = [...trajectory.members.filter((m) => !m.isRegisseur), ...trajectory.colleagues];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    handOver.mutate(
      { toUserId, note: note.trim() },
      {
        onSuccess: () => {
          setDone(true);
          setNote('');
          setToUserId('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="handover-heading">
      <Heading3 id="handover-heading">{t('families.dossier.handoverTitle')}</Heading3>
      <ProblemAlert error={handOver.error} fieldsShownInline={['toUserId', 'note']} />
      {done ? <Paragraph role="status">{t('families.dossier.handoverDone')}</Paragraph> : null}
      <SelectField
        label={t('families.dossier.handoverTo')}
        value={toUserId}
        onValueChange={setToUserId}
        emptyOption={t('common.choose')}
        required
        error={fieldError('toUserId')}
        options={candidates.map((c) => ({ value: c.userId, label: `${c.displayName} (${c.organisationName})` }))}
      />
      <TextareaField
        label={t('families.dossier.handoverNote')}
        description={t('families.dossier.handoverNoteDescription')}
        value={note}
        onValueChange={setNote}
        rows={4}
        required
        error={fieldError('note')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={handOver.isPending}>
        {t('families.dossier.handoverSave')}
      </Button>
    </form>
  );
}

function CloseForm({ familyId, trajectory }: { familyId: string; trajectory: Trajectory }) {
  const { t } = useTranslation();
  const close = useCloseTrajectory(familyId, trajectory.id);
  const [endingReason, setEndingReason] = useState('');
  const [satisfaction, setSatisfaction] = useState('');
  const [informant, setInformant] = useState<'youth' | 'parent' | ''>('');
  const [managing, setManaging] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const endingReasonCode = ENDING_REASONS.find((code) => code === endingReason);
    if (!endingReasonCode) return; // the button is disabled until a reason is chosen
    const managingCode = MANAGING_WITHOUT_HELP.find((code) => code === managing);
    close.mutate({
      endingReason: endingReasonCode,
      ...(satisfaction ? { satisfaction: Number(satisfaction) } : {}),
      ...(informant ? { satisfactionInformant: informant } : {}),
      ...(managingCode ? { managingWithoutHelp: managingCode } : {}),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ProblemAlert error={close.error} />
      <SelectField
        label={t('families.dossier.endingReason')}
        value={endingReason}
        onValueChange={setEndingReason}
        emptyOption={t('common.choose')}
        required
        options={ENDING_REASONS.map((r) => ({ value: r, label: t(`families.endingReasons.${r}`) }))}
      />
      <SelectField
        label={t('families.dossier.satisfaction')}
        value={satisfaction}
        onValueChange={setSatisfaction}
        emptyOption={t('common.none')}
        options={Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
      />
      <SelectField
        label={t('families.dossier.satisfactionInformant')}
        value={informant}
        onValueChange={(v) => setInformant(v === 'youth' || v === 'parent' ? v : '')}
        emptyOption={t('common.none')}
        options={[
          { value: 'youth', label: t('families.dossier.informants.youth') },
          { value: 'parent', label: t('families.dossier.informants.parent') },
        ]}
      />
      <SelectField
        label={t('families.dossier.managing')}
        value={managing}
        onValueChange={setManaging}
        emptyOption={t('common.none')}
        options={MANAGING_WITHOUT_HELP.map((m) => ({ value: m, label: t(`families.managing.${m}`) }))}
      />
      <Button type="submit" appearance="primary-action-button" disabled={close.isPending || !endingReason}>
        {t('families.dossier.closeSave')}
      </Button>
    </form>
  );
}
