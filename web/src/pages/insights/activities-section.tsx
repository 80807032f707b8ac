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
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivities, useRegisterActivity } from '../../api/insights';
import { SIGNAL_CATEGORIES } from '../../api/signals';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { ProblemAlert } from '../../components/problem-alert';
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
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
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
      {teams.length > 1 ? (
        <SelectField
          label={t('signals.queue.team')}
          value={teamId}
          onValueChange={setTeamId}
          options={teams.map((tm) => ({ value: tm.id, label: tm.name }))}
        />
      ) : null}
      <TextField label={t('insights.activities.activity')} value={title} onValueChange={setTitle} required />
      <SelectField
        label={t('insights.activities.answersTo')}
        value={category}
        onValueChange={setCategory}
        emptyOption={t('signals.any')}
        options={SIGNAL_CATEGORIES.map((c) => ({ value: c, label: t(`signals.categories.${c}`) }))}
      />
      <TextField
        label={t('insights.activities.startsOn')}
        type="date"
        value={startsOn}
        onValueChange={setStartsOn}
        required
      />
      <TextField label={t('insights.activities.endsOn')} type="date" value={endsOn} onValueChange={setEndsOn} />
      <TextField
        label={t('insights.activities.participants')}
        type="number"
        min={0}
        inputMode="numeric"
        value={participants}
        onValueChange={setParticipants}
      />
      <TextareaField label={t('insights.activities.description')} value={description} onValueChange={setDescription} />
      <ProblemAlert error={register.error} />
      <Button
        appearance="primary-action-button"
        type="submit"
        disabled={!title.trim() || !startsOn || register.isPending}
      >
        {t('insights.activities.save')}
      </Button>
    </form>
  );
}
