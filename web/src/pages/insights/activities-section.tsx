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
} from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivities, useRegisterActivity } from '../../api/insights';
import { SIGNAL_CATEGORIES } from '../../api/signals';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** What teams organise in answer to a pattern, and (for team members) registering one. */
export function ActivitiesSection({ municipality }: { municipality: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const activities = useActivities(municipality);
  const data = activities.data;
  return (
    <section className="kt-section" aria-labelledby="activities-title">
      <Heading2 id="activities-title">{t('insights.activities.title')}</Heading2>
      <ProblemAlert error={activities.error} />
      {data && data.items.length === 0 ? <Paragraph>{t('insights.activities.none')}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <DataTable caption={t('insights.activities.caption', { count: data.items.length })} testId="activities">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('insights.activities.activity')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('insights.activities.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('insights.activities.where')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('insights.activities.participants')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">
                  {a.title}
                  {a.category
                    ? ` (${t(`signals.categories.${a.category}` as 'signals.categories.rent_arrears', { defaultValue: a.category })})`
                    : ''}
                </TableHeaderCell>
                <TableCell>
                  {format.date(a.startsOn)}
                  {a.endsOn ? ` – ${format.date(a.endsOn)}` : ''}
                </TableCell>
                <TableCell>
                  {a.neighbourhoodName ?? '—'} ({a.teamName})
                </TableCell>
                <TableCell>{a.participants ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}
      {data && data.teams.length > 0 ? <ActivityForm teams={data.teams} /> : null}
    </section>
  );
}

function ActivityForm({ teams }: { teams: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  const register = useRegisterActivity();
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [participants, setParticipants] = useState('');
  const [description, setDescription] = useState('');
  const specs: FieldSpecs = useMemo(() => {
    const all = (text: string) => ({
      required: text,
      too_small: text,
      too_big: text,
      invalid_format: text,
      other: text,
    });
    return {
      teamId: { label: t('signals.queue.team') },
      title: { label: t('insights.activities.activity'), messages: all(t('insights.activities.errors.title')) },
      category: { label: t('insights.activities.answersTo') },
      startsOn: { label: t('insights.activities.startsOn'), messages: all(t('insights.activities.errors.startsOn')) },
      endsOn: {
        label: t('insights.activities.endsOn'),
        messages: { before_start: t('insights.activities.errors.endsOn') },
      },
      participants: {
        label: t('insights.activities.participants'),
        messages: {
          ...all(t('insights.activities.errors.participants')),
          invalid_type: t('insights.activities.errors.participants'),
        },
      },
      description: {
        label: t('insights.activities.description'),
        messages: { too_big: t('insights.activities.errors.description') },
      },
    };
  }, [t]);
  // The server names "ends before it starts" in its message (`before_start`): read it as the kind.
  const serverError = useMemo(() => withFieldCodes(register.error), [register.error]);
  const form = useFormErrors(specs, serverError);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const ok = form.check([
      issue(title.trim().length < 3 || title.trim().length > 200, 'title', title.trim() ? 'too_small' : 'required'),
      issue(!startsOn, 'startsOn'),
      issue(Boolean(startsOn && endsOn) && endsOn < startsOn, 'endsOn', 'before_start'),
      issue(Boolean(participants.trim()) && !/^\d{1,6}$/.test(participants.trim()), 'participants', 'invalid_type'),
      issue(description.trim().length > 2000, 'description', 'too_big'),
    ]);
    if (!ok) return;
    const categoryCode = SIGNAL_CATEGORIES.find((code) => code === category);
    register.mutate(
      {
        teamId,
        title: title.trim(),
        startsOn,
        ...(endsOn ? { endsOn } : {}),
        ...(categoryCode ? { category: categoryCode } : {}),
        ...(participants ? { participants: Number(participants) } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      },
      {
        onSuccess: () => {
          setTitle('');
          setStartsOn('');
          setEndsOn('');
          setParticipants('');
          setDescription('');
        },
      },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="activity-form" aria-labelledby="activity-form-title">
      <Heading3 id="activity-form-title">{t('insights.activities.formTitle')}</Heading3>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      {teams.length > 1 ? (
        <SelectField
          label={t('signals.queue.team')}
          value={teamId}
          onValueChange={setTeamId}
          options={teams.map((tm) => ({ value: tm.id, label: tm.name }))}
          {...form.field('teamId')}
        />
      ) : null}
      <TextField
        label={t('insights.activities.activity')}
        value={title}
        onValueChange={setTitle}
        required
        {...form.field('title')}
      />
      <SelectField
        label={t('insights.activities.answersTo')}
        value={category}
        onValueChange={setCategory}
        emptyOption={t('signals.any')}
        options={SIGNAL_CATEGORIES.map((c) => ({ value: c, label: t(`signals.categories.${c}`) }))}
        {...form.field('category')}
      />
      <TextField
        label={t('insights.activities.startsOn')}
        type="date"
        value={startsOn}
        onValueChange={setStartsOn}
        required
        {...form.field('startsOn')}
      />
      <TextField
        label={t('insights.activities.endsOn')}
        type="date"
        value={endsOn}
        onValueChange={setEndsOn}
        {...form.field('endsOn')}
      />
      <TextField
        label={t('insights.activities.participants')}
        type="number"
        min={0}
        inputMode="numeric"
        value={participants}
        onValueChange={setParticipants}
        {...form.field('participants')}
      />
      <TextareaField
        label={t('insights.activities.description')}
        value={description}
        onValueChange={setDescription}
        {...form.field('description')}
      />
      <Button appearance="primary-action-button" type="submit" disabled={register.isPending}>
        {t('insights.activities.save')}
      </Button>
    </form>
  );
}
