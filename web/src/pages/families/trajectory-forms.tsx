// The regisseur's forms on an open trajectory: next status, add a colleague, hand over, close. Each on
// the one form pattern: client checks and the server's answers as texts under the field that say what to do.
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENDING_REASONS,
  MANAGING_WITHOUT_HELP,
  useAddTrajectoryMember,
  useChangeStatus,
  useCloseTrajectory,
  useHandOver,
  type Trajectory,
  type TrajectoryStatus,
} from '../../api/families';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors, type ProblemFields } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';

interface FormProps {
  familyId: string;
  trajectory: Trajectory;
}

// Refusals the server names without a field path, though each is about one field.
const STATUS_PROBLEMS: ProblemFields = { status_not_allowed: 'status' };
const HANDOVER_PROBLEMS: ProblemFields = { already_regisseur: 'toUserId', not_team_member: 'toUserId' };
const MEMBER_PROBLEMS: ProblemFields = { not_team_member: 'userId' };

/** The forms' fields: labels for the summary, and per kind of problem a text that says what to do. */
function useSpecs() {
  const { t } = useTranslation();
  return useMemo(() => {
    const e = (key: string) => String(t(`families.dossier.errors.${key}` as never));
    const notMember = e('notTeamMember');
    const status: FieldSpecs = {
      status: {
        label: t('families.dossier.nextStatus'),
        messages: { required: e('status'), invalid_enum: e('status'), status_not_allowed: e('statusNotAllowed') },
      },
    };
    const member: FieldSpecs = {
      userId: {
        label: t('families.dossier.colleague'),
        messages: {
          required: e('colleague'),
          invalid_format: e('colleague'),
          other: notMember,
          not_team_member: notMember,
        },
      },
    };
    const handover: FieldSpecs = {
      toUserId: {
        label: t('families.dossier.handoverTo'),
        messages: {
          required: e('handoverTo'),
          invalid_format: e('handoverTo'),
          other: notMember,
          not_team_member: notMember,
          already_regisseur: e('alreadyRegisseur'),
        },
      },
      note: {
        label: t('families.dossier.handoverNote'),
        messages: { required: e('handoverNote'), too_small: e('handoverNote'), too_big: e('handoverNoteTooLong') },
      },
    };
    const close: FieldSpecs = {
      endingReason: {
        label: t('families.dossier.endingReason'),
        messages: { required: e('endingReason'), invalid_enum: e('endingReason') },
      },
      satisfaction: { label: t('families.dossier.satisfaction'), messages: { other: e('satisfaction') } },
      satisfactionInformant: {
        label: t('families.dossier.satisfactionInformant'),
        messages: { required: e('informant'), custom: e('informant'), other: e('informant') },
      },
      managingWithoutHelp: { label: t('families.dossier.managing') },
    };
    return { status, member, handover, close };
  }, [t]);
}

export function StatusForm({ familyId, trajectory }: FormProps) {
  const { t } = useTranslation();
  const change = useChangeStatus(familyId, trajectory.id);
  const form = useFormErrors(useSpecs().status, change.error, STATUS_PROBLEMS);
  // Closing has its own form; the server never offers `registered` again.
  const choices = trajectory.nextStatuses.filter(
    (s): s is Exclude<TrajectoryStatus, 'closed' | 'registered'> => s !== 'closed' && s !== 'registered',
  );
  const [status, setStatus] = useState(choices[0] ?? 'intake');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.check([issue(!choices.includes(status), 'status', 'invalid_enum')])) change.mutate(status);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="status-heading">
      <Heading3 id="status-heading">{t('families.dossier.statusChange')}</Heading3>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('families.dossier.nextStatus')}
        value={status}
        options={choices.map((s) => ({ value: s, label: t(`families.statuses.${s}`) }))}
        onValueChange={(v) => setStatus(choices.find((s) => s === v) ?? status)}
        {...form.field('status')}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={change.isPending}>
        {t('families.dossier.statusSave')}
      </Button>
    </form>
  );
}

export function AddMemberForm({ familyId, trajectory }: FormProps) {
  const { t } = useTranslation();
  const add = useAddTrajectoryMember(familyId, trajectory.id);
  const form = useFormErrors(useSpecs().member, add.error, MEMBER_PROBLEMS);
  const [userId, setUserId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.check([issue(!userId, 'userId')])) add.mutate(userId, { onSuccess: () => setUserId('') });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-member-heading">
      <Heading3 id="add-member-heading">{t('families.dossier.addMember')}</Heading3>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('families.dossier.colleague')}
        value={userId}
        onValueChange={setUserId}
        emptyOption={t('common.choose')}
        required
        options={trajectory.colleagues.map((c) => ({
          value: c.userId,
          label: `${c.displayName} (${c.organisationName})`,
        }))}
        {...form.field('userId')}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={add.isPending}>
        {t('families.dossier.addMemberSave')}
      </Button>
    </form>
  );
}

export function HandoverForm({ familyId, trajectory }: FormProps) {
  const { t } = useTranslation();
  const handOver = useHandOver(familyId, trajectory.id);
  const form = useFormErrors(useSpecs().handover, handOver.error, HANDOVER_PROBLEMS);
  const [toUserId, setToUserId] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const candidates = [...trajectory.members.filter((m) => !m.isRegisseur), ...trajectory.colleagues];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check([
      issue(!toUserId, 'toUserId'),
      issue(note.trim().length < 5, 'note', note.trim() ? 'too_small' : 'required'),
    ]);
    if (!ok) return;
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
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      {done ? <Paragraph role="status">{t('families.dossier.handoverDone')}</Paragraph> : null}
      <SelectField
        label={t('families.dossier.handoverTo')}
        value={toUserId}
        onValueChange={setToUserId}
        emptyOption={t('common.choose')}
        required
        options={candidates.map((c) => ({ value: c.userId, label: `${c.displayName} (${c.organisationName})` }))}
        {...form.field('toUserId')}
      />
      <TextareaField
        label={t('families.dossier.handoverNote')}
        description={t('families.dossier.handoverNoteDescription')}
        value={note}
        onValueChange={setNote}
        rows={4}
        required
        {...form.field('note')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={handOver.isPending}>
        {t('families.dossier.handoverSave')}
      </Button>
    </form>
  );
}

export function CloseForm({ familyId, trajectory }: FormProps) {
  const { t } = useTranslation();
  const close = useCloseTrajectory(familyId, trajectory.id);
  const form = useFormErrors(useSpecs().close, close.error);
  const [endingReason, setEndingReason] = useState('');
  const [satisfaction, setSatisfaction] = useState('');
  const [informant, setInformant] = useState<'youth' | 'parent' | ''>('');
  const [managing, setManaging] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const endingReasonCode = ENDING_REASONS.find((code) => code === endingReason);
    const ok = form.check([
      issue(!endingReasonCode, 'endingReason'),
      // A mark means nothing without who gave it (the server refuses one without the other).
      issue(Boolean(satisfaction) && !informant, 'satisfactionInformant'),
    ]);
    if (!ok || !endingReasonCode) return;
    const managingCode = MANAGING_WITHOUT_HELP.find((code) => code === managing);
    close.mutate({
      endingReason: endingReasonCode,
      ...(satisfaction ? { satisfaction: Number(satisfaction) } : {}),
      ...(satisfaction && informant ? { satisfactionInformant: informant } : {}),
      ...(managingCode ? { managingWithoutHelp: managingCode } : {}),
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('families.dossier.endingReason')}
        value={endingReason}
        onValueChange={setEndingReason}
        emptyOption={t('common.choose')}
        required
        options={ENDING_REASONS.map((r) => ({ value: r, label: t(`families.endingReasons.${r}`) }))}
        {...form.field('endingReason')}
      />
      <SelectField
        label={t('families.dossier.satisfaction')}
        value={satisfaction}
        onValueChange={setSatisfaction}
        emptyOption={t('common.none')}
        options={Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
        {...form.field('satisfaction')}
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
        {...form.field('satisfactionInformant')}
      />
      <SelectField
        label={t('families.dossier.managing')}
        value={managing}
        onValueChange={setManaging}
        emptyOption={t('common.none')}
        options={MANAGING_WITHOUT_HELP.map((m) => ({ value: m, label: t(`families.managing.${m}`) }))}
        {...form.field('managingWithoutHelp')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={close.isPending}>
        {t('families.dossier.closeSave')}
      </Button>
    </form>
  );
}
