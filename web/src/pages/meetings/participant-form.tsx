import { Button, Fieldset, FieldsetLegend, Heading2 } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_KINDS, useAddParticipant, type Meeting, type ParticipantKind } from '../../api/meetings';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { usePeopleAtTheTable } from './people-at-the-table';

const NEW = '__new__';

/** A readable key from a label: "Geld & schulden" → "geld-schulden". */
export function concernKeyFor(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'zorg';
}

/** The participant's fields: labels for the error summary and what to do about each. */
function useParticipantSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const e = (key: string) => t(`meetings.errors.${key}` as 'meetings.errors.name');
    const safety = e('safety');
    return {
      name: { label: t('meetings.participant.name'), messages: { required: e('name'), too_big: e('name') } },
      roleLabel: {
        label: t('meetings.participant.roleLabel'),
        messages: { required: e('roleLabel'), too_big: e('roleLabel') },
      },
      safetyRating: {
        label: t('meetings.participant.safety'),
        messages: { too_small: safety, too_big: safety, invalid_type: safety, invalid_format: safety },
      },
      strengths: { label: t('meetings.participant.strengths'), messages: { too_big: e('strengths') } },
      concerns: { label: t('meetings.participant.concernLegend', { rank: 1 }), messages: { custom: e('concerns') } },
      'concerns.*.ownWords': {
        label: t('meetings.participant.ownWords', { rank: '' }),
        messages: { required: e('ownWords'), too_big: e('ownWords') },
      },
    };
  }, [t]);
}

interface Row {
  ownWords: string;
  concern: string;
  newLabel: string;
}
const emptyRow = (): Row => ({ ownWords: '', concern: NEW, newLabel: '' });

/** One participant: who, their concerns in their own words and own order, strengths, safety rating. */
export function ParticipantForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const add = useAddParticipant(meeting.familyId, meeting.id);
  const [kind, setKind] = useState<ParticipantKind>('family_member');
  const [name, setName] = useState('');
  const [roleLabel, setRoleLabel] = useState('');
  const [safety, setSafety] = useState('');
  const [strengths, setStrengths] = useState('');
  const [rows, setRows] = useState<Row[]>([emptyRow(), emptyRow(), emptyRow()]);
  const form = useFormErrors(useParticipantSpecs(), add.error);
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosenConcerns = rows.filter((r) => r.ownWords.trim() && r.concern !== NEW).map((r) => r.concern);
    const valid = form.check([
      issue(!name.trim(), 'name'),
      issue(!roleLabel.trim(), 'roleLabel'),
      issue(safety.trim() !== '' && !/^(10|\d)$/.test(safety.trim()), 'safetyRating', 'invalid_format'),
      issue(new Set(chosenConcerns).size !== chosenConcerns.length, 'concerns', 'custom'),
    ]);
    if (!valid) return;
    const concerns = rows
      .filter((r) => r.ownWords.trim())
      .map((r) => {
        if (r.concern !== NEW) return { concernKey: r.concern, ownWords: r.ownWords.trim() };
        const label = r.newLabel.trim() || r.ownWords.trim().slice(0, 200);
        const existing = meeting.concerns.find((c) => c.label.toLowerCase() === label.toLowerCase());
        return existing
          ? { concernKey: existing.key, ownWords: r.ownWords.trim() }
          : { concernKey: concernKeyFor(label), concernLabel: label, ownWords: r.ownWords.trim() };
      });
    add.mutate(
      {
        kind,
        name: name.trim(),
        roleLabel: roleLabel.trim(),
        safetyRating: safety === '' ? null : Number(safety),
        strengths: strengths
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        concerns,
      },
      {
        onSuccess: () => {
          setPersonKey('');
          setName('');
          setRoleLabel('');
          setSafety('');
          setStrengths('');
          setRows([emptyRow(), emptyRow(), emptyRow()]);
          form.clear();
        },
      },
    );
  };
  /** A concern's own words: the server's `concerns.N` counts only the filled rows. */
  const ownWordsField = (i: number) => {
    const filled = rows.filter((r) => r.ownWords.trim());
    const row = rows[i];
    const n = row ? filled.indexOf(row) : -1;
    return n >= 0 ? form.field(`concerns.${n}.ownWords`) : {};
  };
  const concernOptions = [
    ...meeting.concerns.map((c) => ({ value: c.key, label: c.label })),
    { value: NEW, label: t('meetings.participant.newConcern') },
  ];
  const people = usePeopleAtTheTable(meeting.familyId);
  const [personKey, setPersonKey] = useState('');
  const choosePerson = (key: string) => {
    setPersonKey(key);
    const p = people.find((x) => x.key === key);
    if (!p) return;
    setKind(p.kind);
    setName(p.name);
    setRoleLabel(p.roleLabel);
  };

  return (
    <section className="kt-section" aria-labelledby="add-participant">
      <Heading2 id="add-participant">{t('meetings.participant.addTitle')}</Heading2>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        {people.length > 0 ? (
          <SelectField
            label={t('meetings.participant.fromFamily')}
            description={t('meetings.participant.fromFamilyDescription')}
            value={personKey}
            onValueChange={choosePerson}
            emptyOption={t('meetings.participant.someoneElse')}
            options={people.map((p) => ({ value: p.key, label: p.label }))}
          />
        ) : null}
        <SelectField
          label={t('meetings.participant.kind')}
          value={kind}
          onValueChange={(v) => setKind(PARTICIPANT_KINDS.find((k) => k === v) ?? 'other')}
          options={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`meetings.participantKinds.${k}`) }))}
        />
        <TextField
          label={t('meetings.participant.name')}
          value={name}
          onValueChange={setName}
          {...form.field('name')}
          required
        />
        <TextField
          label={t('meetings.participant.roleLabel')}
          description={t('meetings.participant.roleLabelDescription')}
          value={roleLabel}
          onValueChange={setRoleLabel}
          {...form.field('roleLabel')}
          required
        />
        {rows.map((row, i) => (
          <Fieldset key={i}>
            <FieldsetLegend>{t('meetings.participant.concernLegend', { rank: i + 1 })}</FieldsetLegend>
            <TextareaField
              label={t('meetings.participant.ownWords', { rank: i + 1 })}
              value={row.ownWords}
              onValueChange={(v) => setRow(i, { ownWords: v })}
              rows={2}
              {...ownWordsField(i)}
            />
            <SelectField
              label={t('meetings.participant.sharedConcern', { rank: i + 1 })}
              description={t('meetings.participant.sharedConcernDescription')}
              value={row.concern}
              onValueChange={(v) => setRow(i, { concern: v })}
              options={concernOptions}
              {...(i === 0 ? form.field('concerns') : {})}
            />
            {row.concern === NEW ? (
              <TextField
                label={t('meetings.participant.newConcernLabel', { rank: i + 1 })}
                value={row.newLabel}
                onValueChange={(v) => setRow(i, { newLabel: v })}
              />
            ) : null}
          </Fieldset>
        ))}
        <TextareaField
          label={t('meetings.participant.strengths')}
          description={t('meetings.participant.strengthsDescription')}
          value={strengths}
          onValueChange={setStrengths}
          rows={2}
          {...form.field('strengths')}
        />
        <TextField
          label={t('meetings.participant.safety')}
          description={t('meetings.participant.safetyDescription')}
          type="number"
          min={0}
          max={10}
          inputMode="numeric"
          value={safety}
          onValueChange={setSafety}
          {...form.field('safetyRating')}
        />
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
          {t('meetings.participant.add')}
        </Button>
      </form>
    </section>
  );
}
